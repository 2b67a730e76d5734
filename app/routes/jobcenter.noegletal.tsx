import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { ShareChart } from "~/components/chart";
import { ErrorSummary, SelectField } from "~/components/forms";
import { outcomes, PARTIAL_RETURN_TARGET, type Period } from "~/domain/teamFigures";
import { requireStaff } from "~/services/auth.server";
import { figuresConsultants, teamFiguresNow } from "~/services/teamFigures.server";
import { parseFiguresQuery } from "~/services/teamFiguresQuery.server";
import { formatMonth } from "~/utils/dates";
import { getT } from "~/utils/i18n.server";
import { useT, type Translate, type I18nHandle } from "~/utils/i18n";

export const handle: I18nHandle = { i18n: ["figures", "report"] };

export const meta: MetaFunction = () => [{ title: "Nøgletal – Fasthold" }];

/** The team's figures: the team lead sees the team (or one consultant), a consultant their own cases. */
export async function loader({ request }: LoaderFunctionArgs) {
  const viewer = await requireStaff(request);
  const { t } = await getT(request);
  const url = new URL(request.url);
  const query = await parseFiguresQuery(url, viewer, t);
  const consultants = await figuresConsultants(viewer);
  const isLead = viewer.role === "team_lead";
  if (!query.ok) return json({ isLead, consultants, failure: { errors: query.errors, values: query.values }, figures: null, csv: null }, { status: 400 });
  const figures = await teamFiguresNow({ kind: query.kind, consultantId: query.consultantId });
  const csv = `/jobcenter/noegletal.csv?periode=${query.periode}${isLead && query.asked ? `&konsulent=${encodeURIComponent(query.asked)}` : ""}`;
  return json({ isLead, consultants, failure: null, figures, csv, periode: query.periode, konsulent: isLead ? (query.asked ?? "") : "" });
}

const pct = (share: number | null) => (share === null ? "–" : `${Math.round(share * 100)} %`);

function periodLabel(p: Period, t: Translate, lang: "da" | "en") {
  return p.kind === "month" ? formatMonth(p.start, lang) : t("figures.quarter", { q: p.key.slice(-1), year: p.key.slice(0, 4) });
}

export default function TeamFigures() {
  const { t, lang } = useT();
  const data = useLoaderData<typeof loader>();
  const f = data.figures;
  const current = f?.periods.at(-1);
  return (
    <>
      <h1>{t("figures.title")}</h1>
      <p className="lead">{t(data.isLead ? "figures.lead" : "figures.leadOwn")}</p>

      <Form method="get" className="inline-controls" aria-label={t("figures.filter")}>
        <ErrorSummary failure={data.failure} labels={{ periode: t("figures.period"), konsulent: t("figures.consultant") }} />
        <SelectField
          name="periode"
          label={t("figures.period")}
          failure={data.failure}
          value={"periode" in data ? data.periode : "maaned"}
          options={[
            { value: "maaned", label: t("figures.period.month") },
            { value: "kvartal", label: t("figures.period.quarter") },
          ]}
        />
        {data.isLead ? (
          <SelectField
            name="konsulent"
            label={t("figures.consultant")}
            failure={data.failure}
            value={"konsulent" in data ? data.konsulent : ""}
            options={[{ value: "", label: t("figures.consultant.all") }, ...data.consultants.map((c) => ({ value: c.id, label: c.name }))]}
          />
        ) : null}
        <button type="submit" className="button button-secondary">
          {t("figures.show")}
        </button>
      </Form>

      {f && current ? (
        <>
          <p>
            <a href={data.csv!} className="button button-secondary" download data-testid="figures-csv">
              {t("figures.csv")}
            </a>
          </p>
          <dl className="kpis">
            <div className="kpi">
              <dt>{t("figures.kpi.openNow")}</dt>
              <dd data-testid="kpi-open">{f.openNow}</dd>
            </div>
            <div className="kpi">
              <dt>{t("figures.kpi.over52")}</dt>
              <dd data-testid="kpi-over52">{f.over52WeeksNow}</dd>
            </div>
            <div className="kpi">
              <dt>{t("figures.kpi.partial")}</dt>
              <dd data-testid="kpi-partial">{pct(current.partialReturn.share)}</dd>
            </div>
            <div className="kpi">
              <dt>{t("figures.kpi.within14")}</dt>
              <dd data-testid="kpi-within14">{pct(current.firstConversation.shareWithinDue)}</dd>
            </div>
          </dl>

          <h2>{t("figures.chart.partial")}</h2>
          <ShareChart
            id="chart-partial"
            title={t("figures.chart.partial")}
            description={t("figures.chart.partialDesc")}
            axis={t("figures.chart.axis")}
            target={{ share: PARTIAL_RETURN_TARGET, label: t("figures.chart.target", { pct: Math.round(PARTIAL_RETURN_TARGET * 100) }) }}
            points={f.periods.map((p) => ({ label: p.period.key, share: p.partialReturn.share, judged: p.partialReturn.base }))}
          />
          <h2>{t("figures.chart.within14")}</h2>
          <ShareChart
            id="chart-within14"
            title={t("figures.chart.within14")}
            description={t("figures.chart.within14Desc")}
            axis={t("figures.chart.axis")}
            points={f.periods.map((p) => ({ label: p.period.key, share: p.firstConversation.shareWithinDue, judged: p.firstConversation.judged }))}
          />

          <h2>{t("figures.table")}</h2>
          <table className="table table--responsive-headers" data-testid="figures-table">
            <caption className="visually-hidden">{t("figures.table")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("figures.col.period")}</th>
                <th scope="col">{t("figures.col.requests")}</th>
                <th scope="col">{t("figures.col.within14")}</th>
                <th scope="col">{t("figures.col.medianDays")}</th>
                <th scope="col">{t("figures.col.employer")}</th>
                <th scope="col">{t("figures.col.partial")}</th>
                <th scope="col">{t("figures.col.closed")}</th>
                <th scope="col">{t("figures.col.outcomes")}</th>
                <th scope="col">{t("figures.col.medianLength")}</th>
              </tr>
            </thead>
            <tbody>
              {[...f.periods].reverse().map((p) => (
                <tr key={p.period.key} data-testid={`figures-row-${p.period.key}`}>
                  <td data-title={t("figures.col.period")}>
                    <strong>{periodLabel(p.period, t, lang)}</strong>
                  </td>
                  <td data-title={t("figures.col.requests")} data-testid="col-requests">
                    {p.newRequests}
                  </td>
                  <td data-title={t("figures.col.within14")} data-testid="col-within14">
                    {p.firstConversation.withinDue} / {p.firstConversation.judged} ({pct(p.firstConversation.shareWithinDue)})
                  </td>
                  <td data-title={t("figures.col.medianDays")} data-testid="col-median-days">
                    {p.firstConversation.medianDays === null ? "–" : t("figures.days", { days: p.firstConversation.medianDays })}
                  </td>
                  <td data-title={t("figures.col.employer")} data-testid="col-employer">
                    {p.employerPresent} / {p.firstHeld} ({pct(p.shareEmployerPresent)})
                  </td>
                  <td data-title={t("figures.col.partial")} data-testid="col-partial">
                    {p.partialReturn.inPartial} / {p.partialReturn.base} ({pct(p.partialReturn.share)})
                  </td>
                  <td data-title={t("figures.col.closed")} data-testid="col-closed">
                    {p.closed.closed}
                  </td>
                  <td data-title={t("figures.col.outcomes")}>
                    {p.closed.closed === 0 ? (
                      "–"
                    ) : (
                      <ul className="plain-list">
                        {outcomes
                          .filter((o) => p.closed.byOutcome[o] > 0)
                          .map((o) => (
                            <li key={o}>
                              {t(`figures.outcome.${o}`)}: {p.closed.byOutcome[o]}
                            </li>
                          ))}
                      </ul>
                    )}
                  </td>
                  <td data-title={t("figures.col.medianLength")} data-testid="col-median-length">
                    {p.closed.medianLengthDays === null ? "–" : t("figures.days", { days: p.closed.medianLengthDays })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}

      <h2>{t("figures.definitions")}</h2>
      <ul data-testid="figures-definitions">
        {(["periods", "scope", "openNow", "over52", "requests", "within14", "employer", "partial", "closed", "length"] as const).map((k) => (
          <li key={k}>{t(`figures.def.${k}`)}</li>
        ))}
      </ul>
    </>
  );
}
