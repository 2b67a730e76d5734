import type { Kysely } from "kysely";

/**
 * Retention: when a case's, a Fast Track request's or an inquiry's personal
 * data was removed (the rows stay for the figures), so the daily job skips them.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("absence_cases").addColumn("anonymised_at", "text").execute();
  await db.schema.alterTable("fast_track_requests").addColumn("anonymised_at", "text").execute();
  await db.schema.alterTable("inquiries").addColumn("anonymised_at", "text").execute();
  await db.schema.createIndex("absence_cases_closed_on_idx").on("absence_cases").columns(["status", "closed_on"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("absence_cases_closed_on_idx").execute();
  for (const table of ["absence_cases", "fast_track_requests", "inquiries"]) await db.schema.alterTable(table).dropColumn("anonymised_at").execute();
}
