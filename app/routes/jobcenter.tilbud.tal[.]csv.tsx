import type { LoaderFunctionArgs } from "@remix-run/node";
import { serviceFiguresCsv } from "~/domain/serviceForm";
import { requireStaff } from "~/services/auth.server";
import { serviceFigures } from "~/services/catalogue.server";

/** The service figures as CSV for Danish spreadsheets: semicolons, decimal commas, UTF-8 with BOM. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request, ["team_lead"]);
  return new Response(serviceFiguresCsv(await serviceFigures("da")), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="fasthold-tilbud.csv"',
      "Cache-Control": "no-store",
    },
  });
}
