import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("absence_cases")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("company_id", "text", (c) => c.notNull().references("companies.id"))
    .addColumn("created_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("employee_name", "text", (c) => c.notNull())
    .addColumn("employee_email", "text", (c) => c.notNull())
    .addColumn("cpr_encrypted", "text", (c) => c.notNull())
    .addColumn("cpr_masked", "text", (c) => c.notNull())
    .addColumn("cpr_hmac", "text", (c) => c.notNull())
    .addColumn("first_absence_day", "text", (c) => c.notNull())
    .addColumn("absence_type", "text", (c) => c.notNull())
    .addColumn("weekly_hours_worked", "real")
    .addColumn("contact_name", "text", (c) => c.notNull())
    .addColumn("contact_phone", "text", (c) => c.notNull())
    .addColumn("contact_email", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("absence_cases_company_idx").on("absence_cases").columns(["company_id", "created_at"]).execute();
  await db.schema.createIndex("absence_cases_cpr_idx").on("absence_cases").columns(["company_id", "cpr_hmac"]).execute();

  await db.schema
    .createTable("fast_track_requests")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("case_id", "text", (c) => c.notNull().unique().references("absence_cases.id"))
    .addColumn("company_id", "text", (c) => c.notNull().references("companies.id"))
    .addColumn("requested_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("requested_at", "text", (c) => c.notNull())
    .addColumn("affected_functions", "text")
    .addColumn("affected_duration", "text")
    .addColumn("work_adapted", "text")
    .addColumn("consent_token_hash", "text", (c) => c.notNull().unique())
    .addColumn("consent_deadline", "text", (c) => c.notNull())
    .addColumn("consent_status", "text", (c) => c.notNull())
    .addColumn("consent_answered_at", "text")
    .addColumn("employee_affected_functions", "text")
    .addColumn("employee_affected_duration", "text")
    .addColumn("employee_work_adapted", "text")
    .addColumn("first_conversation_due", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("fast_track_requests").execute();
  await db.schema.dropTable("absence_cases").execute();
}
