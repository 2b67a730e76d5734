import { sql, type Kysely } from "kysely";

/**
 * Indexes that match the lists' orders (issue 14): each desk view reads its page by a range on
 * (…filters, sort key, id) instead of sorting every row of a status, and the report finds the
 * unanswered inquiries of any age without scanning the history.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // The team's open view by time left, the counts of open ones; answered/closed newest first.
  await db.schema.createIndex("inquiries_status_due_id_idx").on("inquiries").columns(["status", "due_at", "id"]).execute();
  await db.schema.createIndex("inquiries_status_received_id_idx").on("inquiries").columns(["status", "received_at", "id"]).execute();
  // "Mine" and "unassigned" (assigned_to is null) the same ways; the first also covers the desk's
  // counts of open ones per view (status, assigned_to, due_at), so they read no table rows.
  await db.schema.createIndex("inquiries_status_assignee_due_id_idx").on("inquiries").columns(["status", "assigned_to", "due_at", "id"]).execute();
  await db.schema.createIndex("inquiries_status_assignee_received_id_idx").on("inquiries").columns(["status", "assigned_to", "received_at", "id"]).execute();
  // The report: unanswered inquiries of any age (few), by when they came.
  await db.schema
    .createIndex("inquiries_unanswered_received_idx")
    .on("inquiries")
    .column("received_at")
    .where(sql.ref("first_answered_at"), "is", null)
    .execute();
  // The employer's cases, newest first.
  await db.schema.createIndex("absence_cases_company_created_id_idx").on("absence_cases").columns(["company_id", "created_at", "id"]).execute();
  // Superseded by inquiries_status_due_id_idx.
  await db.schema.dropIndex("inquiries_status_due_idx").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("absence_cases_company_created_id_idx").execute();
  await db.schema.createIndex("inquiries_status_due_idx").on("inquiries").columns(["status", "due_at"]).execute();
  for (const name of [
    "inquiries_unanswered_received_idx",
    "inquiries_status_assignee_received_id_idx",
    "inquiries_status_assignee_due_id_idx",
    "inquiries_status_received_id_idx",
    "inquiries_status_due_id_idx",
  ])
    await db.schema.dropIndex(name).execute();
}
