import { addDays, copenhagenDate, copenhagenToUtc, isoWeek, weekStart } from "~/utils/dates";

/** One inquiry, as the report needs it. */
export type ReportRow = {
  id: string;
  received_at: string;
  due_at: string;
  first_answered_at: string | null;
  /** Who answered first; for unanswered ones, who holds it. */
  consultant_id: string | null;
  consultant_name: string | null;
};

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

export type OverdueRow = ReportRow & { overdueMs: number };

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
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** The figures of a set of rows: one pass, and one sort of the answer times (a typed array's numeric sort). */
export function figuresOf(rows: ReportRow[], now: string): Figures {
  const times = new Float64Array(rows.length);
  let answered = 0;
  let overdueNow = 0;
  let answeredInTime = 0;
  for (const r of rows) {
    if (r.first_answered_at) {
      times[answered++] = Date.parse(r.first_answered_at) - Date.parse(r.received_at);
      // An answer exactly at the deadline keeps the promise.
      if (r.first_answered_at <= r.due_at) answeredInTime++;
    } else if (r.due_at < now) overdueNow++;
  }
  const sorted = times.subarray(0, answered).sort();
  const judged = answered + overdueNow;
  return {
    received: rows.length,
    judged,
    answeredInTime,
    shareInTime: judged ? answeredInTime / judged : null,
    medianMs: median(sorted),
    p90Ms: percentile(sorted, 90),
    overdueNow,
  };
}

/**
 * The 24-hour promise, per week (Monday to Sunday, Danish time) and per
 * consultant, for the `weeks` weeks up to and including the week of `now`.
 */
export function buildInquiryReport(rows: ReportRow[], now: string, weeks = 12): InquiryReport {
  const thisWeek = weekStart(copenhagenDate(new Date(now)));
  const starts = Array.from({ length: weeks }, (_, i) => addDays(thisWeek, -7 * (weeks - 1 - i)));
  // Danish time is converted once per week boundary, not once per row: a row's week is found by
  // comparing its UTC ISO string with the boundaries' (ISO strings of one format sort as instants).
  const bounds = [...starts, addDays(thisWeek, 7)].map((d) => copenhagenToUtc(d).toISOString());
  const weekIndex = (receivedAt: string): number => {
    if (receivedAt < bounds[0] || receivedAt >= bounds[weeks]) return -1;
    let i = 0;
    while (receivedAt >= bounds[i + 1]) i++;
    return i;
  };
  const byWeek: ReportRow[][] = starts.map(() => []);
  const inPeriod: ReportRow[] = [];
  for (const row of rows) {
    const i = weekIndex(row.received_at);
    if (i < 0) continue;
    byWeek[i].push(row);
    inPeriod.push(row);
  }

  const weekFigures = starts.map((start, w) => {
    const inWeek = byWeek[w];
    const consultants = new Map<string | null, ReportRow[]>();
    for (const r of inWeek) {
      const list = consultants.get(r.consultant_id);
      if (list) list.push(r);
      else consultants.set(r.consultant_id, [r]);
    }
    const byConsultant = [...consultants.entries()]
      .map(([consultantId, list]) => ({ consultantId, consultantName: list[0].consultant_name, ...figuresOf(list, now) }))
      .sort((a, b) => (a.consultantName ?? "\uffff").localeCompare(b.consultantName ?? "\uffff", "da"));
    return { weekStart: start, ...isoWeek(start), ...figuresOf(inWeek, now), byConsultant };
  });

  const overdue = rows
    .filter((r) => !r.first_answered_at && r.due_at < now)
    .map((r) => ({ ...r, overdueMs: Date.parse(now) - Date.parse(r.due_at) }))
    .sort((a, b) => b.overdueMs - a.overdueMs);
  return { weeks: weekFigures, total: figuresOf(inPeriod, now), overdue: overdue.slice(0, OVERDUE_SHOWN), overdueCount: overdue.length };
}
