// The one place where the two databases differ in SQL. Models stay the same on
// SQLite and PostgreSQL; what must differ is asked for here.
import { PostgresAdapter, sql, type Expression, type RawBuilder, type SqlBool } from "kysely";
import type { DB } from "./index";

export function isPostgres(db: DB): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Lower case with the Danish letters folded too: SQLite's lower() and LIKE fold ASCII only. */
export function foldCase(text: string): string {
  return text.toLocaleLowerCase("da-DK");
}

/**
 * `column` contains `term`, ignoring case, æ/Æ, ø/Ø and å/Å included, the same
 * on both databases (replace() and lower() exist in both; the term is folded here).
 */
export function containsFolded(column: string, term: string): Expression<SqlBool> {
  const pattern = `%${foldCase(term).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const folded = sql`replace(replace(replace(lower(${sql.ref(column)}), 'Æ', 'æ'), 'Ø', 'ø'), 'Å', 'å')`;
  return sql<SqlBool>`${folded} like ${pattern} escape '\\'`;
}

/** Milliseconds from `earlier` to `later`, two ISO UTC text columns as toISOString() writes them ("…T08:00:00.000Z"). */
export function msBetween(db: DB, earlier: string, later: string): Expression<number> {
  if (isPostgres(db)) return sql<number>`(extract(epoch from (${sql.ref(later)}::timestamptz - ${sql.ref(earlier)}::timestamptz)) * 1000)`;
  const ms = (c: string) => sql`(cast(strftime('%s', ${sql.ref(c)}) as integer) * 1000 + cast(substr(${sql.ref(c)}, 21, 3) as integer))`;
  return sql<number>`(${ms(later)} - ${ms(earlier)})`;
}

/**
 * `table` read by `index`: `INDEXED BY` on SQLite, the plain table on PostgreSQL (whose planner chose
 * well). Only where SQLite's planner, given ANALYZE statistics of real-sized data, was measured to choose
 * a worse plan.
 */
export function tableByIndex(db: DB, table: string, index: string): RawBuilder<unknown> {
  return isPostgres(db) ? sql`${sql.table(table)}` : sql`${sql.table(table)} indexed by ${sql.id(index)}`;
}
