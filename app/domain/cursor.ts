import { z } from "zod";

/**
 * Keyset pagination's position in a list, carried in the query string: the sort key and id of the
 * row the page starts after (`efter`) or ends before (`foer`), and how many rows come before that
 * row (for "Viser 101–200"; counted as the reader moves, never by scanning).
 */
export type Cursor = { key: string; id: string; position: number };
export type PageRequest = { after: Cursor | null; before: Cursor | null };

export const PAGE_SIZE = 100;

/** base64url of a JSON triple: opaque in the address bar, readable by the server only through zod. */
export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.key, c.id, c.position]), "utf8").toString("base64url");
}

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

/** The links of a page: the query string of the next and previous pages, keeping the page's other parameters (other lists' cursors too). */
export function pageLinks(
  params: URLSearchParams,
  page: { next: Cursor | null; previous: Cursor | null },
  prefix = "",
): { next: string | null; previous: string | null } {
  const link = (name: "efter" | "foer", c: Cursor | null) => {
    if (!c) return null;
    const p = new URLSearchParams(params);
    p.delete(`${prefix}efter`);
    p.delete(`${prefix}foer`);
    p.set(`${prefix}${name}`, encodeCursor(c));
    return `?${p}`;
  };
  return { next: link("efter", page.next), previous: link("foer", page.previous) };
}
