import { sql, type Kysely } from "kysely";

/**
 * Two partial indexes that keep daily work from reading the whole history (issue 14):
 * - the report's "overdue now" (every unanswered inquiry past its deadline, of any age, counted and
 *   the most overdue listed) reads a range of unanswered inquiries by deadline;
 * - the retention job's guest inquiries due (closed before the period's start, not yet anonymised)
 *   are a range of closing times; an anonymised row leaves the index, so each batch reads only the
 *   rows it will change, not the years already done.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("inquiries_unanswered_due_idx")
    .on("inquiries")
    .columns(["due_at", "id"])
    .where(sql.ref("first_answered_at"), "is", null)
    .execute();
  await db.schema
    .createIndex("inquiries_guest_retention_idx")
    .on("inquiries")
    .columns(["closed_at"])
    .where(sql<boolean>`created_by is null and anonymised_at is null`)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("inquiries_guest_retention_idx").execute();
  await db.schema.dropIndex("inquiries_unanswered_due_idx").execute();
}
