/** How many layers of percent-encoding we look through before giving up on a value. */
const MAX_DECODES = 5;

// C0 controls, DEL and C1 controls. Browsers strip tab, CR and LF from URLs
// ("/\t/evil.example" becomes "//evil.example"), and CR/LF break the header.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// What may stand in a Location header as is: printable ASCII without spaces.
const PLAIN = /^[\u0021-\u007e]*$/;

/** One path on this site: a single "/" not followed by "/", "\" or a control character, none anywhere. */
function isLocalPath(value: string): boolean {
  return value.startsWith("/") && value[1] !== "/" && value[1] !== "\\" && !CONTROL.test(value);
}

/**
 * Only same-site paths: never an open redirect. The value must be a path on
 * this site in every layer of percent-decoding (so "/%2F%2Fevil.example" and
 * double-encoded forms are refused too); anything else gives the fallback.
 */
export function safeRedirectPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length > 2000 || !PLAIN.test(value)) return fallback;
  let layer = value;
  for (let i = 0; i <= MAX_DECODES; i++) {
    if (!isLocalPath(layer)) return fallback;
    let decoded: string;
    try {
      decoded = decodeURIComponent(layer);
    } catch {
      return fallback;
    }
    if (decoded === layer) return value;
    layer = decoded;
  }
  return fallback;
}
