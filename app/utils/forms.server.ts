/** Form parsing on the server: zod field types, `parseForm` and the posted body. Server only (zod stays out of the browser). */
import { z } from "zod";
import { isValidDate, parseDateInput } from "./dates";
import { isMessageKey, type MessageKey, type Translate } from "./i18n";
import { cutToLength, ECHO_FALLBACK_MAX, formValues, MAX_FORM_BYTES, type FormFailure } from "./forms";

/** zod messages in this project are message keys; this marks them as such. */
export const msg = (key: MessageKey) => key;

export function issuesToErrors(error: z.ZodError, t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "_form");
    if (errors[field]) continue;
    errors[field] = t(isMessageKey(issue.message) ? issue.message : "error.invalid");
  }
  return errors;
}

export type Parsed<T> = { ok: true; data: T; values: Record<string, string> } | { ok: false; failure: FormFailure };

export function parseForm<S extends z.ZodType>(schema: S, formData: FormData, t: Translate): Parsed<z.output<S>> {
  const values = formValues(formData);
  const result = schema.safeParse(values);
  // What goes back to the page is never longer than the field itself may be.
  const echo = echoValues(schema, values);
  if (result.success) return { ok: true, data: result.data, values: echo };
  return { ok: false, failure: { errors: issuesToErrors(result.error, t), values: echo } };
}

// ---- How long a value may be, read from the schema ---------------------------------

type SchemaDef = {
  type: string;
  checks?: { _zod: { def: { check: string; maximum?: number; length?: number } } }[];
  innerType?: unknown;
  in?: unknown;
  out?: unknown;
  entries?: Record<string, string | number>;
  values?: unknown[];
  options?: unknown[];
  shape?: Record<string, unknown>;
  left?: unknown;
  right?: unknown;
};
const defOf = (schema: unknown): SchemaDef | undefined => (schema as { _zod?: { def?: SchemaDef } } | undefined)?._zod?.def;

/**
 * The most characters (strings) or items (arrays) a schema accepts, when it says so:
 * `.max()`, `.length()`, or the longest option of an enum or literal. Wrappers
 * (optional, nullable, default, catch) are looked through; a pipe counts what was
 * typed (its input side) before what it becomes.
 */
export function maxLengthOf(schema: unknown): number | undefined {
  const def = defOf(schema);
  if (!def) return undefined;
  switch (def.type) {
    case "string":
    case "array": {
      let max: number | undefined;
      for (const check of def.checks ?? []) {
        const c = check._zod.def;
        const m = c.check === "max_length" ? c.maximum : c.check === "length_equals" ? c.length : undefined;
        if (typeof m === "number") max = max === undefined ? m : Math.min(max, m);
      }
      return max;
    }
    case "enum":
      return Math.max(0, ...Object.values(def.entries ?? {}).map((v) => String(v).length));
    case "literal":
      return Math.max(0, ...(def.values ?? []).map((v) => String(v).length));
    case "optional":
    case "nullable":
    case "nonoptional":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
      return maxLengthOf(def.innerType);
    case "pipe":
      return maxLengthOf(def.in) ?? maxLengthOf(def.out);
    case "union": {
      const each = (def.options ?? []).map(maxLengthOf);
      return each.length && each.every((m) => m !== undefined) ? Math.max(...(each as number[])) : undefined;
    }
    default:
      return undefined;
  }
}

/** Each field of a form schema (an object, or a union/pipe of objects) and the most characters it takes. */
function fieldMaxima(schema: unknown, into = new Map<string, number>()): Map<string, number> {
  const def = defOf(schema);
  if (!def) return into;
  if (def.type === "object") {
    for (const [name, field] of Object.entries(def.shape ?? {})) {
      const max = maxLengthOf(field) ?? ECHO_FALLBACK_MAX;
      into.set(name, Math.max(max, into.get(name) ?? 0));
    }
  } else if (def.type === "pipe") fieldMaxima(def.in, into);
  else if (def.type === "union") for (const option of def.options ?? []) fieldMaxima(option, into);
  else if (def.type === "intersection") {
    fieldMaxima(def.left, into);
    fieldMaxima(def.right, into);
  } else if (def.innerType) fieldMaxima(def.innerType, into);
  return into;
}

const maximaCache = new WeakMap<object, Map<string, number>>();

/** What a form may send back to the page: every value cut to its field's own maximum length. */
export function echoValues(schema: z.ZodType, values: Record<string, string>): Record<string, string> {
  let maxima = maximaCache.get(schema);
  if (!maxima) maximaCache.set(schema, (maxima = fieldMaxima(schema)));
  const echo: Record<string, string> = {};
  for (const [name, value] of Object.entries(values)) {
    const max = maxima.get(name) ?? ECHO_FALLBACK_MAX;
    echo[name] = cutToLength(value, max);
  }
  return echo;
}

// ---- Field types -----------------------------------------------------------

export function requiredText(max = 200) {
  return z
    .string({ error: msg("error.required") })
    .trim()
    .min(1, msg("error.required"))
    .max(max, msg("error.tooLong"));
}

/** Empty input becomes undefined. */
export function optionalText(max = 2000) {
  return z
    .string()
    .optional()
    .transform((v) => (v?.trim() ? v.trim() : undefined))
    .pipe(z.string().max(max, msg("error.tooLong")).optional());
}

/** A six-digit one-time code from an email; spaces typed between the digits are dropped. */
export function oneTimeCode() {
  return z
    .string({ error: msg("error.required") })
    .transform((v) => v.replace(/\s/g, ""))
    .pipe(
      z
        .string()
        .min(1, msg("error.required"))
        .regex(/^\d{6}$/, msg("signIn.codeFormat")),
    );
}

export function email() {
  return z
    .string({ error: msg("error.required") })
    .trim()
    .toLowerCase()
    .min(1, msg("error.required"))
    .max(254, msg("error.email"))
    .pipe(z.email(msg("error.email")));
}

/** 8–20 digits, spaces and dashes, with an optional leading "+". */
const PHONE = /^\+?[\d\s-]{8,20}$/;

export function phone() {
  return z
    .string({ error: msg("error.required") })
    .trim()
    .min(1, msg("error.required"))
    .regex(PHONE, msg("error.phone"));
}

/** A phone number that may be left empty: empty input becomes undefined. */
export function optionalPhone() {
  return z
    .string()
    .trim()
    .optional()
    .transform((v) => v || undefined)
    .pipe(z.string().regex(PHONE, msg("error.phone")).optional());
}

/** A date typed dd.mm.åååå (the DKFDS date field) or ISO; the value is the ISO date. */
export function isoDate() {
  return z
    .string({ error: msg("error.required") })
    .trim()
    .min(1, msg("error.required"))
    .transform((v) => parseDateInput(v) ?? v)
    .refine(isValidDate, msg("error.date"));
}

/** Accepts Danish decimal commas: "12,5". */
export function hours() {
  return z
    .string({ error: msg("error.required") })
    .trim()
    .min(1, msg("error.required"))
    .transform((v) => Number(v.replace(",", ".")))
    .pipe(z.number(msg("error.number")).min(0, msg("error.hoursRange")).max(80, msg("error.hoursRange")));
}

export function checkbox() {
  return z
    .string()
    .optional()
    .transform((v) => v === "on" || v === "true" || v === "1");
}

/** Route params and ids: short, plain, never trusted. */
export const idParam = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);

/** The token of a secret link (guest inquiry, employee access, consent, newsletter confirmation). */
export const tokenParam = z.string().regex(/^[A-Za-z0-9_-]{40,64}$/);

/**
 * The posted form, or a 400 when the body is not a form at all (JSON, garbage,
 * wrong content type), or a 413 when it is larger than `MAX_FORM_BYTES`, with
 * or without a Content-Length: the body is counted as it streams in and reading
 * stops at the limit.
 */
export async function readFormData(request: Request, maxBytes = MAX_FORM_BYTES): Promise<FormData> {
  const tooLarge = () => new Response("Payload Too Large", { status: 413, headers: { "Content-Type": "text/plain" } });
  if (Number(request.headers.get("Content-Length") ?? 0) > maxBytes) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    if (request.body) {
      const reader = request.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size > maxBytes) {
          await reader.cancel().catch(() => {});
          break;
        }
        chunks.push(value);
      }
    }
  } catch {
    throw new Response("Bad Request", { status: 400 });
  }
  if (size > maxBytes) throw tooLarge();
  try {
    const body = Buffer.concat(chunks);
    return await new Response(body, { headers: { "Content-Type": request.headers.get("Content-Type") ?? "" } }).formData();
  } catch {
    throw new Response("Bad Request", { status: 400 });
  }
}
