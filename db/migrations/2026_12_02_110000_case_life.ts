import { sql, type Kysely } from "kysely";

/**
 * The case's life after the first answer (issue 13): who follows the case, its closure, and
 * self-booked meetings on a consultant's published times.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("absence_cases")
    .addColumn("consultant_id", "text", (c) => c.references("users.id"))
    .execute();
  await db.schema
    .alterTable("absence_cases")
    .addColumn("status", "text", (c) => c.notNull().defaultTo("open"))
    .execute();
  for (const column of [
    "closed_at",
    "closed_on",
    "outcome",
    "outcome_note",
    "closed_by",
    "closure_proposed_at",
    "closure_proposed_on",
    "closure_proposed_outcome",
    "closure_proposed_by",
  ]) {
    await db.schema.alterTable("absence_cases").addColumn(column, "text").execute();
  }
  await db.schema.createIndex("absence_cases_status_consultant_idx").on("absence_cases").columns(["status", "consultant_id"]).execute();
  await db.schema.createIndex("absence_cases_status_closed_idx").on("absence_cases").columns(["status", "closed_on"]).execute();

  // A consultant's weekly pattern of free times; exceptions block a day/period or add an extra one.
  await db.schema
    .createTable("availability_rules")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("consultant_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("weekday", "integer", (c) => c.notNull()) // 1 = Monday … 7 = Sunday
    .addColumn("start_time", "text", (c) => c.notNull()) // HH:MM Danish time
    .addColumn("end_time", "text", (c) => c.notNull())
    .addColumn("slot_minutes", "integer", (c) => c.notNull())
    .addColumn("kinds", "text", (c) => c.notNull()) // JSON array of MeetingKind
    .addColumn("forms", "text", (c) => c.notNull()) // JSON array of MeetingForm
    .addColumn("location", "text")
    .addColumn("valid_from", "text", (c) => c.notNull())
    .addColumn("valid_to", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("availability_rules_consultant_idx").on("availability_rules").columns(["consultant_id", "weekday"]).execute();
  await db.schema
    .createTable("availability_exceptions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("consultant_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("type", "text", (c) => c.notNull()) // blocked | extra
    .addColumn("date", "text", (c) => c.notNull()) // YYYY-MM-DD
    .addColumn("start_time", "text") // null with type blocked = the whole day
    .addColumn("end_time", "text")
    .addColumn("slot_minutes", "integer")
    .addColumn("kinds", "text")
    .addColumn("forms", "text")
    .addColumn("location", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("availability_exceptions_consultant_idx").on("availability_exceptions").columns(["consultant_id", "date"]).execute();

  await db.schema
    .createTable("meetings")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("case_id", "text", (c) => c.notNull().references("absence_cases.id"))
    .addColumn("company_id", "text", (c) => c.notNull().references("companies.id"))
    .addColumn("consultant_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("form", "text", (c) => c.notNull())
    .addColumn("location", "text")
    .addColumn("video_url", "text")
    .addColumn("starts_at", "text", (c) => c.notNull())
    .addColumn("ends_at", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull()) // booked | cancelled | held
    .addColumn("ics_uid", "text", (c) => c.notNull().unique())
    .addColumn("ics_sequence", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("booked_by", "text") // users.id, or null when the employee booked from the link
    .addColumn("employee_response", "text", (c) => c.notNull().defaultTo("pending")) // pending | accepted | declined
    .addColumn("employee_responded_at", "text")
    .addColumn("union_rep_name", "text")
    .addColumn("cancel_reason", "text")
    .addColumn("cancelled_at", "text")
    .addColumn("cancelled_by", "text")
    .addColumn("held_at", "text")
    .addColumn("employer_present", "integer")
    .addColumn("summary", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("meetings_case_idx").on("meetings").columns(["case_id", "starts_at"]).execute();
  await db.schema.createIndex("meetings_consultant_idx").on("meetings").columns(["consultant_id", "starts_at"]).execute();
  // One booked meeting per consultant and start time: two parties racing for a slot, one wins.
  await db.schema
    .createIndex("meetings_slot_taken_idx")
    .on("meetings")
    .columns(["consultant_id", "starts_at"])
    .unique()
    .where(sql.ref("status"), "=", "booked")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("meetings").execute();
  await db.schema.dropTable("availability_exceptions").execute();
  await db.schema.dropTable("availability_rules").execute();
  await db.schema.dropIndex("absence_cases_status_closed_idx").execute();
  await db.schema.dropIndex("absence_cases_status_consultant_idx").execute();
  for (const column of [
    "closure_proposed_by",
    "closure_proposed_outcome",
    "closure_proposed_on",
    "closure_proposed_at",
    "closed_by",
    "outcome_note",
    "outcome",
    "closed_on",
    "closed_at",
    "status",
    "consultant_id",
  ]) {
    await db.schema.alterTable("absence_cases").dropColumn(column).execute();
  }
}
