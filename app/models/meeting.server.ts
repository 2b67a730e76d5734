import type { DB } from "~db/index";
import type { Meeting, MeetingTable } from "~db/schema";
import type { Insertable, Updateable } from "kysely";
import type { Block, Busy, ExtraPeriod, MeetingFormName, MeetingKindName, WeeklyRule } from "~/domain/slots";
import { nowIso } from "~/utils/clock";
import { newId } from "~/utils/crypto.server";
import { meetingsIn, type Scope } from "./scope.server";

/** Meetings and the consultants' published times: queries only. Every lookup by id is scoped. */

const parseList = <T extends string>(json: string | null): T[] => {
  try {
    const v: unknown = JSON.parse(json ?? "[]");
    return Array.isArray(v) ? (v.filter((x) => typeof x === "string") as T[]) : [];
  } catch {
    return [];
  }
};

// ---- Availability ---------------------------------------------------------

export async function listRules(db: DB, consultantIds: string[]): Promise<(WeeklyRule & { id: string })[]> {
  if (consultantIds.length === 0) return [];
  const rows = await db
    .selectFrom("availability_rules")
    .selectAll()
    .where("consultant_id", "in", consultantIds)
    .orderBy("consultant_id")
    .orderBy("weekday")
    .orderBy("start_time")
    .execute();
  return rows.map((r) => ({
    id: r.id,
    consultantId: r.consultant_id,
    weekday: r.weekday,
    start: r.start_time,
    end: r.end_time,
    slotMinutes: r.slot_minutes,
    kinds: parseList<MeetingKindName>(r.kinds),
    forms: parseList<MeetingFormName>(r.forms),
    location: r.location,
    validFrom: r.valid_from,
    validTo: r.valid_to,
  }));
}

export type ExceptionRow = { id: string; type: "blocked" | "extra"; date: string; start: string | null; end: string | null } & Partial<ExtraPeriod>;

export async function listExceptions(db: DB, consultantIds: string[], fromDate: string, toDate: string) {
  if (consultantIds.length === 0) return { blocks: [] as (Block & { id: string })[], extras: [] as (ExtraPeriod & { id: string })[] };
  const rows = await db
    .selectFrom("availability_exceptions")
    .selectAll()
    .where("consultant_id", "in", consultantIds)
    .where("date", ">=", fromDate)
    .where("date", "<=", toDate)
    .orderBy("date")
    .orderBy("start_time")
    .orderBy("id")
    .execute();
  const blocks = rows
    .filter((r) => r.type === "blocked")
    .map((r) => ({ id: r.id, consultantId: r.consultant_id, date: r.date, start: r.start_time, end: r.end_time }));
  const extras = rows
    .filter((r) => r.type === "extra" && r.start_time && r.end_time && r.slot_minutes)
    .map((r) => ({
      id: r.id,
      consultantId: r.consultant_id,
      date: r.date,
      start: r.start_time!,
      end: r.end_time!,
      slotMinutes: r.slot_minutes!,
      kinds: parseList<MeetingKindName>(r.kinds),
      forms: parseList<MeetingFormName>(r.forms),
      location: r.location,
    }));
  return { blocks, extras };
}

export async function insertRule(db: DB, consultantId: string, rule: Omit<WeeklyRule, "consultantId">): Promise<string> {
  const id = newId();
  await db
    .insertInto("availability_rules")
    .values({
      id,
      consultant_id: consultantId,
      weekday: rule.weekday,
      start_time: rule.start,
      end_time: rule.end,
      slot_minutes: rule.slotMinutes,
      kinds: JSON.stringify(rule.kinds),
      forms: JSON.stringify(rule.forms),
      location: rule.location,
      valid_from: rule.validFrom,
      valid_to: rule.validTo,
      created_at: nowIso(),
    })
    .execute();
  return id;
}

export async function insertException(
  db: DB,
  consultantId: string,
  e: {
    type: "blocked" | "extra";
    date: string;
    start: string | null;
    end: string | null;
    slotMinutes?: number;
    kinds?: string[];
    forms?: string[];
    location?: string | null;
  },
): Promise<string> {
  const id = newId();
  await db
    .insertInto("availability_exceptions")
    .values({
      id,
      consultant_id: consultantId,
      type: e.type,
      date: e.date,
      start_time: e.start,
      end_time: e.end,
      slot_minutes: e.slotMinutes ?? null,
      kinds: e.kinds ? JSON.stringify(e.kinds) : null,
      forms: e.forms ? JSON.stringify(e.forms) : null,
      location: e.location ?? null,
      created_at: nowIso(),
    })
    .execute();
  return id;
}

/** Deletes one of the consultant's own rules or exceptions; another consultant's id deletes nothing. */
export async function deleteOwnAvailability(
  db: DB,
  consultantId: string,
  table: "availability_rules" | "availability_exceptions",
  id: string,
): Promise<boolean> {
  const result = await db.deleteFrom(table).where("id", "=", id).where("consultant_id", "=", consultantId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The booked meetings of consultants overlapping a period: what slots must leave out. */
export async function busyTimes(db: DB, consultantIds: string[], fromIso: string, toIso: string, exceptMeetingId?: string): Promise<Busy[]> {
  if (consultantIds.length === 0) return [];
  let q = db
    .selectFrom("meetings")
    .select(["consultant_id", "starts_at", "ends_at"])
    .where("consultant_id", "in", consultantIds)
    .where("status", "=", "booked")
    .where("starts_at", "<", toIso)
    .where("ends_at", ">", fromIso);
  if (exceptMeetingId) q = q.where("id", "!=", exceptMeetingId);
  const rows = await q.execute();
  return rows.map((r) => ({ consultantId: r.consultant_id, startsAt: r.starts_at, endsAt: r.ends_at }));
}

/** Consultants who have published any weekly times (the team's cases without a named consultant book from these). */
export async function consultantsWithTimes(db: DB): Promise<string[]> {
  const rows = await db
    .selectFrom("availability_rules")
    .innerJoin("users", "users.id", "availability_rules.consultant_id")
    .select("availability_rules.consultant_id")
    .where("users.disabled_at", "is", null)
    .distinct()
    .execute();
  return rows.map((r) => r.consultant_id);
}

// ---- Meetings -------------------------------------------------------------

export async function insertMeeting(db: DB, values: Insertable<MeetingTable>): Promise<void> {
  await db.insertInto("meetings").values(values).execute();
}

export async function findMeeting(db: DB, scope: Scope, id: string): Promise<Meeting | undefined> {
  return db.selectFrom("meetings").selectAll().where("id", "=", id).where(meetingsIn(scope)).executeTakeFirst();
}

/** Changes a meeting only when it is still in the state the caller read (status and sequence): a racing change loses. */
export async function updateMeetingIf(db: DB, meeting: Pick<Meeting, "id" | "status" | "ics_sequence">, set: Updateable<MeetingTable>): Promise<boolean> {
  const result = await db
    .updateTable("meetings")
    .set({ ...set, updated_at: nowIso() })
    .where("id", "=", meeting.id)
    .where("status", "=", meeting.status)
    .where("ics_sequence", "=", meeting.ics_sequence)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A case's meetings (scoped), newest first; a case has few. */
export async function meetingsOfCase(db: DB, scope: Scope, caseId: string, limit = 50): Promise<Meeting[]> {
  return db
    .selectFrom("meetings")
    .selectAll()
    .where("case_id", "=", caseId)
    .where(meetingsIn(scope))
    .orderBy("starts_at", "desc")
    .orderBy("id")
    .limit(limit)
    .execute();
}

/** A consultant's meetings in a period (on meetings_consultant_idx), with the case's names. */
export async function meetingsOfConsultant(db: DB, consultantId: string, fromIso: string, toIso: string, limit = 200) {
  return db
    .selectFrom("meetings")
    .innerJoin("absence_cases", "absence_cases.id", "meetings.case_id")
    .innerJoin("companies", "companies.id", "meetings.company_id")
    .select([
      "meetings.id",
      "meetings.case_id",
      "meetings.kind",
      "meetings.form",
      "meetings.location",
      "meetings.starts_at",
      "meetings.ends_at",
      "meetings.status",
      "meetings.employee_response",
      "absence_cases.employee_name",
      "companies.name as company_name",
    ])
    .where("meetings.consultant_id", "=", consultantId)
    .where("meetings.starts_at", ">=", fromIso)
    .where("meetings.starts_at", "<", toIso)
    .where("meetings.status", "!=", "cancelled")
    .orderBy("meetings.starts_at")
    .orderBy("meetings.id")
    .limit(limit)
    .execute();
}

export async function bookedMeetingsOfCase(db: DB, caseId: string): Promise<Meeting[]> {
  return db.selectFrom("meetings").selectAll().where("case_id", "=", caseId).where("status", "=", "booked").orderBy("starts_at").execute();
}

/** True when an insert or update broke a unique index (the slot was taken meanwhile), on either database. */
export function isUniqueViolation(e: unknown): boolean {
  const err = e as { code?: string; message?: string } | null;
  if (!err) return false;
  return err.code === "23505" || err.code === "SQLITE_CONSTRAINT_UNIQUE" || /UNIQUE constraint failed/.test(err.message ?? "");
}
