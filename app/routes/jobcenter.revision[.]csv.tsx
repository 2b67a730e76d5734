import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireStaff } from "~/services/auth.server";
import { auditCsv } from "~/services/auditReview.server";
import { auditQuerySchema } from "~/schemas/jobcenter.server";

/** The audit page's entries, with the same filters, as CSV (the export is itself audited). */
export async function loader({ request }: LoaderFunctionArgs) {
  const lead = await requireStaff(request, ["team_lead"]);
  const parsed = auditQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return new Response("Ugyldigt filter", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const csv = await auditCsv(lead, parsed.data);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="fasthold-revisionslog.csv"',
      "Cache-Control": "no-store",
    },
  });
}
