import { z } from "zod";
import type { Cursor, PageRequest } from "./cursor";

/** Reading a cursor back from the query string (server only: zod stays out of the browser). */
const triple = z.tuple([z.string().max(200), z.string().min(1).max(64), z.number().int().min(0).max(100_000_000)]);

export function decodeCursor(value: unknown): Cursor | null {
  if (typeof value !== "string" || value.length > 400 || !/^[A-Za-z0-9_-]+$/.test(value)) return null;
  try {
    const parsed = triple.safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    return parsed.success ? { key: parsed.data[0], id: parsed.data[1], position: parsed.data[2] } : null;
  } catch {
    return null;
  }
}

/**
 * The page a URL asks for; a cursor that does not parse means the first page (a typed URL never breaks a list).
 * `prefix` names the cursor of one of several lists on a page (`tilbud-efter=`), so each moves on its own.
 */
export function pageRequestOf(params: URLSearchParams, prefix = ""): PageRequest {
  const after = decodeCursor(params.get(`${prefix}efter`));
  const before = after ? null : decodeCursor(params.get(`${prefix}foer`));
  return { after, before };
}
