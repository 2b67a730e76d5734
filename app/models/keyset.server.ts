import { sql, type SelectQueryBuilder } from "kysely";
import { PAGE_SIZE, type Cursor, type PageRequest } from "~/domain/cursor";

/** One page of a keyset-paginated list, with where it is and the cursors to move on. */
export type Page<Row> = {
  rows: Row[];
  /** 1-based positions of the first and last row shown (0–0 for an empty page). */
  from: number;
  to: number;
  next: Cursor | null;
  previous: Cursor | null;
};

export type KeysetOrder<Row> = {
  /** The sort column (a non-null text column, e.g. "inquiries.due_at") and the tie-breaking id column. */
  key: string;
  id: string;
  direction: "asc" | "desc";
  keyOf: (row: Row) => string;
  idOf: (row: Row) => string;
};

/**
 * The page of `query` (filters applied, no order or limit yet) that `request` asks for, ordered by
 * (key, id) and reached by a row-value comparison with the cursor, so an index on (…equality filters,
 * key, id) answers it without reading the rows before the page (no OFFSET). Rows added or removed
 * between fetches never make a row appear twice or be skipped among those that stay.
 */
export async function keysetPage<Row>(
  query: SelectQueryBuilder<any, any, Row>,
  order: KeysetOrder<Row>,
  request: PageRequest,
  limit = PAGE_SIZE,
): Promise<Page<Row>> {
  const backwards = Boolean(request.before);
  const cursor = request.before ?? request.after;
  const direction = backwards ? (order.direction === "asc" ? "desc" : "asc") : order.direction;
  let q = query;
  if (cursor) {
    const op = sql.raw(direction === "asc" ? ">" : "<");
    q = q.where(sql<boolean>`(${sql.ref(order.key)}, ${sql.ref(order.id)}) ${op} (${cursor.key}, ${cursor.id})`);
  }
  const fetched = await q
    .orderBy(sql.ref(order.key), direction)
    .orderBy(sql.ref(order.id), direction)
    .limit(limit + 1)
    .execute();
  const more = fetched.length > limit;
  const rows = fetched.slice(0, limit);
  if (backwards) rows.reverse();
  const at = (row: Row, position: number): Cursor => ({ key: order.keyOf(row), id: order.idOf(row), position });
  if (rows.length === 0) return { rows, from: 0, to: 0, next: null, previous: null };
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!cursor) {
    return { rows, from: 1, to: rows.length, next: more ? at(last, rows.length) : null, previous: null };
  }
  if (!backwards) {
    const from = cursor.position + 1;
    const to = cursor.position + rows.length;
    return { rows, from, to, next: more ? at(last, to) : null, previous: at(first, cursor.position) };
  }
  // Backwards: the page ends just before the cursor's row. Without more rows before it, this is the first page.
  const from = more ? Math.max(1, cursor.position - rows.length + 1) : 1;
  const to = from + rows.length - 1;
  return { rows, from, to, next: at(last, to), previous: more ? at(first, from - 1) : null };
}
