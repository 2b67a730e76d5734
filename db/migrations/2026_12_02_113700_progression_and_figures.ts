import type { Kysely } from "kysely";

/**
 * Progression measured by the employee (issue 13): their 0–10 ratings of a few statements about their way
 * back, and whether the employer sees them. Indexes for the team's figures: requests by time, first
 * conversations held by time, cases by consultant.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("progression_ratings")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("case_id", "text", (c) => c.notNull().references("absence_cases.id"))
    .addColumn("rated_at", "text", (c) => c.notNull())
    .addColumn("ratings", "text", (c) => c.notNull()) // JSON: { [statement]: 0..10 }
    .addColumn("comment", "text")
    .execute();
  await db.schema.createIndex("progression_ratings_case_idx").on("progression_ratings").columns(["case_id", "rated_at"]).execute();

  // The employee's choice, for the case: the employer sees the ratings (and comments) only while it is 1.
  await db.schema
    .createTable("progression_sharing")
    .addColumn("case_id", "text", (c) => c.primaryKey().references("absence_cases.id"))
    .addColumn("share_with_employer", "integer", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema.createIndex("fast_track_requests_requested_idx").on("fast_track_requests").columns(["requested_at"]).execute();
  await db.schema.createIndex("meetings_kind_status_starts_idx").on("meetings").columns(["kind", "status", "starts_at"]).execute();
  await db.schema.createIndex("absence_cases_consultant_idx").on("absence_cases").columns(["consultant_id", "status"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("absence_cases_consultant_idx").execute();
  await db.schema.dropIndex("meetings_kind_status_starts_idx").execute();
  await db.schema.dropIndex("fast_track_requests_requested_idx").execute();
  await db.schema.dropTable("progression_sharing").execute();
  await db.schema.dropTable("progression_ratings").execute();
}
