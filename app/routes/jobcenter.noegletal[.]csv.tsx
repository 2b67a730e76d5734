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
  const name =
    query.consultantId === undefined
      ? "Alle"
      : viewer.role === "consultant"
        ? viewer.name
        : ((await figuresConsultants(viewer)).find((c) => c.id === query.consultantId)?.name ?? "");
  return new Response(teamFiguresCsv(figures, name), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="fasthold-noegletal-${query.periode}-${figures.today}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
