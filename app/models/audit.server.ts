import type { DB } from "~db/index";
import type { ActorKind } from "~db/schema";
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
 */
export async function writeAudit(
  db: DB,
  entry: {
    actor: Actor;
    action: string;
    entityType: string;
    entityId: string;
    companyId?: string | null;
    meta?: Record<string, string | number | boolean | null>;
  },
): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      id: newId(),
      at: nowIso(),
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
