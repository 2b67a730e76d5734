import type { Kysely } from "kysely";

/**
 * Indexes that match the orders of the lists paginated after the desk (issue 14): the plans list,
 * the praktik lists and the newsletter's issues, each newest first by (sort key, id); and the
 * counts those pages show, read from an index instead of every row.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // /jobcenter/planer, newest first; the KPIs count by status.
  await db.schema.createIndex("retention_plans_requested_id_idx").on("retention_plans").columns(["requested_at", "id"]).execute();
  await db.schema.createIndex("retention_plans_status_signed_idx").on("retention_plans").columns(["status", "signed_version"]).execute();
  // /jobcenter/praktik, newest first; the company's own by (company, requested_at).
  await db.schema.createIndex("placements_requested_id_idx").on("placements").columns(["requested_at", "id"]).execute();
  await db.schema.createIndex("placements_company_requested_id_idx").on("placements").columns(["company_id", "requested_at", "id"]).execute();
  // /jobcenter/nyhedsbrev, newest first.
  await db.schema.createIndex("newsletter_issues_created_id_idx").on("newsletter_issues").columns(["created_at", "id"]).execute();
  // /nyhedsbrev/arkiv, newest sent first.
  await db.schema.createIndex("newsletter_issues_sent_id_idx").on("newsletter_issues").columns(["send_started_at", "id"]).execute();
  // /virksomhed/henvendelser: the company's own (from_employee = 0), newest first.
  await db.schema
    .createIndex("inquiries_company_employee_received_id_idx")
    .on("inquiries")
    .columns(["company_id", "from_employee", "received_at", "id"])
    .execute();
  // The praktik page's completed-per-month figure reads the last months' completions only.
  await db.schema.createIndex("placement_events_kind_at_idx").on("placement_events").columns(["kind", "at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of [
    "placement_events_kind_at_idx",
    "inquiries_company_employee_received_id_idx",
    "newsletter_issues_sent_id_idx",
    "newsletter_issues_created_id_idx",
    "placements_company_requested_id_idx",
    "placements_requested_id_idx",
    "retention_plans_status_signed_idx",
    "retention_plans_requested_id_idx",
  ])
    await db.schema.dropIndex(name).execute();
}
