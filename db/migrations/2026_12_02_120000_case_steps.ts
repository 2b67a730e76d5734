import type { Kysely } from "kysely";

/**
 * The follow-up worklist (issue 13): every due step of a case as a row (`case_steps`), and the
 * case's next open step denormalized on the case (`next_step_id`, `next_step_due_on`), refreshed in
 * the same transaction as every change to the steps, so the worklist is one indexed, keyset-paged
 * query over open cases. '9999-12-31' means "nothing due": such a case sorts last.
 * Also the employer's note with a closure proposal (outcome "other").
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("case_steps")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("case_id", "text", (c) => c.notNull().references("absence_cases.id"))
    .addColumn("company_id", "text", (c) => c.notNull().references("companies.id"))
    // stable per case: consent, follow_up:1 … follow_up:4, reassessment:22, week:52, plan_evaluation:<plan>:<date>, placement_end:<placement>
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("seq", "integer")
    .addColumn("due_on", "text", (c) => c.notNull())
    .addColumn("source_id", "text")
    .addColumn("done_at", "text")
    .addColumn("done_on", "text")
    .addColumn("done_by", "text")
    .addColumn("meeting_id", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("case_steps_case_key_idx").on("case_steps").columns(["case_id", "key"]).unique().execute();
  await db.schema.createIndex("case_steps_case_due_idx").on("case_steps").columns(["case_id", "due_on"]).execute();

  await db.schema.alterTable("absence_cases").addColumn("next_step_id", "text").execute();
  await db.schema
    .alterTable("absence_cases")
    .addColumn("next_step_due_on", "text", (c) => c.notNull().defaultTo("9999-12-31"))
    .execute();
  await db.schema.alterTable("absence_cases").addColumn("closure_proposed_note", "text").execute();
  // The worklist's two orders: the team's (every open case) and a consultant's own.
  await db.schema.createIndex("absence_cases_worklist_idx").on("absence_cases").columns(["status", "next_step_due_on", "id"]).execute();
  await db.schema.createIndex("absence_cases_worklist_mine_idx").on("absence_cases").columns(["consultant_id", "status", "next_step_due_on", "id"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("absence_cases_worklist_mine_idx").execute();
  await db.schema.dropIndex("absence_cases_worklist_idx").execute();
  for (const column of ["closure_proposed_note", "next_step_due_on", "next_step_id"]) {
    await db.schema.alterTable("absence_cases").dropColumn(column).execute();
  }
  await db.schema.dropTable("case_steps").execute();
}
