import type { DB } from "~db/index";
import type { ActorKind } from "~db/schema";
import { NOT_CASE_ACTIVITY } from "~/domain/auditActions";
import { nowIso } from "~/utils/clock";
import { newId } from "~/utils/crypto.server";

export type Actor = { kind: ActorKind; id: string | null };

export const systemActor: Actor = { kind: "system", id: null };

export function userActor(user: { id: string }): Actor {
  return { kind: "user", id: user.id };
}

/**
 * Who did what to which thing, when. `meta` holds identifiers and states only:
 * never free text that could carry health data.
 *
 * It is also where a case's activity is kept: an entry about a case (the case itself, or
 * `caseId` for a meeting, plan, inquiry, placement … of it) by a person, other than a read
 * or a sign-in, sets the case's `last_activity_at` in the same transaction as the change.
 */
export async function writeAudit(
  db: DB,
  entry: {
    actor: Actor;
    action: string;
    entityType: string;
    entityId: string;
    companyId?: string | null;
    /** The case the entry is about, when the entity is a part of one (meeting, plan, inquiry, …). */
    caseId?: string | null;
    meta?: Record<string, string | number | boolean | null>;
  },
): Promise<void> {
  const at = nowIso();
  const caseId = entry.entityType === "absence_case" ? entry.entityId : entry.caseId;
  if (caseId && entry.actor.kind !== "system" && !NOT_CASE_ACTIVITY.has(entry.action)) {
    await db.updateTable("absence_cases").set({ last_activity_at: at }).where("id", "=", caseId).execute();
  }
  await db
    .insertInto("audit_log")
    .values({
      id: newId(),
      at,
      actor_kind: entry.actor.kind,
      actor_id: entry.actor.id,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      company_id: entry.companyId ?? null,
      meta: entry.meta ? JSON.stringify(entry.meta) : null,
    })
    .execute();
}

export async function auditTrail(db: DB, entityType: string, entityId: string) {
  return db
    .selectFrom("audit_log")
    .leftJoin("users", "users.id", "audit_log.actor_id")
    .select(["audit_log.id", "audit_log.at", "audit_log.action", "audit_log.actor_kind", "audit_log.meta", "users.name as actor_name"])
    .where("audit_log.entity_type", "=", entityType)
    .where("audit_log.entity_id", "=", entityId)
    .orderBy("audit_log.at", "asc")
    .execute();
}

export type AuditFilter = {
  /** Entries about these entities (a person's cases and plans). */
  entities?: { type: string; ids: string[] }[];
  actorId?: string;
  action?: string;
  /** ISO instants, from inclusive, to exclusive. */
  from?: string;
  to?: string;
};

export type AuditCursor = { at: string; id: string };

/**
 * The audit log newest first, filtered, keyset-paged on (at, id) — the order
 * of audit_log_at_idx (and of the actor and action indexes for those filters).
 * Read only: the log is append-only, nothing here or elsewhere changes a row.
 */
export async function auditPage(db: DB, filter: AuditFilter, after: AuditCursor | null, limit: number) {
  let query = db
    .selectFrom("audit_log")
    .leftJoin("users", "users.id", "audit_log.actor_id")
    .leftJoin("companies", "companies.id", "audit_log.company_id")
    .select([
      "audit_log.id",
      "audit_log.at",
      "audit_log.actor_kind",
      "audit_log.actor_id",
      "audit_log.action",
      "audit_log.entity_type",
      "audit_log.entity_id",
      "audit_log.meta",
      "users.name as actor_name",
      "users.email as actor_email",
      "companies.name as company_name",
    ]);
  if (filter.entities) {
    const wanted = filter.entities.filter((e) => e.ids.length > 0);
    if (wanted.length === 0) return { rows: [], more: false };
    query = query.where((eb) => eb.or(wanted.map((e) => eb.and([eb("audit_log.entity_type", "=", e.type), eb("audit_log.entity_id", "in", e.ids)]))));
  }
  if (filter.actorId) query = query.where("audit_log.actor_id", "=", filter.actorId);
  if (filter.action) query = query.where("audit_log.action", "=", filter.action);
  if (filter.from) query = query.where("audit_log.at", ">=", filter.from);
  if (filter.to) query = query.where("audit_log.at", "<", filter.to);
  if (after) {
    query = query.where((eb) => eb.or([eb("audit_log.at", "<", after.at), eb.and([eb("audit_log.at", "=", after.at), eb("audit_log.id", "<", after.id)])]));
  }
  const rows = await query
    .orderBy("audit_log.at", "desc")
    .orderBy("audit_log.id", "desc")
    .limit(limit + 1)
    .execute();
  return { rows: rows.slice(0, limit), more: rows.length > limit };
}
