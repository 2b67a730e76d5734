import { median } from "./inquiryReport";
import { cell } from "./reportCsv";
import type { CaseOutcome } from "~db/schema";
import { addDays, daysBetween } from "~/utils/dates";

/**
 * The team's figures (issue 13, part 5): pure math over rows the model selected. Periods are Danish
 * calendar months or quarters; their boundaries are Danish midnights (the service turns them into UTC
 * instants with `copenhagenToUtc`), so a request at 23:30 UTC on 31 January counts in February.
 */
export type PeriodKind = "month" | "quarter";

export type Period = {
  /** "2026-11" or "2026-Q4" */
  key: string;
  kind: PeriodKind;
  /** First day (YYYY-MM-DD), inclusive. */
  start: string;
  /** First day of the next period, exclusive. */
  end: string;
  /** The day the period's snapshot is taken: its last day, or today for the current period. */
  asOf: string;
};

export const PERIOD_COUNT: Record<PeriodKind, number> = { month: 12, quarter: 8 };

/** The target for the share in partial return (Slagelse's local target, not law). */
export const PARTIAL_RETURN_TARGET = 0.25;

/** 52 weeks: an absence on its 365th day or later (the first day of absence is day 1). */
export const LONG_CASE_DAYS = 52 * 7;

export const outcomes: CaseOutcome[] = ["returned_full", "partial_return", "other_job_same_company", "left_company", "other"];

function periodStart(date: string, kind: PeriodKind): string {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  const first = kind === "month" ? month : Math.floor((month - 1) / 3) * 3 + 1;
  return `${year}-${String(first).padStart(2, "0")}-01`;
}

function nextStart(start: string, kind: PeriodKind): string {
  const year = Number(start.slice(0, 4));
  const month = Number(start.slice(5, 7)) + (kind === "month" ? 1 : 3);
  return month > 12 ? `${year + 1}-${String(month - 12).padStart(2, "0")}-01` : `${year}-${String(month).padStart(2, "0")}-01`;
}

function previousStart(start: string, kind: PeriodKind): string {
  const year = Number(start.slice(0, 4));
  const month = Number(start.slice(5, 7)) - (kind === "month" ? 1 : 3);
  return month < 1 ? `${year - 1}-${String(month + 12).padStart(2, "0")}-01` : `${year}-${String(month).padStart(2, "0")}-01`;
}

function keyOf(start: string, kind: PeriodKind): string {
  return kind === "month" ? start.slice(0, 7) : `${start.slice(0, 4)}-Q${Math.floor((Number(start.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The `count` periods up to and including the one `today` (a Danish date) falls in, oldest first. */
export function periodsUpTo(today: string, kind: PeriodKind, count = PERIOD_COUNT[kind]): Period[] {
  const starts = [periodStart(today, kind)];
  while (starts.length < count) starts.unshift(previousStart(starts[0], kind));
  return starts.map((start) => {
    const end = nextStart(start, kind);
    const last = addDays(end, -1);
    return { key: keyOf(start, kind), kind, start, end, asOf: last < today ? last : today };
  });
}

/** a / b, or null when nothing can be judged. */
export const share = (a: number, b: number): number | null => (b ? a / b : null);

/** One Fast Track request with its first conversation, as the 14-day figures need it. */
export type FirstConversationRow = {
  /** Danish date of the request. */
  requestedOn: string;
  /** YYYY-MM-DD: request + 14 days (fast_track_requests.first_conversation_due). */
  due: string;
  /** Danish date the earliest held first conversation took place (its start), or null. */
  heldOn: string | null;
};

export type FirstConversationFigures = {
  /** Held, or not held with the 14th day passed: the ones the 14-day rule can be judged on. */
  judged: number;
  withinDue: number;
  shareWithinDue: number | null;
  /** Days from the request's date to the conversation's date, over those held. */
  medianDays: number | null;
};

export function firstConversationFigures(rows: FirstConversationRow[], today: string): FirstConversationFigures {
  const held = rows.filter((r) => r.heldOn !== null);
  const judged = held.length + rows.filter((r) => r.heldOn === null && r.due < today).length;
  const withinDue = held.filter((r) => r.heldOn! <= r.due).length;
  return {
    judged,
    withinDue,
    shareWithinDue: share(withinDue, judged),
    medianDays: median(held.map((r) => daysBetween(r.requestedOn, r.heldOn!))),
  };
}

/** A closed case, as the outcome and length figures need it. */
export type ClosedCaseRow = { firstAbsenceDay: string; closedOn: string; outcome: CaseOutcome | null };

export type ClosedFigures = {
  closed: number;
  byOutcome: Record<CaseOutcome, number>;
  /** Days from the first day of absence to the day the case ended. */
  medianLengthDays: number | null;
};

export function closedFigures(rows: ClosedCaseRow[]): ClosedFigures {
  const byOutcome = Object.fromEntries(outcomes.map((o) => [o, 0])) as Record<CaseOutcome, number>;
  for (const r of rows) if (r.outcome && r.outcome in byOutcome) byOutcome[r.outcome]++;
  return { closed: rows.length, byOutcome, medianLengthDays: median(rows.map((r) => daysBetween(r.firstAbsenceDay, r.closedOn))) };
}

/**
 * Share in partial return for a period: of the cases open at the end of the period's snapshot day and
 * those closed during the period, the ones whose absence is partial (open) or that closed as "partial
 * return continuing".
 */
export type PartialReturnCounts = { openAtEnd: number; openPartial: number; closedInPeriod: number; closedPartialReturn: number };
export function partialReturnShare(c: PartialReturnCounts): { inPartial: number; base: number; share: number | null } {
  const inPartial = c.openPartial + c.closedPartialReturn;
  const base = c.openAtEnd + c.closedInPeriod;
  return { inPartial, base, share: share(inPartial, base) };
}

/** The latest first day of absence that makes a case "over 52 weeks" today. */
export function longCaseCutoff(today: string): string {
  return addDays(today, -LONG_CASE_DAYS);
}

export type PeriodFigures = {
  period: Period;
  newRequests: number;
  firstConversation: FirstConversationFigures;
  /** Held first conversations that took place in the period, and those with the employer present. */
  firstHeld: number;
  employerPresent: number;
  shareEmployerPresent: number | null;
  partialReturn: ReturnType<typeof partialReturnShare>;
  closed: ClosedFigures;
};

export type TeamFigures = {
  kind: PeriodKind;
  today: string;
  openNow: number;
  over52WeeksNow: number;
  periods: PeriodFigures[];
};

const pct = (s: number | null) => (s === null ? null : s * 100);

/**
 * CSV for Danish spreadsheets, as the response report's: semicolons, decimal commas, UTF-8 with BOM.
 * One row per period for each set of figures given (the team's "Alle", then each consultant's).
 */
export function teamFiguresCsv(sets: { consultant: string; figures: TeamFigures }[]): string {
  const header = [
    "periode",
    "fra",
    "til",
    "konsulent",
    "aabne_sager_nu",
    "sager_over_52_uger_nu",
    "nye_fast_track",
    "foerste_samtale_vurderet",
    "foerste_samtale_inden_14_dage",
    "andel_inden_14_dage_pct",
    "median_dage_til_foerste_samtale",
    "foerste_samtaler_holdt",
    "arbejdsgiver_deltog",
    "andel_arbejdsgiver_deltog_pct",
    "delvis_tilbage",
    "grundlag_delvis",
    "andel_delvis_pct",
    "lukkede_sager",
    ...outcomes.map((o) => `udfald_${o}`),
    "median_sagslaengde_dage",
  ];
  const lines = [header.join(";")];
  const rows = sets.flatMap(({ consultant, figures: f }) => f.periods.map((p) => ({ consultant, f, p })));
  for (const { consultant, f, p } of rows) {
    lines.push(
      [
        p.period.key,
        p.period.start,
        addDays(p.period.end, -1),
        consultant,
        f.openNow,
        f.over52WeeksNow,
        p.newRequests,
        p.firstConversation.judged,
        p.firstConversation.withinDue,
        pct(p.firstConversation.shareWithinDue),
        p.firstConversation.medianDays,
        p.firstHeld,
        p.employerPresent,
        pct(p.shareEmployerPresent),
        p.partialReturn.inPartial,
        p.partialReturn.base,
        pct(p.partialReturn.share),
        p.closed.closed,
        ...outcomes.map((o) => p.closed.byOutcome[o]),
        p.closed.medianLengthDays,
      ]
        .map(cell)
        .join(";"),
    );
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
