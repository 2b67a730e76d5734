import { db } from "~db/index";
import { buildInquiryReport, OVERDUE_SHOWN, reportWeeks } from "~/domain/inquiryReport";
import { consultantNames, overdueDetails, overdueNow, reportGroupCounts, reportQuantiles } from "~/models/inquiryReport.server";
import { now } from "~/utils/clock";

export const REPORT_WEEKS = 12;

/** The team lead's report on the 24-hour promise, as of now. */
export async function inquiryReportNow() {
  const at = now().toISOString();
  const { starts, bounds } = reportWeeks(at, REPORT_WEEKS);
  const [groups, quantiles, overdue] = await Promise.all([reportGroupCounts(db, bounds, at), reportQuantiles(db, bounds), overdueNow(db, at, OVERDUE_SHOWN)]);
  const names = await consultantNames(db, [...new Set(groups.map((g) => g.consultantId).filter((id): id is string => id !== null))]);
  const report = buildInquiryReport({ starts, groups, names, quantiles, overdue: overdue.rows, overdueCount: overdue.count });
  const details = await overdueDetails(
    db,
    report.overdue.map((o) => o.id),
  );
  return { ...report, overdue: report.overdue.map((o) => ({ ...o, subject: "", company_name: "", ...details.get(o.id) })) };
}
