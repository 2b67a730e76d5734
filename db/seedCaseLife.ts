/**
 * Demo data for the case's life (issue 13): cases at every stage, so the follow-up worklist, the
 * calendar, the progression chart and the team's figures are alive on first start. Every date is
 * relative to the seed time. Called once from `seedDemo`, inside its transaction.
 *
 * Booked demo meetings are at quarter past the hour, outside the published weekly pattern, so they
 * never take a slot someone could book.
 */
import type { Kysely, Transaction } from "kysely";
import type { AbsenceType, CaseOutcome, Database, MeetingForm, MeetingKind, MeetingStatus } from "./schema";

type Trx = Kysely<Database> | Transaction<Database>;
type Who = { id: string; name: string };
type Company = { id: string; name: string; cvr: string };

type DemoMeeting = {
  kind: MeetingKind;
  form: MeetingForm;
  daysFromNow: number;
  time: string;
  status: MeetingStatus;
  employerPresent?: boolean;
  summary?: string;
};
type DemoCase = {
  name: string;
  cpr: string;
  company: Company;
  consultant: Who | null;
  firstAbsenceDaysAgo: number;
  type?: AbsenceType;
  hours?: number;
  /** Fast Track: requested this many days ago, consent given. */
  fastTrackDaysAgo?: number;
  meetings?: DemoMeeting[];
  closed?: { daysAgo: number; outcome: CaseOutcome; note?: string };
  /** Progression ratings: days ago and the four statements' values. */
  ratings?: { daysAgo: number; values: [number, number, number, number]; comment?: string }[];
  shareRatings?: boolean;
};

export async function seedCaseLife(
  trx: Trx,
  ctx: { realNow: number; karin: Who; jonas: Who; steel: Company; steelHr: Who; others: Company[]; existingCaseIds: string[] },
): Promise<void> {
  const { createAbsenceCase } = await import("../app/models/absenceCase.server");
  const { createUser } = await import("../app/models/user.server");
  const { setNow, DAY, HOUR } = await import("../app/utils/clock");
  const { newId, newToken, sha256 } = await import("../app/utils/crypto.server");
  const { consentDeadline, firstConversationDue } = await import("../app/domain/deadlines");
  const { addDays, copenhagenDate, copenhagenToUtc, weekday } = await import("../app/utils/dates");

  const { realNow, karin, jonas, steel, steelHr, others } = ctx;
  const today = copenhagenDate(new Date(realNow));
  const iso = (ms: number) => new Date(ms).toISOString();
  /** A weekday at a Danish wall-clock time, `days` from today (a weekend moves to the Monday after). */
  const weekdayAt = (days: number, time: string) => {
    let date = addDays(today, days);
    while (weekday(date) === 0 || weekday(date) === 6) date = addDays(date, days < 0 ? -1 : 1);
    return copenhagenToUtc(date, `${time}:00`);
  };

  // The cases the first demo already has follow Karin, the company's named consultant.
  for (const id of ctx.existingCaseIds) await trx.updateTable("absence_cases").set({ consultant_id: karin.id }).where("id", "=", id).execute();

  // An HR user per other demo company (not signed in with in the demo; cases need a creator).
  setNow(new Date(realNow - 400 * DAY));
  const hrOf = new Map<string, Who>([[steel.id, steelHr]]);
  for (const c of others)
    hrOf.set(
      c.id,
      await createUser(trx, { email: `hr@${c.cvr}.example`, name: "Personaleafdelingen", role: "employer", companyId: c.id, phone: "97 00 00 00" }),
    );

  // Weekly free times: Karin Monday and Wednesday afternoons, Jonas Tuesday and Thursday mornings.
  for (const [consultant, days, start, end] of [
    [karin, [1, 3], "13:00", "15:00"],
    [jonas, [2, 4], "09:00", "12:00"],
  ] as const) {
    for (const day of days) {
      await trx
        .insertInto("availability_rules")
        .values({
          id: newId(),
          consultant_id: consultant.id,
          weekday: day,
          start_time: start,
          end_time: end,
          slot_minutes: 60,
          kinds: JSON.stringify(["first_conversation", "follow_up", "round_table"]),
          forms: JSON.stringify(["workplace", "jobcenter", "video", "phone"]),
          location: "Jobcenter Herning, Fredhøjgårdsvej 11",
          valid_from: addDays(today, -30),
          valid_to: null,
          created_at: iso(realNow - 30 * DAY),
        })
        .execute();
    }
  }
  await trx
    .insertInto("availability_exceptions")
    .values({
      id: newId(),
      consultant_id: karin.id,
      type: "blocked",
      date: addDays(today, 9),
      start_time: null,
      end_time: null,
      slot_minutes: null,
      kinds: null,
      forms: null,
      location: null,
      created_at: iso(realNow - 2 * DAY),
    })
    .execute();

  const [plast, transport, kitchens] = others;
  const summary = {
    first: "Vi talte om opgaverne på lageret og aftalte lettere opgaver de første uger. Næste samtale om tre uger.",
    firstNoEmployer: "Samtale med medarbejderen alene. Vi aftalte at invitere lederen til næste møde.",
    follow: "Optrapningen følger planen. Timerne hæves med fire timer fra næste uge.",
    round: "Rundbordssamtale på arbejdspladsen med leder og tillidsrepræsentant. Vi aftalte nye arbejdstider og en mentor.",
  };
  const cases: DemoCase[] = [
    {
      name: "Sofie Kristensen",
      cpr: "0206881234",
      company: steel,
      consultant: karin,
      firstAbsenceDaysAgo: 26,
      type: "partial",
      hours: 20,
      fastTrackDaysAgo: 20,
      meetings: [
        { kind: "first_conversation", form: "workplace", daysFromNow: -9, time: "10:00", status: "held", employerPresent: true, summary: summary.first },
        { kind: "follow_up", form: "video", daysFromNow: 5, time: "13:15", status: "booked" },
      ],
      ratings: [
        { daysAgo: 18, values: [3, 2, 4, 4], comment: "Det er svært at overskue dagen." },
        { daysAgo: 11, values: [4, 6, 6, 5] },
        { daysAgo: 4, values: [6, 7, 7, 7], comment: "De lettere opgaver hjælper." },
      ],
      shareRatings: true,
    },
    { name: "Peter Madsen", cpr: "1109791234", company: steel, consultant: karin, firstAbsenceDaysAgo: 22, fastTrackDaysAgo: 16 },
    {
      name: "Anne Larsen",
      cpr: "2304901234",
      company: plast,
      consultant: jonas,
      firstAbsenceDaysAgo: 15,
      fastTrackDaysAgo: 9,
      meetings: [{ kind: "first_conversation", form: "workplace", daysFromNow: 3, time: "10:15", status: "booked" }],
    },
    { name: "Kasper Nielsen", cpr: "0512851234", company: transport, consultant: jonas, firstAbsenceDaysAgo: 60 },
    {
      name: "Helle Andersen",
      cpr: "1703761234",
      company: steel,
      consultant: karin,
      firstAbsenceDaysAgo: 152,
      type: "partial",
      hours: 24,
      meetings: [
        {
          kind: "first_conversation",
          form: "jobcenter",
          daysFromNow: -110,
          time: "10:00",
          status: "held",
          employerPresent: false,
          summary: summary.firstNoEmployer,
        },
        { kind: "follow_up", form: "phone", daysFromNow: -80, time: "10:00", status: "held", employerPresent: false, summary: summary.follow },
        { kind: "round_table", form: "workplace", daysFromNow: -45, time: "13:00", status: "held", employerPresent: true, summary: summary.round },
        { kind: "follow_up", form: "video", daysFromNow: -12, time: "14:00", status: "cancelled" },
        { kind: "follow_up", form: "jobcenter", daysFromNow: 8, time: "14:15", status: "booked" },
      ],
      ratings: [
        { daysAgo: 70, values: [2, 3, 3, 3] },
        { daysAgo: 56, values: [3, 4, 4, 4] },
        { daysAgo: 42, values: [4, 6, 7, 5], comment: "Mentorordningen er kommet godt i gang." },
        { daysAgo: 28, values: [5, 6, 7, 6] },
        { daysAgo: 14, values: [6, 7, 8, 7] },
        { daysAgo: 3, values: [7, 7, 8, 8] },
      ],
      shareRatings: false,
    },
    {
      name: "Jens Pedersen",
      cpr: "2801701234",
      company: kitchens,
      consultant: null,
      firstAbsenceDaysAgo: 400,
      meetings: [{ kind: "follow_up", form: "phone", daysFromNow: -45, time: "09:00", status: "held", employerPresent: false, summary: summary.follow }],
    },
    {
      name: "Rasmus Møller",
      cpr: "1410831234",
      company: steel,
      consultant: jonas,
      firstAbsenceDaysAgo: 50,
      type: "partial",
      hours: 15,
      fastTrackDaysAgo: 45,
      meetings: [
        {
          kind: "first_conversation",
          form: "jobcenter",
          daysFromNow: -35,
          time: "09:00",
          status: "held",
          employerPresent: false,
          summary: summary.firstNoEmployer,
        },
        { kind: "round_table", form: "workplace", daysFromNow: -14, time: "10:00", status: "held", employerPresent: true, summary: summary.round },
      ],
      ratings: [
        { daysAgo: 34, values: [4, 5, 3, 5] },
        { daysAgo: 13, values: [5, 8, 6, 6] },
      ],
      shareRatings: true,
    },
    {
      name: "Camilla Jørgensen",
      cpr: "0908921234",
      company: steel,
      consultant: karin,
      firstAbsenceDaysAgo: 95,
      fastTrackDaysAgo: 88,
      meetings: [
        { kind: "first_conversation", form: "workplace", daysFromNow: -78, time: "10:00", status: "held", employerPresent: true, summary: summary.first },
      ],
      closed: { daysAgo: 20, outcome: "returned_full" },
    },
    {
      name: "Morten Christensen",
      cpr: "3001801234",
      company: plast,
      consultant: jonas,
      firstAbsenceDaysAgo: 130,
      type: "partial",
      hours: 25,
      fastTrackDaysAgo: 120,
      meetings: [
        {
          kind: "first_conversation",
          form: "jobcenter",
          daysFromNow: -102,
          time: "09:00",
          status: "held",
          employerPresent: false,
          summary: summary.firstNoEmployer,
        },
      ],
      closed: { daysAgo: 40, outcome: "partial_return" },
    },
    {
      name: "Louise Rasmussen",
      cpr: "1206871234",
      company: steel,
      consultant: karin,
      firstAbsenceDaysAgo: 160,
      closed: { daysAgo: 70, outcome: "other_job_same_company" },
    },
    {
      name: "Thomas Sørensen",
      cpr: "0703781234",
      company: transport,
      consultant: jonas,
      firstAbsenceDaysAgo: 210,
      closed: { daysAgo: 100, outcome: "left_company" },
    },
    {
      name: "Ida Thomsen",
      cpr: "2207951234",
      company: kitchens,
      consultant: karin,
      firstAbsenceDaysAgo: 240,
      closed: { daysAgo: 150, outcome: "other", note: "Flyttet til en anden kommune." },
    },
  ];

  for (const c of cases) {
    const firstDay = addDays(today, -c.firstAbsenceDaysAgo);
    const requestedAt = c.fastTrackDaysAgo === undefined ? null : weekdayAt(-c.fastTrackDaysAgo, "09:30");
    const createdAt = requestedAt ?? copenhagenToUtc(addDays(firstDay, 3), "10:00:00");
    setNow(createdAt);
    const hr = hrOf.get(c.company.id)!;
    const row = await createAbsenceCase(trx, {
      companyId: c.company.id,
      createdBy: hr.id,
      employeeName: c.name,
      employeeEmail: `${c.name.toLowerCase().replace(/ø/g, "oe").replace(/å/g, "aa").replace(/æ/g, "ae").replace(/\s+/g, ".")}@example.dk`,
      cpr: c.cpr,
      firstAbsenceDay: firstDay,
      absenceType: c.type ?? "full",
      weeklyHoursWorked: c.type === "partial" ? (c.hours ?? 15) : null,
      contactName: hr.name,
      contactPhone: "97 12 34 56",
      contactEmail: c.company.id === steel.id ? "hanne.sorensen@vestjyskstaal.example" : `hr@${c.company.cvr}.example`,
    });
    const closedAt = c.closed ? realNow - c.closed.daysAgo * DAY : null;
    await trx
      .updateTable("absence_cases")
      .set({
        consultant_id: c.consultant?.id ?? null,
        ...(c.closed
          ? {
              status: "closed",
              closed_at: iso(closedAt!),
              closed_on: addDays(today, -c.closed.daysAgo),
              outcome: c.closed.outcome,
              outcome_note: c.closed.note ?? null,
              closed_by: c.consultant?.id ?? karin.id,
            }
          : {}),
      })
      .where("id", "=", row.id)
      .execute();
    if (requestedAt) {
      await trx
        .insertInto("fast_track_requests")
        .values({
          id: newId(),
          case_id: row.id,
          company_id: c.company.id,
          requested_by: hr.id,
          requested_at: requestedAt.toISOString(),
          affected_functions: "Tunge løft og lange vagter.",
          affected_duration: "Et par måneder.",
          work_adapted: "Vi kan tilbyde lettere opgaver.",
          consent_token_hash: sha256(newToken()),
          consent_deadline: consentDeadline(requestedAt).at.toISOString(),
          consent_status: "consented",
          consent_answered_at: iso(requestedAt.getTime() + 20 * HOUR),
          first_conversation_due: firstConversationDue(requestedAt),
        })
        .execute();
    }
    for (const m of c.meetings ?? []) {
      const start = weekdayAt(m.daysFromNow, m.time);
      const consultant = c.consultant ?? karin;
      const booked = start.getTime() - 7 * DAY;
      await trx
        .insertInto("meetings")
        .values({
          id: newId(),
          case_id: row.id,
          company_id: c.company.id,
          consultant_id: consultant.id,
          kind: m.kind,
          form: m.form,
          location: m.form === "workplace" ? `${c.company.name}, personalekantinen` : m.form === "jobcenter" ? "Jobcenter Herning, Fredhøjgårdsvej 11" : null,
          video_url: m.form === "video" ? "https://video.example/fasthold-demo" : null,
          starts_at: start.toISOString(),
          ends_at: iso(start.getTime() + HOUR),
          status: m.status,
          ics_uid: `${newId()}@fasthold.demo`,
          ics_sequence: m.status === "cancelled" ? 1 : 0,
          booked_by: hr.id,
          employee_response: "accepted",
          employee_responded_at: iso(booked + 2 * HOUR),
          union_rep_name: m.kind === "round_table" ? "Tillidsrepræsentant Ole Bak" : null,
          cancel_reason: m.status === "cancelled" ? "Medarbejderen var til lægetjek den dag." : null,
          cancelled_at: m.status === "cancelled" ? iso(start.getTime() - 2 * DAY) : null,
          cancelled_by: m.status === "cancelled" ? hr.id : null,
          held_at: m.status === "held" ? iso(start.getTime() + HOUR) : null,
          employer_present: m.status === "held" ? (m.employerPresent ? 1 : 0) : null,
          summary: m.status === "held" ? (m.summary ?? null) : null,
          created_at: iso(booked),
          updated_at: iso(m.status === "held" ? start.getTime() + HOUR : booked),
        })
        .execute();
    }
    for (const r of c.ratings ?? []) {
      const [tasks, nextStep, support, confidence] = r.values;
      await trx
        .insertInto("progression_ratings")
        .values({
          id: newId(),
          case_id: row.id,
          rated_at: iso(realNow - r.daysAgo * DAY),
          ratings: JSON.stringify({ tasks, nextStep, support, confidence }),
          comment: r.comment ?? null,
        })
        .execute();
    }
    if (c.shareRatings !== undefined) {
      await trx
        .insertInto("progression_sharing")
        .values({ case_id: row.id, share_with_employer: c.shareRatings ? 1 : 0, updated_at: iso(realNow - 20 * DAY) })
        .execute();
    }
  }
}
