import { db } from "~db/index";
import { buildInquiryReport } from "~/domain/inquiryReport";
import { loadReportRows, overdueDetails } from "~/models/inquiryReport.server";
import { now } from "~/utils/clock";
import { addDays, copenhagenDate, copenhagenToUtc, weekStart } from "~/utils/dates";

export const REPORT_WEEKS = 12;

/** The team lead's report on the 24-hour promise, as of now. */
export async function inquiryReportNow() {
  const at = now();
  const firstWeek = addDays(weekStart(copenhagenDate(at)), -7 * (REPORT_WEEKS - 1));
  const rows = await loadReportRows(db, copenhagenToUtc(firstWeek).toISOString());
  const report = buildInquiryReport(rows, at.toISOString(), REPORT_WEEKS);
  const details = await overdueDetails(
    db,
    report.overdue.map((o) => o.id),
  );
  return { ...report, overdue: report.overdue.map((o) => ({ ...o, subject: "", company_name: "", ...details.get(o.id) })) };
}
