import type { DB } from "~db/index";
import { sql } from "kysely";
import { msBetween } from "~db/dialect";
import type { PageRequest } from "~/domain/cursor";
import { keysetPage } from "./keyset.server";
import type { Placement, PlacementPurpose, PlacementStatus } from "~db/schema";
import { nowIso } from "~/utils/clock";
import { newId } from "~/utils/crypto.server";
import type { PlacementRole } from "~/domain/placementRules";
import { employerScope, placementsIn, type Scope } from "./scope.server";
import type { EmployerUser } from "./user.server";

/**
 * A requested placement's columns that later steps fill (the inquiry, the offer and host, the agreed
 * terms, the staff representative's consent): empty until then. Tests that insert rows directly use it too.
 */
export const newPlacementDefaults = {
  inquiry_id: null,
  offer_id: null,
  host_company_id: null,
  candidate_name: null,
  target_group: null,
  start_date: null,
  weeks: null,
  hours: null,
  extra_weeks: 0,
  staff_rep_name: null,
  staff_rep_consent_at: null,
  first_proposed_at: null,
} as const satisfies Partial<Placement>;

export async function insertPlacement(
  db: DB,
  input: {
    companyId: string;
    purpose: PlacementPurpose;
    caseId: string | null;
    employeeName: string | null;
    cprEncrypted: string | null;
    cprMasked: string | null;
    wishedStart: string;
    wishedWeeks: number;
    wishedHours: number;
    wishedTasks: string;
    requestedBy: string;
  },
) {
  const at = nowIso();
  const row: Placement = {
    id: newId(),
    company_id: input.companyId,
    purpose: input.purpose,
    case_id: input.caseId,
    employee_name: input.employeeName,
    cpr_encrypted: input.cprEncrypted,
    cpr_masked: input.cprMasked,
    wished_start: input.wishedStart,
    wished_weeks: input.wishedWeeks,
    wished_hours: input.wishedHours,
    wished_tasks: input.wishedTasks,
    requested_by: input.requestedBy,
    requested_at: at,
    status: "requested",
    ...newPlacementDefaults,
    updated_at: at,
  };
  await db.insertInto("placements").values(row).execute();
  return row;
}

/** One placement, if the scope reaches it. */
export async function findPlacement(db: DB, scope: Scope, id: string) {
  return db.selectFrom("placements").selectAll().where("placements.id", "=", id).where(placementsIn(scope)).executeTakeFirst();
}

/**
 * A company user's roles on a placement: the company that asked (its own
 * requests, and before verification only the user's own) and the host.
 */
export function companyRoles(user: EmployerUser, p: Placement): PlacementRole[] {
  const roles: PlacementRole[] = [];
  if (p.company_id === user.companyId && (user.companyVerified || p.requested_by === user.id)) roles.push("requester");
  if (p.host_company_id === user.companyId && p.status !== "requested") roles.push("host");
  return roles;
}

const byRequested = <Row extends { requested_at: string; id: string }>(key: string, id: string) => ({
  key,
  id,
  direction: "desc" as const,
  keyOf: (r: Row) => r.requested_at,
  idOf: (r: Row) => r.id,
});

/** One page of the company's placements, newest first (keyset on placements (requested_at, id); the scope filters). */
export async function pagePlacementsForCompany(db: DB, user: EmployerUser, page: PageRequest) {
  const q = db
    .selectFrom("placements")
    .selectAll()
    .where(placementsIn(employerScope(user)));
  const result = await keysetPage(q, byRequested<Placement>("placements.requested_at", "placements.id"), page);
  return { ...result, rows: result.rows.map((p) => ({ placement: p, roles: companyRoles(user, p) })) };
}

/** One page of every placement, newest first (keyset on placements (requested_at, id)). */
export async function pagePlacementsForStaff(db: DB, page: PageRequest) {
  const q = db
    .selectFrom("placements")
    .innerJoin("companies as requester", "requester.id", "placements.company_id")
    .leftJoin("companies as host", "host.id", "placements.host_company_id")
    .leftJoin("placement_offers as offer", "offer.id", "placements.offer_id")
    .selectAll("placements")
    .select(["requester.name as requester_name", "host.name as host_name", "offer.title as offer_title"]);
  return keysetPage(q, byRequested<Placement>("placements.requested_at", "placements.id"), page);
}

/**
 * The praktik page's figures as SQL aggregates: active offers and their places, active and
 * still-open placements, and of the requests judged (matched, or waiting longer than `matchMs`)
 * those matched within `matchMs`. `at` is now.
 */
export async function placementCounts(db: DB, at: Date, matchMs: number) {
  const cutoff = new Date(at.getTime() - matchMs).toISOString();
  const [offers, placements] = await Promise.all([
    db
      .selectFrom("placement_offers")
      .select([
        sql<number>`coalesce(sum(case when status = 'active' then 1 else 0 end), 0)`.as("active"),
        sql<number>`coalesce(sum(case when status = 'active' then places else 0 end), 0)`.as("places"),
      ])
      .executeTakeFirstOrThrow(),
    db
      .selectFrom("placements")
      .select([
        sql<number>`coalesce(sum(case when status = 'active' then 1 else 0 end), 0)`.as("active"),
        sql<number>`coalesce(sum(case when status not in ('completed', 'cancelled') then 1 else 0 end), 0)`.as("open"),
        sql<number>`coalesce(sum(case when first_proposed_at is not null or requested_at < ${cutoff} then 1 else 0 end), 0)`.as("judged"),
        sql<number>`coalesce(sum(case when first_proposed_at is not null and ${msBetween(db, "requested_at", "first_proposed_at")} <= ${matchMs} then 1 else 0 end), 0)`.as(
          "in_time",
        ),
      ])
      .executeTakeFirstOrThrow(),
  ]);
  return {
    offersActive: Number(offers.active),
    placesActive: Number(offers.places),
    activePlacements: Number(placements.active),
    openPlacements: Number(placements.open),
    judged: Number(placements.judged),
    inTime: Number(placements.in_time),
  };
}

/** When placements were completed since `sinceIso` (the figures' last months; the history before is never read). */
export async function completedSince(db: DB, sinceIso: string) {
  return db.selectFrom("placement_events").select("at").where("kind", "=", "complete").where("at", ">=", sinceIso).execute();
}

export async function insertEvent(
  db: DB,
  input: {
    placementId: string;
    from: PlacementStatus | null;
    to: PlacementStatus;
    kind: string;
    actorId: string | null;
    actorName: string;
    note?: string | null;
  },
) {
  await db
    .insertInto("placement_events")
    .values({
      id: newId(),
      placement_id: input.placementId,
      from_status: input.from,
      to_status: input.to,
      kind: input.kind,
      actor_id: input.actorId,
      actor_name: input.actorName,
      note: input.note ?? null,
      at: nowIso(),
    })
    .execute();
}

export async function listEvents(db: DB, placementId: string) {
  return db.selectFrom("placement_events").selectAll().where("placement_id", "=", placementId).orderBy("at").orderBy("id").execute();
}

export async function listCheckins(db: DB, placementId: string) {
  return db
    .selectFrom("placement_checkins")
    .leftJoin("users", "users.id", "placement_checkins.created_by")
    .selectAll("placement_checkins")
    .select("users.name as author_name")
    .where("placement_id", "=", placementId)
    .orderBy("week_start")
    .execute();
}

export async function listEvaluations(db: DB, placementId: string) {
  return db
    .selectFrom("placement_evaluations")
    .leftJoin("users", "users.id", "placement_evaluations.created_by")
    .selectAll("placement_evaluations")
    .select("users.name as author_name")
    .where("placement_id", "=", placementId)
    .orderBy("created_at")
    .execute();
}
