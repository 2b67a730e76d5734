import type { LoaderFunctionArgs } from "@remix-run/node";
import { exportForEmployee, exportPdf } from "~/services/accessRequest.server";
import { getEmployee } from "~/services/employeeAccess.server";
import { employeeExportFormat } from "~/schemas/medarbejder.server";

/** The employee's own data (art. 15), from their link's session: their case only, as PDF or JSON. */
export async function loader({ request }: LoaderFunctionArgs) {
  const employee = await getEmployee(request);
  if (!employee) throw new Response("Not Found", { status: 404 });
  const format = employeeExportFormat.parse(new URL(request.url).searchParams.get("format"));
  const data = await exportForEmployee(employee.caseId, format);
  return format === "json"
    ? new Response(JSON.stringify(data, null, 2), {
        headers: {
          "Content-Type": "application/json; charset=utf-8",
          "Content-Disposition": 'attachment; filename="fasthold-indsigt.json"',
          "Cache-Control": "no-store",
        },
      })
    : new Response(new Uint8Array(await exportPdf(data)), {
        headers: { "Content-Type": "application/pdf", "Content-Disposition": 'attachment; filename="fasthold-indsigt.pdf"', "Cache-Control": "no-store" },
      });
}
