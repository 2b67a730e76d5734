import { addDays, copenhagenDate, copenhagenToUtc, isoWeek, weekStart } from "~/utils/dates";

/** One overdue inquiry the report lists by name. */
export type OverdueRow = {
  id: string;
  received_at: string;
  due_at: string;
  /** Who holds it (unanswered). */
  consultant_id: string | null;
  consultant_name: string | null;
  overdueMs: number;
};

/** The counts of one (week, consultant) group, as one SQL aggregate gives them. */
export type GroupCounts = {
  /** Index of the week in the report (0 = the oldest). */
  week: number;
  /** Who answered first; for unanswered ones, who holds it. */
  consultantId: string | null;
  received: number;
  answered: number;
  answeredInTime: number;
  /** Unanswered with the deadline passed, as of now. */
  overdueNow: number;
};

/** Median and 90th percentile of the time to first answer, over the answered ones of a group. */
export type Quantiles = { medianMs: number | null; p90Ms: number | null };

export type Figures = {
  /** Inquiries received in the period. */
  received: number;
  /** Answered, or unanswered with the deadline passed: the ones the promise can be judged on. */
  judged: number;
  answeredInTime: number;
  /** answeredInTime / judged; null when nothing can be judged yet. */
  shareInTime: number | null;
  /** Time to first answer, over the answered ones. */
  medianMs: number | null;
  p90Ms: number | null;
  /** Unanswered with the deadline passed, as of now. */
  overdueNow: number;
};

export type ConsultantFigures = Figures & { consultantId: string | null; consultantName: string | null };
export type WeekFigures = Figures & { weekStart: string; year: number; week: number; byConsultant: ConsultantFigures[] };

export type InquiryReport = {
  weeks: WeekFigures[];
  total: Figures;
  /** The most overdue first, at most OVERDUE_SHOWN of them; `overdueCount` counts them all. */
  overdue: OverdueRow[];
  overdueCount: number;
};

/** A page shows the 100 most overdue; the desk's open view lists them all. */
export const OVERDUE_SHOWN = 100;

/** Median: the middle value, or the mean of the two middle values. */
export function median(values: number[] | Float64Array): number | null {
  if (values.length === 0) return null;
  const sorted = values instanceof Float64Array ? values : Float64Array.from(values).sort();
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Nearest-rank percentile: the smallest value with at least p % of the values at or below it. */
export function percentile(values: number[] | Float64Array, p: number): number | null {
  if (values.length === 0) return null;
  const sorted = values instanceof Float64Array ? values : Float64Array.from(values).sort();
  // (p × n) / 100 rather than (p / 100) × n: 0.9 × 70 is 63.000…01 in floating point.
  return sorted[Math.max(0, Math.ceil((p * sorted.length) / 100) - 1)];
}

/** The 1-based ranks a median (the one or two middle values) and a nearest-rank p90 read, of n sorted values. */
export function quantileRanks(n: number): { lowMiddle: number; highMiddle: number; p90: number } {
  // Integer arithmetic, the same as the SQL that picks these rows: ceil(9n / 10) = floor((9n + 9) / 10).
  return { lowMiddle: Math.floor((n + 1) / 2), highMiddle: Math.floor(n / 2) + 1, p90: Math.floor((9 * n + 9) / 10) };
}

/** The report's weeks (Monday to Sunday, Danish time) up to and including the week of `now`, and their bounds as UTC ISO instants. */
export function reportWeeks(now: string, weeks: number): { starts: string[]; bounds: string[] } {
  const thisWeek = weekStart(copenhagenDate(new Date(now)));
  const starts = Array.from({ length: weeks }, (_, i) => addDays(thisWeek, -7 * (weeks - 1 - i)));
  // Danish time is converted once per week boundary, never per row.
  const bounds = [...starts, addDays(thisWeek, 7)].map((d) => copenhagenToUtc(d).toISOString());
  return { starts, bounds };
}

const noQuantiles: Quantiles = { medianMs: null, p90Ms: null };

/** A group's figures from its counts and quantiles. */
export function figuresOf(counts: Omit<GroupCounts, "week" | "consultantId">, quantiles: Quantiles = noQuantiles): Figures {
  const judged = counts.answered + counts.overdueNow;
  return {
    received: counts.received,
    judged,
    answeredInTime: counts.answeredInTime,
    shareInTime: judged ? counts.answeredInTime / judged : null,
    medianMs: quantiles.medianMs,
    p90Ms: quantiles.p90Ms,
    overdueNow: counts.overdueNow,
  };
}

function sum(groups: GroupCounts[]): Omit<GroupCounts, "week" | "consultantId"> {
  const total = { received: 0, answered: 0, answeredInTime: 0, overdueNow: 0 };
  for (const g of groups) {
    total.received += g.received;
    total.answered += g.answered;
    total.answeredInTime += g.answeredInTime;
    total.overdueNow += g.overdueNow;
  }
  return total;
}

/** Map key of a (week, consultant) group. */
export const groupKey = (week: number, consultantId: string | null) => `${week}:${consultantId ?? ""}`;

/**
 * The 24-hour promise, per week and per consultant, assembled from the SQL aggregates: the counts
 * of each (week, consultant) group and the quantiles per group, per week and for the whole period.
 */
export function buildInquiryReport(input: {
  starts: string[];
  groups: GroupCounts[];
  names: Map<string, string>;
  quantiles: { byGroup: Map<string, Quantiles>; byWeek: Map<number, Quantiles>; total: Quantiles };
  overdue: OverdueRow[];
  overdueCount: number;
}): InquiryReport {
  const { starts, groups, names, quantiles } = input;
  const weeks = starts.map((start, w) => {
    const inWeek = groups.filter((g) => g.week === w);
    const byConsultant = inWeek
      .map((g) => ({
        consultantId: g.consultantId,
        consultantName: g.consultantId ? (names.get(g.consultantId) ?? null) : null,
        ...figuresOf(g, quantiles.byGroup.get(groupKey(w, g.consultantId))),
      }))
      .sort((a, b) => (a.consultantName ?? "\uffff").localeCompare(b.consultantName ?? "\uffff", "da"));
    return { weekStart: start, ...isoWeek(start), ...figuresOf(sum(inWeek), quantiles.byWeek.get(w)), byConsultant };
  });
  return { weeks, total: figuresOf(sum(groups), quantiles.total), overdue: input.overdue.slice(0, OVERDUE_SHOWN), overdueCount: input.overdueCount };
}
