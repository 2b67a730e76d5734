import { db, type DB } from "~db/index";
import type { Meeting, MeetingForm, MeetingKind } from "~db/schema";
import { writeAudit, userActor, type Actor } from "~/models/audit.server";
import { markStepsDoneByMeeting } from "~/models/followUp.server";
import { cancelPendingJobs, enqueueJob } from "~/models/job.server";
import {
  bookedMeetingsOfCase,
  busyTimes,
  consultantsWithTimes,
  deleteOwnAvailability,
  findMeeting,
  insertException,
  insertMeeting,
  insertRule,
  isUniqueViolation,
  listExceptions,
  listRules,
  meetingsOfConsultant,
  updateMeetingIf,
} from "~/models/meeting.server";
import { casesIn, employeeScope, employerScope, meetingsIn, staffScope, systemScope, type Scope } from "~/models/scope.server";
import { langsOfAddresses, type EmployerUser, type StaffUser } from "~/models/user.server";
import { buildIcs } from "~/domain/ics";
import { computeSlots, formsAllowedFor, isFirstConversationLate, type MeetingKindName, type Slot } from "~/domain/slots";
import { HOUR, now, nowIso } from "~/utils/clock";
import { newId } from "~/utils/crypto.server";
import { addDays, copenhagenDate, copenhagenToUtc, formatMeetingWhen, type Lang } from "~/utils/dates";
import { env } from "~/utils/env.server";
import { meetingNoticeTexts, type MeetingNoticeProps } from "~emails/meeting-notice";
import { employeeLink } from "./employeeAccess.server";
import { enqueueEmail } from "./outbox.server";

/**
 * Self-booked meetings (issue 13, part 2). A consultant publishes times (weekly rules and
 * exceptions); the employer (from the case) or the employee (from their link) books a free slot;
 * the parties move or cancel until a cut-off; the consultant records it as held with a referat.
 * Every change is one transaction: the row, its audit entry, the emails with their .ics and the
 * reminder job. The race for one slot is settled by the unique index on (consultant, start) among
 * booked meetings: the loser gets `slotTaken`, never a 500.
 *
 * Whose times a case books from: the case's consultant when set; else the company's contact
 * consultant when they have published times; else every consultant who has (the team's case).
 */
export type MeetingParty = { kind: "employer"; user: EmployerUser } | { kind: "employee"; caseId: string } | { kind: "staff"; user: StaffUser };

export const BOOKING_WINDOW_DAYS = 14;

const scopeOf = (p: MeetingParty): Scope =>
  p.kind === "employer" ? employerScope(p.user) : p.kind === "employee" ? employeeScope(p.caseId) : staffScope(p.user);
const actorOf = (p: MeetingParty): Actor => (p.kind === "employee" ? { kind: "employee", id: p.caseId } : userActor(p.user));
const cutoffMs = () => env().MEETING_CHANGE_CUTOFF_HOURS * HOUR;
const noticeMs = () => env().MEETING_MIN_NOTICE_HOURS * HOUR;
const reminderKey = (m: Pick<Meeting, "id" | "ics_sequence">) => `meeting.reminder:${m.id}:${m.ics_sequence}`;

/** Whether a party may still move or cancel (staff always, while booked and not started). */
export function canChange(meeting: Pick<Meeting, "status" | "starts_at">, partyKind: MeetingParty["kind"], at = now()): boolean {
  if (meeting.status !== "booked") return false;
  const start = Date.parse(meeting.starts_at);
  return partyKind === "staff" ? at.getTime() < start : at.getTime() < start - cutoffMs();
}

async function findOpenCase(trx: DB, scope: Scope, caseId: string) {
  return trx
    .selectFrom("absence_cases")
    .innerJoin("companies", "companies.id", "absence_cases.company_id")
    .select([
      "absence_cases.id",
      "absence_cases.company_id",
      "absence_cases.employee_name",
      "absence_cases.employee_email",
      "absence_cases.contact_email",
      "absence_cases.contact_name",
      "absence_cases.consultant_id",
      "absence_cases.status",
      "companies.name as company_name",
      "companies.contact_consultant_id",
    ])
    .where("absence_cases.id", "=", caseId)
    .where(casesIn(scope))
    .executeTakeFirst();
}
type CaseRow = NonNullable<Awaited<ReturnType<typeof findOpenCase>>>;

async function consultantsFor(trx: DB, c: Pick<CaseRow, "consultant_id" | "contact_consultant_id">): Promise<string[]> {
  if (c.consultant_id) return [c.consultant_id];
  const withTimes = await consultantsWithTimes(trx);
  if (c.contact_consultant_id && withTimes.includes(c.contact_consultant_id)) return [c.contact_consultant_id];
  return withTimes;
}

async function slotsFor(trx: DB, consultantIds: string[], fromDate: string, days: number, kind?: MeetingKindName, exceptMeetingId?: string): Promise<Slot[]> {
  const toDate = addDays(fromDate, days - 1);
  const [rules, { blocks, extras }, busy] = await Promise.all([
    listRules(trx, consultantIds),
    listExceptions(trx, consultantIds, fromDate, toDate),
    busyTimes(trx, consultantIds, copenhagenToUtc(fromDate).toISOString(), copenhagenToUtc(addDays(toDate, 1)).toISOString(), exceptMeetingId),
  ]);
  return computeSlots({ fromDate, toDate, rules, extras, blocks, busy, earliest: new Date(now().getTime() + noticeMs()).toISOString(), kind });
}

/** The free slots a party may book for a case (from `fromDate`, two weeks), or null when the case is not theirs. */
export async function slotsForCase(party: MeetingParty, caseId: string, kind: MeetingKindName, fromDate?: string) {
  const c = await findOpenCase(db, scopeOf(party), caseId);
  if (!c) return null;
  const today = copenhagenDate(now());
  const from = fromDate && fromDate > today ? fromDate : today;
  const consultants = await consultantsFor(db, c);
  const slots = await slotsFor(db, consultants, from, BOOKING_WINDOW_DAYS, kind);
  const names = consultants.length ? await db.selectFrom("users").select(["id", "name"]).where("id", "in", consultants).execute() : [];
  return {
    caseOpen: c.status === "open",
    from,
    slots: slots.map((s) => ({
      ...s,
      forms: s.forms.filter((f) => formsAllowedFor(kind).includes(f)),
      consultantName: names.find((n) => n.id === s.consultantId)?.name ?? "",
    })),
  };
}

// ---- Notices --------------------------------------------------------------

type Variant = MeetingNoticeProps["variant"];

async function notifyParties(
  trx: DB,
  meeting: Meeting,
  c: { employee_name: string; employee_email: string; contact_email: string; contact_name: string; company_name: string },
  variant: Variant,
  extra: { reason?: string | null; response?: "accepted" | "declined" | null; alsoTo?: string[]; only?: ("employee" | "employer" | "consultant")[] } = {},
) {
  const consultant = await trx.selectFrom("users").select(["name", "email"]).where("id", "=", meeting.consultant_id).executeTakeFirstOrThrow();
  const appUrl = env().APP_URL ?? "";
  const employerTo = [...new Set([c.contact_email, ...(extra.alsoTo ?? [])].map((a) => a.toLowerCase()))];
  const parties = [
    { party: "employee" as const, to: [c.employee_email.toLowerCase()], url: await employeeLink(trx, meeting.case_id) },
    { party: "employer" as const, to: employerTo, url: `${appUrl}/virksomhed/sager/${meeting.case_id}/moeder` },
    { party: "consultant" as const, to: [consultant.email.toLowerCase()], url: `${appUrl}/jobcenter/moeder/${meeting.id}` },
  ].filter((p) => !extra.only || extra.only.includes(p.party));
  const withIcs = variant === "booked" || variant === "changed" || variant === "cancelled" || variant === "reminder";
  const langs = await langsOfAddresses(
    trx,
    parties.flatMap((p) => p.to),
  );
  for (const p of parties) {
    for (const lang of ["da", "en"] as Lang[]) {
      const to = p.to.filter((a) => (langs.get(a) ?? "da") === lang);
      if (to.length === 0) continue;
      const texts = meetingNoticeTexts[lang];
      const props: MeetingNoticeProps = {
        variant,
        kind: meeting.kind,
        form: meeting.form,
        when: formatMeetingWhen(meeting.starts_at, lang),
        place: meeting.location,
        videoUrl: meeting.video_url,
        employeeName: c.employee_name,
        companyName: c.company_name,
        consultantName: consultant.name,
        reason: extra.reason ?? null,
        response: extra.response ?? null,
        url: p.url,
      };
      const ics = withIcs
        ? buildIcs({
            method: variant === "cancelled" ? "CANCEL" : "REQUEST",
            uid: meeting.ics_uid,
            sequence: meeting.ics_sequence,
            startsAt: meeting.starts_at,
            endsAt: meeting.ends_at,
            stampAt: nowIso(),
            summary: `${texts.kind[meeting.kind]}: ${c.employee_name}, ${c.company_name}`,
            description: `${texts.about(props)}\n${texts.form[meeting.form]}${meeting.video_url ? `: ${meeting.video_url}` : ""}`,
            location: meeting.form === "video" ? meeting.video_url : meeting.form === "phone" ? texts.form.phone : meeting.location,
            url: p.url.includes("/medarbejder/") ? null : p.url,
            organizer: { name: consultant.name, email: consultant.email },
            attendees: [
              { name: c.employee_name, email: c.employee_email },
              { name: c.contact_name, email: c.contact_email },
            ],
          })
        : null;
      await enqueueEmail(trx, {
        template: "meeting-notice",
        to,
        props,
        lang,
        dedupeKey: `meeting:${meeting.id}:${meeting.ics_sequence}:${variant}:${p.party}${lang === "en" ? ":en" : ""}${extra.response ? `:${extra.response}` : ""}`,
        attachments: ics
          ? [
              {
                filename: lang === "da" ? "moede.ics" : "meeting.ics",
                contentType: `text/calendar; charset=utf-8; method=${variant === "cancelled" ? "CANCEL" : "REQUEST"}`,
                content: Buffer.from(ics, "utf8").toString("base64"),
              },
            ]
          : undefined,
      });
    }
  }
}

/** The reminder the day before at 09.00 Danish time; none when that moment has passed. */
async function scheduleReminder(trx: DB, meeting: Meeting) {
  const runAt = copenhagenToUtc(addDays(copenhagenDate(new Date(meeting.starts_at)), -1), "09:00:00");
  if (runAt.getTime() <= now().getTime()) return;
  await enqueueJob(trx, {
    kind: "meeting.reminder",
    payload: { meetingId: meeting.id, sequence: meeting.ics_sequence },
    dedupeKey: reminderKey(meeting),
    runAt,
  });
}

async function caseOfMeeting(trx: DB, meeting: Meeting) {
  const c = await findOpenCase(trx, systemScope, meeting.case_id);
  if (!c) throw new Error(`meeting ${meeting.id} without its case`);
  return c;
}

// ---- Booking, moving, cancelling -------------------------------------------

export type BookInput = {
  kind: MeetingKind;
  form: MeetingForm;
  consultantId: string;
  startsAt: string;
  location: string | null;
  videoUrl: string | null;
  unionRepName: string | null;
};

export type BookResult =
  { ok: true; meetingId: string } | { ok: false; error: "notFound" | "closed" | "slotGone" | "slotTaken" | "formNotAllowed" | "locationMissing" };

export async function bookMeeting(party: MeetingParty, caseId: string, input: BookInput): Promise<BookResult> {
  try {
    return await db.transaction().execute(async (trx): Promise<BookResult> => {
      const c = await findOpenCase(trx, scopeOf(party), caseId);
      if (!c) return { ok: false, error: "notFound" };
      if (c.status !== "open") return { ok: false, error: "closed" };
      const consultants = await consultantsFor(trx, c);
      if (!consultants.includes(input.consultantId)) return { ok: false, error: "slotGone" };
      const slot = await findSlot(trx, input.consultantId, input.startsAt, input.kind);
      if (!slot) return { ok: false, error: "slotGone" };
      if (!slot.forms.includes(input.form) || !formsAllowedFor(input.kind).includes(input.form)) return { ok: false, error: "formNotAllowed" };
      const location = input.form === "workplace" ? input.location : input.form === "jobcenter" ? (slot.location ?? env().AUTHORITY_NAME) : null;
      if (input.form === "workplace" && !location) return { ok: false, error: "locationMissing" };
      const at = nowIso();
      const id = newId();
      const meeting: Meeting = {
        id,
        case_id: c.id,
        company_id: c.company_id,
        consultant_id: input.consultantId,
        kind: input.kind,
        form: input.form,
        location,
        video_url: input.form === "video" ? input.videoUrl : null,
        starts_at: slot.startsAt,
        ends_at: slot.endsAt,
        status: "booked",
        ics_uid: `${id}@fasthold`,
        ics_sequence: 0,
        booked_by: party.kind === "employee" ? null : party.user.id,
        employee_response: party.kind === "employee" ? "accepted" : "pending",
        employee_responded_at: party.kind === "employee" ? at : null,
        union_rep_name: input.kind === "round_table" ? input.unionRepName : null,
        cancel_reason: null,
        cancelled_at: null,
        cancelled_by: null,
        held_at: null,
        employer_present: null,
        summary: null,
        created_at: at,
        updated_at: at,
      };
      await insertMeeting(trx, meeting);
      await writeAudit(trx, {
        actor: actorOf(party),
        action: "meeting.booked",
        entityType: "meeting",
        entityId: id,
        companyId: c.company_id,
        caseId: c.id,
        meta: { caseId: c.id, kind: input.kind, form: input.form, startsAt: slot.startsAt },
      });
      await notifyParties(trx, meeting, c, "booked", { alsoTo: party.kind === "employer" ? [party.user.email] : [] });
      await scheduleReminder(trx, meeting);
      return { ok: true, meetingId: id };
    });
  } catch (e) {
    if (isUniqueViolation(e)) return { ok: false, error: "slotTaken" };
    throw e;
  }
}

/** The slot as the consultant's times give it now (recomputed in the transaction: never trust the form). */
async function findSlot(trx: DB, consultantId: string, startsAt: string, kind: MeetingKindName, exceptMeetingId?: string) {
  const date = copenhagenDate(new Date(startsAt));
  const slots = await slotsFor(trx, [consultantId], date, 1, kind, exceptMeetingId);
  return slots.find((s) => s.startsAt === startsAt) ?? null;
}

export type ChangeResult = { ok: true } | { ok: false; error: "notFound" | "notBooked" | "tooLate" | "slotGone" | "slotTaken" | "stale" };

export async function moveMeeting(party: MeetingParty, meetingId: string, startsAt: string, reason: string): Promise<ChangeResult> {
  try {
    return await db.transaction().execute(async (trx): Promise<ChangeResult> => {
      const meeting = await findMeeting(trx, scopeOf(party), meetingId);
      if (!meeting) return { ok: false, error: "notFound" };
      if (meeting.status !== "booked") return { ok: false, error: "notBooked" };
      if (!canChange(meeting, party.kind)) return { ok: false, error: "tooLate" };
      const slot = await findSlot(trx, meeting.consultant_id, startsAt, meeting.kind, meeting.id);
      if (!slot) return { ok: false, error: "slotGone" };
      const moved: Meeting = {
        ...meeting,
        starts_at: slot.startsAt,
        ends_at: slot.endsAt,
        ics_sequence: meeting.ics_sequence + 1,
        employee_response: party.kind === "employee" ? "accepted" : "pending",
        employee_responded_at: party.kind === "employee" ? nowIso() : null,
        updated_at: nowIso(),
      };
      const changed = await updateMeetingIf(trx, meeting, {
        starts_at: moved.starts_at,
        ends_at: moved.ends_at,
        ics_sequence: moved.ics_sequence,
        employee_response: moved.employee_response,
        employee_responded_at: moved.employee_responded_at,
      });
      if (!changed) return { ok: false, error: "stale" };
      await cancelPendingJobs(trx, [reminderKey(meeting)]);
      await writeAudit(trx, {
        actor: actorOf(party),
        action: "meeting.moved",
        entityType: "meeting",
        entityId: meeting.id,
        companyId: meeting.company_id,
        caseId: meeting.case_id,
        meta: { from: meeting.starts_at, to: moved.starts_at, sequence: moved.ics_sequence },
      });
      await notifyParties(trx, moved, await caseOfMeeting(trx, meeting), "changed", { reason });
      await scheduleReminder(trx, moved);
      return { ok: true };
    });
  } catch (e) {
    if (isUniqueViolation(e)) return { ok: false, error: "slotTaken" };
    throw e;
  }
}

async function cancelInTrx(trx: DB, meeting: Meeting, reason: string, actor: Actor): Promise<boolean> {
  const cancelled: Meeting = {
    ...meeting,
    status: "cancelled",
    ics_sequence: meeting.ics_sequence + 1,
    cancel_reason: reason,
    cancelled_at: nowIso(),
    cancelled_by: actor.id ? `${actor.kind}:${actor.id}` : actor.kind,
  };
  const changed = await updateMeetingIf(trx, meeting, {
    status: "cancelled",
    ics_sequence: cancelled.ics_sequence,
    cancel_reason: reason,
    cancelled_at: cancelled.cancelled_at,
    cancelled_by: cancelled.cancelled_by,
  });
  if (!changed) return false;
  await cancelPendingJobs(trx, [reminderKey(meeting)]);
  await writeAudit(trx, {
    actor,
    action: "meeting.cancelled",
    entityType: "meeting",
    entityId: meeting.id,
    companyId: meeting.company_id,
    caseId: meeting.case_id,
    meta: { caseId: meeting.case_id, sequence: cancelled.ics_sequence },
  });
  await notifyParties(trx, cancelled, await caseOfMeeting(trx, meeting), "cancelled", { reason });
  return true;
}

export async function cancelMeeting(party: MeetingParty, meetingId: string, reason: string): Promise<ChangeResult> {
  return db.transaction().execute(async (trx): Promise<ChangeResult> => {
    const meeting = await findMeeting(trx, scopeOf(party), meetingId);
    if (!meeting) return { ok: false, error: "notFound" };
    if (meeting.status !== "booked") return { ok: false, error: "notBooked" };
    if (!canChange(meeting, party.kind)) return { ok: false, error: "tooLate" };
    return (await cancelInTrx(trx, meeting, reason, actorOf(party))) ? { ok: true } : { ok: false, error: "stale" };
  });
}

/**
 * Cancels every booked meeting of a case (when the case is closed): each party gets the
 * cancellation with an iCalendar CANCEL (SEQUENCE raised), the reminder jobs are cancelled, each
 * cancellation is audited, all in the caller's transaction. No cut-off applies. Returns how many.
 */
export async function cancelMeetingsForCase(trx: DB, caseId: string, reason: string, actor: Actor): Promise<number> {
  let n = 0;
  for (const meeting of await bookedMeetingsOfCase(trx, caseId)) {
    if (await cancelInTrx(trx, meeting, reason, actor)) n++;
  }
  return n;
}

// ---- The employee's answer, held, reminders ---------------------------------

export async function respondToMeeting(caseId: string, meetingId: string, answer: "accepted" | "declined", reason: string | null): Promise<ChangeResult> {
  return db.transaction().execute(async (trx): Promise<ChangeResult> => {
    const meeting = await findMeeting(trx, employeeScope(caseId), meetingId);
    if (!meeting) return { ok: false, error: "notFound" };
    if (meeting.status !== "booked") return { ok: false, error: "notBooked" };
    if (Date.parse(meeting.starts_at) <= now().getTime()) return { ok: false, error: "tooLate" };
    const changed = await updateMeetingIf(trx, meeting, { employee_response: answer, employee_responded_at: nowIso() });
    if (!changed) return { ok: false, error: "stale" };
    await writeAudit(trx, {
      actor: { kind: "employee", id: caseId },
      action: `meeting.${answer}`,
      entityType: "meeting",
      entityId: meeting.id,
      companyId: meeting.company_id,
      caseId: meeting.case_id,
      meta: { sequence: meeting.ics_sequence },
    });
    await notifyParties(trx, meeting, await caseOfMeeting(trx, meeting), "response", {
      response: answer,
      reason,
      only: ["employer", "consultant"],
    });
    return { ok: true };
  });
}

export type HeldResult = { ok: true } | { ok: false; error: "notFound" | "notBooked" | "stale" };

/** The consultant records the meeting as held, with the referat the parties see; the follow-up step it fulfils is done. */
export async function recordMeetingHeld(user: StaffUser, meetingId: string, input: { employerPresent: boolean; summary: string }): Promise<HeldResult> {
  return db.transaction().execute(async (trx): Promise<HeldResult> => {
    const meeting = await findMeeting(trx, staffScope(user), meetingId);
    if (!meeting) return { ok: false, error: "notFound" };
    if (meeting.status !== "booked") return { ok: false, error: "notBooked" };
    const held: Meeting = { ...meeting, status: "held", held_at: nowIso(), employer_present: input.employerPresent ? 1 : 0, summary: input.summary };
    const changed = await updateMeetingIf(trx, meeting, {
      status: "held",
      held_at: held.held_at,
      employer_present: held.employer_present,
      summary: held.summary,
    });
    if (!changed) return { ok: false, error: "stale" };
    await cancelPendingJobs(trx, [reminderKey(meeting)]);
    await markStepsDoneByMeeting(trx, held);
    await writeAudit(trx, {
      actor: userActor(user),
      action: "meeting.held",
      entityType: "meeting",
      entityId: meeting.id,
      companyId: meeting.company_id,
      caseId: meeting.case_id,
      meta: { caseId: meeting.case_id, kind: meeting.kind, employerPresent: input.employerPresent },
    });
    await notifyParties(trx, held, await caseOfMeeting(trx, meeting), "held", { only: ["employee", "employer"] });
    return { ok: true };
  });
}

/** The job: the reminder the day before, only for the meeting as it was scheduled (same SEQUENCE) and still booked. */
export async function meetingReminderJob(meetingId: string, sequence: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const meeting = await findMeeting(trx, systemScope, meetingId);
    if (!meeting || meeting.status !== "booked" || meeting.ics_sequence !== sequence) return;
    if (Date.parse(meeting.starts_at) <= now().getTime()) return;
    await notifyParties(trx, meeting, await caseOfMeeting(trx, meeting), "reminder");
  });
}

// ---- Views ----------------------------------------------------------------

export type MeetingView = {
  id: string;
  kind: MeetingKind;
  form: MeetingForm;
  location: string | null;
  videoUrl: string | null;
  startsAt: string;
  endsAt: string;
  status: Meeting["status"];
  employeeResponse: Meeting["employee_response"];
  unionRepName: string | null;
  cancelReason: string | null;
  employerPresent: boolean | null;
  summary: string | null;
  consultantId: string;
  consultantName: string;
  late: boolean;
  canChange: boolean;
};

/** A case's meetings as a party sees them (null when the case is not theirs), with whether each may still be changed. */
export async function meetingsForCase(party: MeetingParty, caseId: string) {
  const scope = scopeOf(party);
  const c = await findOpenCase(db, scope, caseId);
  if (!c) return null;
  const rows = await db
    .selectFrom("meetings")
    .innerJoin("users", "users.id", "meetings.consultant_id")
    .selectAll("meetings")
    .select("users.name as consultant_name")
    .where("meetings.case_id", "=", caseId)
    .where(meetingsIn(scope))
    .orderBy("meetings.starts_at", "desc")
    .orderBy("meetings.id")
    .limit(50)
    .execute();
  const ft = await db.selectFrom("fast_track_requests").select("first_conversation_due").where("case_id", "=", caseId).executeTakeFirst();
  const due = ft?.first_conversation_due ?? null;
  return {
    caseId,
    employeeName: c.employee_name,
    companyName: c.company_name,
    caseOpen: c.status === "open",
    firstConversationDue: due,
    cutoffHours: env().MEETING_CHANGE_CUTOFF_HOURS,
    meetings: rows.map((m) => toView(m, m.consultant_name, due, party.kind)),
  };
}

function toView(m: Meeting, consultantName: string, due: string | null, partyKind: MeetingParty["kind"]): MeetingView {
  return {
    id: m.id,
    kind: m.kind,
    form: m.form,
    location: m.location,
    videoUrl: m.video_url,
    startsAt: m.starts_at,
    endsAt: m.ends_at,
    status: m.status,
    employeeResponse: m.employee_response,
    unionRepName: m.union_rep_name,
    cancelReason: m.cancel_reason,
    employerPresent: m.employer_present === null ? null : m.employer_present === 1,
    summary: m.status === "held" ? m.summary : null,
    consultantId: m.consultant_id,
    consultantName,
    late: m.status === "held" && isFirstConversationLate(m.kind, m.starts_at, due),
    canChange: canChange(m, partyKind),
  };
}

/** One meeting for the consultant's page, with its case. */
export async function meetingForStaff(user: StaffUser, meetingId: string) {
  const m = await findMeeting(db, staffScope(user), meetingId);
  if (!m) return null;
  const c = await caseOfMeeting(db, m);
  const consultant = await db.selectFrom("users").select("name").where("id", "=", m.consultant_id).executeTakeFirst();
  const ft = await db.selectFrom("fast_track_requests").select("first_conversation_due").where("case_id", "=", m.case_id).executeTakeFirst();
  return {
    meeting: toView(m, consultant?.name ?? "", ft?.first_conversation_due ?? null, "staff"),
    caseId: m.case_id,
    employeeName: c.employee_name,
    companyName: c.company_name,
    firstConversationDue: ft?.first_conversation_due ?? null,
  };
}

// ---- The consultant's times and calendar -----------------------------------

export async function availabilityOf(user: StaffUser, today: string) {
  const [rules, { blocks, extras }] = await Promise.all([listRules(db, [user.id]), listExceptions(db, [user.id], today, addDays(today, 56))]);
  return {
    rules,
    exceptions: [
      ...blocks.map((b) => ({ id: b.id, type: "blocked" as const, date: b.date, start: b.start, end: b.end })),
      ...extras.map((e) => ({ id: e.id, type: "extra" as const, date: e.date, start: e.start as string | null, end: e.end as string | null })),
    ].sort((a, b) => a.date.localeCompare(b.date)),
  };
}

export async function addAvailability(
  user: StaffUser,
  input: {
    rule: boolean;
    weekday?: number;
    validFrom?: string;
    type?: "blocked" | "extra";
    date?: string;
    start?: string;
    end?: string;
    slotMinutes?: number;
    location?: string;
    kinds: MeetingKindName[];
    forms: MeetingForm[];
  },
) {
  await db.transaction().execute(async (trx) => {
    const id = input.rule
      ? await insertRule(trx, user.id, {
          weekday: input.weekday!,
          start: input.start!,
          end: input.end!,
          slotMinutes: input.slotMinutes!,
          kinds: input.kinds,
          forms: input.forms,
          location: input.location ?? null,
          validFrom: input.validFrom!,
          validTo: null,
        })
      : await insertException(trx, user.id, {
          type: input.type!,
          date: input.date!,
          start: input.start ?? null,
          end: input.end ?? null,
          slotMinutes: input.type === "extra" ? (input.slotMinutes ?? 60) : undefined,
          kinds: input.type === "extra" ? input.kinds : undefined,
          forms: input.type === "extra" ? input.forms : undefined,
          location: input.location ?? null,
        });
    await writeAudit(trx, {
      actor: userActor(user),
      action: input.rule ? "availability.rule_added" : "availability.exception_added",
      entityType: "availability",
      entityId: id,
    });
  });
}

export async function removeAvailability(user: StaffUser, what: "rule" | "exception", id: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const ok = await deleteOwnAvailability(trx, user.id, what === "rule" ? "availability_rules" : "availability_exceptions", id);
    if (ok) await writeAudit(trx, { actor: userActor(user), action: `availability.${what}_deleted`, entityType: "availability", entityId: id });
    return ok;
  });
}

/** The consultant's own meetings in a window of days (booked and held), by day. */
export async function consultantCalendar(user: StaffUser, fromDate: string, days: number) {
  const rows = await meetingsOfConsultant(db, user.id, copenhagenToUtc(fromDate).toISOString(), copenhagenToUtc(addDays(fromDate, days)).toISOString());
  return rows.map((m) => ({
    id: m.id,
    kind: m.kind,
    status: m.status,
    startsAt: m.starts_at,
    date: copenhagenDate(new Date(m.starts_at)),
    employeeName: m.employee_name,
    companyName: m.company_name,
  }));
}

/** For each meeting a party may still move: the free slots of the same kind with the same consultant. */
export async function moveSlotsFor(
  party: MeetingParty,
  caseId: string,
  meetings: MeetingView[],
): Promise<Record<string, (Slot & { consultantName: string })[]>> {
  const out: Record<string, (Slot & { consultantName: string })[]> = {};
  const movable = meetings.filter((m) => m.canChange);
  for (const kind of [...new Set(movable.map((m) => m.kind))]) {
    const found = await slotsForCase(party, caseId, kind);
    for (const m of movable.filter((x) => x.kind === kind)) out[m.id] = (found?.slots ?? []).filter((s) => s.consultantId === m.consultantId);
  }
  return out;
}
