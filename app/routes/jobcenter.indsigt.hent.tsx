import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireStaff } from "~/services/auth.server";
import { exportForPerson, exportPdf } from "~/services/accessRequest.server";
import { accessExportQuery } from "~/schemas/jobcenter.server";

/** A person's data (art. 15) for a consultant, by the keyed CPR hash from the look-up page; audited. */
export async function loader({ request }: LoaderFunctionArgs) {
  const staff = await requireStaff(request);
  const parsed = accessExportQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return new Response("Ugyldig forespørgsel", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const data = await exportForPerson(staff, parsed.data.person, parsed.data.format);
  return parsed.data.format === "json"
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
