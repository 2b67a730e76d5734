import { z } from "zod";
import { isValidDate } from "./dates";
import { isMessageKey, type MessageKey, type Translate } from "./i18n";

/** What a form action returns on bad input: messages per field and what was typed. */
export type FormFailure = {
  errors: Record<string, string>;
  values: Record<string, string>;
  /** A message for the whole form, shown above the fields. */
  formError?: string;
};

/** zod messages in this project are message keys; this marks them as such. */
export const msg = (key: MessageKey) => key;

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value === "string" && !(name in values)) values[name] = value;
  }
  return values;
}

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
  if (result.success) return { ok: true, data: result.data, values };
  return { ok: false, failure: { errors: issuesToErrors(result.error, t), values } };
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

export function email() {
  return z
    .string({ error: msg("error.required") })
    .trim()
    .toLowerCase()
    .min(1, msg("error.required"))
    .max(254, msg("error.email"))
    .pipe(z.email(msg("error.email")));
}

export function phone() {
  return z
    .string({ error: msg("error.required") })
    .trim()
    .min(1, msg("error.required"))
    .regex(/^\+?[\d\s-]{8,20}$/, msg("error.phone"));
}

export function isoDate() {
  return z
    .string({ error: msg("error.required") })
    .trim()
    .min(1, msg("error.required"))
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

/** The most a form may send; server.js refuses more before Remix, this holds for any caller. */
export const MAX_FORM_BYTES = 1_000_000;

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
