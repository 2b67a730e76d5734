import type { Kysely } from "kysely";

/** Retention plans (sygedagpengeloven § 7 b): versions, approvals, comments; and the employee's own access. */
export async function up(db: Kysely<any>): Promise<void> {
  // The employee's secure link (an HMAC of the case id; its SHA-256 here, for lookup).
  await db.schema.alterTable("absence_cases").addColumn("employee_token_hash", "text").execute();
  await db.schema.createIndex("absence_cases_employee_token_idx").on("absence_cases").column("employee_token_hash").unique().execute();

  // Inquiries the employee writes go to the jobcenter only, never to the employer's lists.
  await db.schema
    .alterTable("inquiries")
    .addColumn("from_employee", "integer", (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable("employee_sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("case_id", "text", (c) => c.notNull().references("absence_cases.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("revoked_at", "text")
    .execute();

  await db.schema
    .createTable("retention_plans")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("case_id", "text", (c) => c.notNull().references("absence_cases.id"))
    .addColumn("company_id", "text", (c) => c.notNull().references("companies.id"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("started_by_kind", "text", (c) => c.notNull())
    .addColumn("started_by", "text", (c) => c.references("users.id"))
    .addColumn("requested_at", "text", (c) => c.notNull())
    .addColumn("decided_at", "text")
    .addColumn("decided_by", "text", (c) => c.references("users.id"))
    .addColumn("decline_reason", "text")
    .addColumn("current_version", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("signed_version", "integer")
    .addColumn("signed_at", "text")
    .addColumn("closed_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("retention_plans_case_idx").on("retention_plans").columns(["case_id", "status"]).execute();
  await db.schema.createIndex("retention_plans_company_idx").on("retention_plans").columns(["company_id", "status"]).execute();

  await db.schema
    .createTable("retention_plan_versions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("plan_id", "text", (c) => c.notNull().references("retention_plans.id"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("based_on", "integer", (c) => c.notNull())
    .addColumn("content", "text", (c) => c.notNull())
    .addColumn("author_kind", "text", (c) => c.notNull())
    .addColumn("author_id", "text")
    .addColumn("author_name", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  // Two saves on top of the same version: the unique pair lets exactly one win.
  await db.schema.createIndex("retention_plan_versions_unique").on("retention_plan_versions").columns(["plan_id", "version"]).unique().execute();

  await db.schema
    .createTable("plan_approvals")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("plan_id", "text", (c) => c.notNull().references("retention_plans.id"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("party", "text", (c) => c.notNull())
    .addColumn("actor_id", "text")
    .addColumn("actor_name", "text", (c) => c.notNull())
    .addColumn("approved_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("plan_approvals_unique").on("plan_approvals").columns(["plan_id", "version", "party"]).unique().execute();

  await db.schema
    .createTable("plan_comments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("plan_id", "text", (c) => c.notNull().references("retention_plans.id"))
    .addColumn("section", "text", (c) => c.notNull())
    .addColumn("author_kind", "text", (c) => c.notNull())
    .addColumn("author_id", "text")
    .addColumn("author_name", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("to_jobcenter", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("inquiry_id", "text", (c) => c.references("inquiries.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("plan_comments_plan_idx").on("plan_comments").columns(["plan_id", "created_at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ["plan_comments", "plan_approvals", "retention_plan_versions", "retention_plans", "employee_sessions"])
    await db.schema.dropTable(t).execute();
  await db.schema.alterTable("inquiries").dropColumn("from_employee").execute();
  await db.schema.dropIndex("absence_cases_employee_token_idx").execute();
  await db.schema.alterTable("absence_cases").dropColumn("employee_token_hash").execute();
}
