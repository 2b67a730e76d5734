import { db } from "~db/index";
import { AUDIT_ACTIONS } from "~/domain/auditActions";
import { auditPage, userActor, writeAudit, type AuditCursor, type AuditFilter } from "~/models/audit.server";
import type { StaffUser } from "~/models/user.server";
import { addDays, copenhagenToUtc } from "~/utils/dates";
import { cprLookupHash } from "~/utils/crypto.server";

export { AUDIT_ACTIONS };

/** A person's reference on the audit page and in links: the keyed CPR hash, never the number. */
export const personRef = (cpr: string) => cprLookupHash(cpr);

/** The cases, plans and Fast Track requests of a person (by the keyed CPR hash), across companies. */
export async function entitiesOfPerson(ref: string): Promise<NonNullable<AuditFilter["entities"]>> {
  const cases = await db.selectFrom("absence_cases").select("id").where("cpr_hmac", "=", ref).execute();
  const caseIds = cases.map((c) => c.id);
  if (caseIds.length === 0) return [{ type: "absence_case", ids: [] }];
  const plans = await db.selectFrom("retention_plans").select("id").where("case_id", "in", caseIds).execute();
  const requests = await db.selectFrom("fast_track_requests").select("id").where("case_id", "in", caseIds).execute();
  return [
    { type: "absence_case", ids: caseIds },
    { type: "retention_plan", ids: plans.map((p) => p.id) },
    { type: "fast_track_request", ids: requests.map((r) => r.id) },
  ];
}

/** A CPR look-up on the audit page is itself audited (the keyed hash only, never the number). */
export async function auditPersonLookUp(lead: StaffUser, ref: string, purpose: "audit" | "access_request"): Promise<number> {
  const cases = await db.selectFrom("absence_cases").select("id").where("cpr_hmac", "=", ref).execute();
  await writeAudit(db, { actor: userActor(lead), action: "person.looked_up", entityType: "person", entityId: ref, meta: { purpose, cases: cases.length } });
  return cases.length;
}

export type AuditQuery = { person?: string; user?: string; action?: string; from?: string; to?: string };

/** The filter for the model: dates are Danish days (from inclusive, to inclusive). */
export async function auditFilterOf(q: AuditQuery): Promise<AuditFilter | null> {
  const filter: AuditFilter = {};
  if (q.person) filter.entities = await entitiesOfPerson(q.person);
  if (q.user) {
    const user = await db.selectFrom("users").select("id").where("email", "=", q.user.toLowerCase()).executeTakeFirst();
    if (!user) return null;
    filter.actorId = user.id;
  }
  if (q.action) filter.action = q.action;
  if (q.from) filter.from = copenhagenToUtc(q.from).toISOString();
  if (q.to) filter.to = copenhagenToUtc(addDays(q.to, 1)).toISOString();
  return filter;
}

export const AUDIT_PAGE_SIZE = 50;

export async function auditEntries(q: AuditQuery, after: AuditCursor | null, limit = AUDIT_PAGE_SIZE) {
  const filter = await auditFilterOf(q);
  if (!filter) return { rows: [], more: false };
  return auditPage(db, filter, after, limit);
}

/** The meta of an entry as text: identifiers and states only (the log holds no free text). */
export function metaText(meta: string | null): string {
  if (!meta) return "";
  try {
    return Object.entries(JSON.parse(meta) as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${v === null ? "–" : String(v)}`)
      .join(", ");
  } catch {
    return "";
  }
}

const csvCell = (v: string) => (/[",\n;]/.test(v) || /^[=+\-@]/.test(v) ? `"${(/^[=+\-@]/.test(v) ? `'${v}` : v).replace(/"/g, '""')}"` : v);

/** Every matching entry as CSV (semicolons) (in pages, at most `max` rows); the export is audited. */
export async function auditCsv(lead: StaffUser, q: AuditQuery, max = 20_000): Promise<string> {
  const lines = [["tidspunkt", "aktoer_type", "aktoer", "handling", "type", "id", "virksomhed", "detaljer"].join(";")];
  let after: AuditCursor | null = null;
  let count = 0;
  for (;;) {
    const page = await auditEntries(q, after, 500);
    for (const r of page.rows) {
      lines.push(
        [r.at, r.actor_kind, r.actor_email ?? "", r.action, r.entity_type, r.entity_id, r.company_name ?? "", metaText(r.meta)].map(csvCell).join(";"),
      );
    }
    count += page.rows.length;
    const last = page.rows.at(-1);
    if (!page.more || !last || count >= max) break;
    after = { at: last.at, id: last.id };
  }
  await writeAudit(db, {
    actor: userActor(lead),
    action: "audit.exported",
    entityType: "audit_log",
    entityId: "export",
    meta: { rows: count, person: q.person ? "yes" : null, user: q.user ? "yes" : null, action: q.action ?? null, from: q.from ?? null, to: q.to ?? null },
  });
  // For Danish spreadsheets: semicolons, UTF-8 with BOM.
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}

/** True when no user has this address (the filter says so next to the field). */
export async function unknownUser(email: string): Promise<boolean> {
  return !(await db.selectFrom("users").select("id").where("email", "=", email.toLowerCase()).executeTakeFirst());
}
