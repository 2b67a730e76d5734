import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireStaff } from "~/services/auth.server";
import { inquiryReportNow } from "~/services/report.server";
import { reportCsv } from "~/domain/reportCsv";

/** The report's figures as CSV for Danish spreadsheets: semicolons, decimal commas, UTF-8 with BOM. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request, ["team_lead"]);
  const report = await inquiryReportNow();
  return new Response(reportCsv(report), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="fasthold-svartider-${report.weeks.at(-1)?.weekStart ?? "rapport"}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
