/**
 * What a form's page needs in the browser too: the shape of a refused form and plain helpers.
 * Parsing (zod, field types, `parseForm`, `readFormData`) is in `forms.server.ts`, so no
 * schema and no zod ever reach the client bundle (an ESLint rule keeps zod out of non-server files).
 */

/** What a form action returns on bad input: messages per field and what was typed. */
export type FormFailure = {
  errors: Record<string, string>;
  values: Record<string, string>;
  /** A message for the whole form, shown above the fields. */
  formError?: string;
};

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value === "string" && !(name in values)) values[name] = value;
  }
  return values;
}

/** The cut for echoed fields whose schema states no length (numbers, dates, checkboxes) and for fields it does not know. */
export const ECHO_FALLBACK_MAX = 2000;

/** The first `max` characters (Unicode code points, as zod counts them) of a value; never splits a surrogate pair. */
export function cutToLength(value: string, max: number): string {
  if (value.length <= max) return value;
  let i = 0;
  for (let n = 0; n < max && i < value.length; n++) {
    const pair = (value.charCodeAt(i) & 0xfc00) === 0xd800 && (value.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    i += pair ? 2 : 1;
  }
  return value.slice(0, i);
}

/** The most a form may send; server.js refuses more before Remix, this holds for any caller. */
export const MAX_FORM_BYTES = 1_000_000;
