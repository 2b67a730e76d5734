import { sql, type Kysely } from "kysely";

/**
 * A case's last activity (issue 15): the newest change anyone made to it, kept by the
 * audit writer in the same transaction as the change, so the worklist can flag an open
 * case nobody has touched for INACTIVE_CASE_DAYS without reading its history.
 * Backfilled from what the case's rows already tell.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("absence_cases").addColumn("last_activity_at", "text").execute();
  await backfillLastActivity(db);
  // "Kun uden aktivitet": the open cases quiet longest first, team's and mine.
  await db.schema.createIndex("absence_cases_activity_idx").on("absence_cases").columns(["status", "last_activity_at", "id"]).execute();
  await db.schema.createIndex("absence_cases_activity_mine_idx").on("absence_cases").columns(["consultant_id", "status", "last_activity_at", "id"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("absence_cases_activity_mine_idx").execute();
  await db.schema.dropIndex("absence_cases_activity_idx").execute();
  await db.schema.alterTable("absence_cases").dropColumn("last_activity_at").execute();
}

/**
 * Each case's newest change by a person, read from its rows: created, consent answered, steps
 * recorded, meetings (booked, answered, moved, held, cancelled), plan versions, comments and
 * approvals, inquiries and their messages, progression ratings, placements, and the case's own
 * audit entries (taken, closed, reopened, …; not reads, sign-ins or the system's reminders).
 * Plain correlated subqueries, the same on SQLite and PostgreSQL. Also used by the demo seed,
 * whose rows are inserted directly.
 */
export async function backfillLastActivity(db: Kysely<any>): Promise<void> {
  await sql`update absence_cases set last_activity_at = created_at`.execute(db);
  const sources = [
    sql`select max(t.consent_answered_at) from fast_track_requests t where t.case_id = absence_cases.id`,
    sql`select max(t.done_at) from case_steps t where t.case_id = absence_cases.id`,
    sql`select max(t.updated_at) from meetings t where t.case_id = absence_cases.id`,
    sql`select max(v.created_at) from retention_plan_versions v join retention_plans p on p.id = v.plan_id where p.case_id = absence_cases.id`,
    sql`select max(c.created_at) from plan_comments c join retention_plans p on p.id = c.plan_id where p.case_id = absence_cases.id`,
    sql`select max(a.approved_at) from plan_approvals a join retention_plans p on p.id = a.plan_id where p.case_id = absence_cases.id`,
    sql`select max(t.received_at) from inquiries t where t.case_id = absence_cases.id`,
    sql`select max(m.created_at) from inquiry_messages m join inquiries i on i.id = m.inquiry_id where i.case_id = absence_cases.id`,
    sql`select max(t.rated_at) from progression_ratings t where t.case_id = absence_cases.id`,
    sql`select max(t.updated_at) from placements t where t.case_id = absence_cases.id`,
    sql`select max(t.at) from audit_log t where t.entity_type = 'absence_case' and t.entity_id = absence_cases.id
        and t.actor_kind <> 'system' and t.action not in ('cpr.read', 'employee.signed_in')`,
  ];
  for (const newest of sources) {
    await sql`update absence_cases set last_activity_at = (${newest}) where (${newest}) > last_activity_at`.execute(db);
  }
}
