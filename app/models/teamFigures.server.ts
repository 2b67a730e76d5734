import type { ExpressionBuilder } from "kysely";
import type { DB } from "~db/index";
import type { Database } from "~db/schema";

/**
 * The queries behind the team's figures. Counts are SQL aggregates over an indexed range: one query per
 * figure sums a CASE per period over the whole window, so the database reads each row of the window once
 * and returns one row. Medians need the values themselves: those queries select only the window's rows,
 * in the order of their index, never the table.
 *
 * `consultantId` narrows every figure to the cases the consultant follows (absence_cases.consultant_id);
 * undefined = the whole team.
 */
export type Window = { from: string; to: string };
/** A period as UTC instants [from, to) and Danish dates [start, end), with its snapshot day. */
export type PeriodBounds = { from: string; to: string; start: string; end: string; asOf: string; asOfEnd: string };

type Cases = ExpressionBuilder<Database, "absence_cases">;
const ofConsultant = (consultantId: string | undefined) => (eb: Cases) =>
  consultantId === undefined ? eb.and([]) : eb("absence_cases.consultant_id", "=", consultantId);
const n = (v: unknown) => Number(v ?? 0);

/** Open cases now, and those of them over 52 weeks (first day of absence on or before `longCutoff`). */
export async function openCaseCounts(db: DB, consultantId: string | undefined, longCutoff: string) {
  const row = await db
    .selectFrom("absence_cases")
    .select((eb) => [
      eb.fn.countAll<number>().as("open"),
      eb.fn.sum<number>(eb.case().when("absence_cases.first_absence_day", "<=", longCutoff).then(1).else(0).end()).as("long"),
    ])
    .where("absence_cases.status", "=", "open")
    .where(ofConsultant(consultantId))
    .executeTakeFirst();
  return { open: n(row?.open), long: n(row?.long) };
}

/** New Fast Track requests per period (requested_at in the period), on the requested_at index. */
export async function requestCounts(db: DB, consultantId: string | undefined, periods: PeriodBounds[], window: Window): Promise<number[]> {
  const row = await db
    .selectFrom("fast_track_requests")
    .innerJoin("absence_cases", "absence_cases.id", "fast_track_requests.case_id")
    .select((eb) =>
      periods.map((p, i) =>
        eb.fn
          .sum<number>(
            eb
              .case()
              .when(eb.and([eb("fast_track_requests.requested_at", ">=", p.from), eb("fast_track_requests.requested_at", "<", p.to)]))
              .then(1)
              .else(0)
              .end(),
          )
          .as(`p${i}`),
      ),
    )
    .where("fast_track_requests.requested_at", ">=", window.from)
    .where("fast_track_requests.requested_at", "<", window.to)
    .where(ofConsultant(consultantId))
    .executeTakeFirst();
  const r = (row ?? {}) as Record<string, unknown>;
  return periods.map((_, i) => n(r[`p${i}`]));
}

/**
 * The window's Fast Track requests (not declined or expired: then the normal follow-up applies) with the
 * start of their earliest held first conversation, for the 14-day share and the median.
 */
export async function firstConversationRows(db: DB, consultantId: string | undefined, window: Window) {
  return db
    .selectFrom("fast_track_requests")
    .innerJoin("absence_cases", "absence_cases.id", "fast_track_requests.case_id")
    .select((eb) => [
      "fast_track_requests.requested_at",
      "fast_track_requests.first_conversation_due",
      eb
        .selectFrom("meetings")
        .select((m) => m.fn.min("meetings.starts_at").as("held_start"))
        .whereRef("meetings.case_id", "=", "fast_track_requests.case_id")
        .where("meetings.kind", "=", "first_conversation")
        .where("meetings.status", "=", "held")
        .as("held_start"),
    ])
    .where("fast_track_requests.requested_at", ">=", window.from)
    .where("fast_track_requests.requested_at", "<", window.to)
    .where("fast_track_requests.consent_status", "not in", ["declined", "expired"])
    .where(ofConsultant(consultantId))
    .orderBy("fast_track_requests.requested_at")
    .execute();
}

/** Held first conversations per period (by when they took place), and those with the employer present. */
export async function firstHeldCounts(db: DB, consultantId: string | undefined, periods: PeriodBounds[], window: Window) {
  const row = await db
    .selectFrom("meetings")
    .innerJoin("absence_cases", "absence_cases.id", "meetings.case_id")
    .select((eb) =>
      periods.flatMap((p, i) => {
        const inPeriod = eb.and([eb("meetings.starts_at", ">=", p.from), eb("meetings.starts_at", "<", p.to)]);
        return [
          eb.fn.sum<number>(eb.case().when(inPeriod).then(1).else(0).end()).as(`h${i}`),
          eb.fn
            .sum<number>(
              eb
                .case()
                .when(eb.and([inPeriod, eb("meetings.employer_present", "=", 1)]))
                .then(1)
                .else(0)
                .end(),
            )
            .as(`e${i}`),
        ];
      }),
    )
    .where("meetings.kind", "=", "first_conversation")
    .where("meetings.status", "=", "held")
    .where("meetings.starts_at", ">=", window.from)
    .where("meetings.starts_at", "<", window.to)
    .where(ofConsultant(consultantId))
    .executeTakeFirst();
  const r = (row ?? {}) as Record<string, unknown>;
  return periods.map((_, i) => ({ held: n(r[`h${i}`]), employerPresent: n(r[`e${i}`]) }));
}

/**
 * Partial return per period: cases open at the end of the snapshot day (created before its end, not
 * closed on or before it) and those closed in the period. Reads the open cases and the cases closed
 * since the window's first day (the status/closed_on index), once.
 */
export async function partialReturnCounts(db: DB, consultantId: string | undefined, periods: PeriodBounds[], windowStart: string) {
  const row = await db
    .selectFrom("absence_cases")
    .select((eb) =>
      periods.flatMap((p, i) => {
        const openAtEnd = eb.and([
          eb("absence_cases.created_at", "<", p.asOfEnd),
          eb.or([eb("absence_cases.closed_on", "is", null), eb("absence_cases.closed_on", ">", p.asOf)]),
        ]);
        const closedIn = eb.and([
          eb("absence_cases.status", "=", "closed"),
          eb("absence_cases.closed_on", ">=", p.start),
          eb("absence_cases.closed_on", "<", p.end),
        ]);
        const sum = (cond: ReturnType<typeof eb.and>, alias: string) => eb.fn.sum<number>(eb.case().when(cond).then(1).else(0).end()).as(alias);
        return [
          sum(openAtEnd, `o${i}`),
          sum(eb.and([openAtEnd, eb("absence_cases.absence_type", "=", "partial")]), `op${i}`),
          sum(closedIn, `c${i}`),
          sum(eb.and([closedIn, eb("absence_cases.outcome", "=", "partial_return")]), `cp${i}`),
        ];
      }),
    )
    .where((eb) =>
      eb.or([eb("absence_cases.status", "=", "open"), eb.and([eb("absence_cases.status", "=", "closed"), eb("absence_cases.closed_on", ">=", windowStart)])]),
    )
    .where(ofConsultant(consultantId))
    .executeTakeFirst();
  const r = (row ?? {}) as Record<string, unknown>;
  return periods.map((_, i) => ({ openAtEnd: n(r[`o${i}`]), openPartial: n(r[`op${i}`]), closedInPeriod: n(r[`c${i}`]), closedPartialReturn: n(r[`cp${i}`]) }));
}

/** Cases closed in the window (closed_on), in the order of the status/closed_on index. */
export async function closedCaseRows(db: DB, consultantId: string | undefined, windowStart: string, windowEnd: string) {
  return db
    .selectFrom("absence_cases")
    .select(["absence_cases.first_absence_day", "absence_cases.closed_on", "absence_cases.outcome"])
    .where("absence_cases.status", "=", "closed")
    .where("absence_cases.closed_on", ">=", windowStart)
    .where("absence_cases.closed_on", "<", windowEnd)
    .where(ofConsultant(consultantId))
    .orderBy("absence_cases.closed_on")
    .execute();
}
