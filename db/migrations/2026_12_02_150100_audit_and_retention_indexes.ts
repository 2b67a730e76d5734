import type { Kysely } from "kysely";

/**
 * The audit page pages newest first on (at, id), optionally for one user or
 * one action; a person is found by the CPR hash across companies.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex("audit_log_at_idx").on("audit_log").columns(["at", "id"]).execute();
  await db.schema.createIndex("audit_log_actor_idx").on("audit_log").columns(["actor_id", "at", "id"]).execute();
  await db.schema.createIndex("audit_log_action_idx").on("audit_log").columns(["action", "at", "id"]).execute();
  await db.schema.createIndex("absence_cases_cpr_hmac_idx").on("absence_cases").column("cpr_hmac").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const name of ["audit_log_at_idx", "audit_log_actor_idx", "audit_log_action_idx", "absence_cases_cpr_hmac_idx"])
    await db.schema.dropIndex(name).execute();
}
