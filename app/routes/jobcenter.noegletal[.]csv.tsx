import type { LoaderFunctionArgs } from "@remix-run/node";
import { teamFiguresCsv } from "~/domain/teamFigures";
import { requireStaff } from "~/services/auth.server";
import { figuresConsultants, teamFiguresNow } from "~/services/teamFigures.server";
import { parseFiguresQuery } from "~/services/teamFiguresQuery.server";
import { getT } from "~/utils/i18n.server";

/** The team's figures as CSV for Danish spreadsheets: semicolons, decimal commas, UTF-8 with BOM. */
export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireStaff(request);
  const { t } = await getT(request);
  const query = await parseFiguresQuery(new URL(request.url), viewer, t);
  if (!query.ok) return new Response(Object.values(query.errors).join("\n"), { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const figures = await teamFiguresNow({ kind: query.kind, consultantId: query.consultantId });
  const consultants = await figuresConsultants(viewer);
  const sets =
    query.consultantId === undefined
      ? // The team lead's whole team: "Alle", then each consultant, as the response report's CSV.
        [
          { consultant: "Alle", figures },
          ...(await Promise.all(
            consultants.map(async (c) => ({ consultant: c.name, figures: await teamFiguresNow({ kind: query.kind, consultantId: c.id }) })),
          )),
        ]
      : [{ consultant: viewer.role === "consultant" ? viewer.name : (consultants.find((c) => c.id === query.consultantId)?.name ?? ""), figures }];
  return new Response(teamFiguresCsv(sets), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="fasthold-noegletal-${query.periode}-${figures.today}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
