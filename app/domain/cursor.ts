/**
 * Keyset pagination's position in a list, carried in the query string: the sort key and id of the
 * row the page starts after (`efter`) or ends before (`foer`), and how many rows come before that
 * row (for "Viser 101–200"; counted as the reader moves, never by scanning).
 */
export type Cursor = { key: string; id: string; position: number };
export type PageRequest = { after: Cursor | null; before: Cursor | null };

export const PAGE_SIZE = 50;

/** base64url of a JSON triple: opaque in the address bar, readable by the server only through zod (`cursor.server.ts`). */
export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.key, c.id, c.position]), "utf8").toString("base64url");
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
