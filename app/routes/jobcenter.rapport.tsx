import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ShareChart } from "~/components/chart";
import { DateTime } from "~/components/time";
import { requireStaff } from "~/services/auth.server";
import { inquiryReportNow } from "~/services/report.server";
import { formatDuration } from "~/utils/dates";
import { useT } from "~/utils/i18n";

export const meta: MetaFunction = () => [{ title: "Rapport: svar inden for 24 timer – Fasthold" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request, ["team_lead"]);
  return json({ report: await inquiryReportNow() });
}

export default function Report() {
  const { t, lang } = useT();
  const { report } = useLoaderData<typeof loader>();
  const pct = (share: number | null) => (share === null ? "–" : `${Math.round(share * 100)} %`);
  const dur = (ms: number | null) => (ms === null ? "–" : formatDuration(ms, lang));
  const weekLabel = (w: { week: number }) => t("report.week", { week: w.week });
  const rows = [...report.weeks].reverse();
  return (
    <>
      <h1>{t("report.title")}</h1>
      <p className="lead">{t("report.lead")}</p>
      <p>
        <a href="/jobcenter/rapport.csv" className="button button--secondary" download>
          {t("report.csv")}
        </a>
      </p>

      <dl className="kpis">
        <div className="kpi">
          <dt>{t("report.kpi.received")}</dt>
          <dd data-testid="kpi-received">{report.total.received}</dd>
        </div>
        <div className="kpi">
          <dt>{t("report.kpi.share")}</dt>
          <dd data-testid="kpi-share">{pct(report.total.shareInTime)}</dd>
        </div>
        <div className="kpi">
          <dt>{t("report.kpi.median")}</dt>
          <dd>{dur(report.total.medianMs)}</dd>
        </div>
        <div className="kpi">
          <dt>{t("report.kpi.p90")}</dt>
          <dd>{dur(report.total.p90Ms)}</dd>
        </div>
        <div className="kpi">
          <dt>{t("report.kpi.overdue")}</dt>
          <dd data-testid="kpi-overdue">{report.overdue.length}</dd>
        </div>
      </dl>

      <h2>{t("report.chart.title")}</h2>
      <ShareChart
        title={t("report.chart.title")}
        description={t("report.chart.desc")}
        points={report.weeks.map((w) => ({ label: weekLabel(w), share: w.shareInTime, judged: w.judged }))}
      />

      <h2>{t("report.weeks")}</h2>
      <div className="table-wrap">
        <table data-testid="report-weeks">
          <caption className="visually-hidden">{t("report.weeks")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("report.col.week")}</th>
              <th scope="col">{t("report.col.received")}</th>
              <th scope="col">{t("report.col.inTime")}</th>
              <th scope="col">{t("report.col.share")}</th>
              <th scope="col">{t("report.col.median")}</th>
              <th scope="col">{t("report.col.p90")}</th>
              <th scope="col">{t("report.col.overdue")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((w) => (
              <tr key={w.weekStart}>
                <th scope="row">{weekLabel(w)}</th>
                <td>{w.received}</td>
                <td>
                  {w.answeredInTime} / {w.judged}
                </td>
                <td>{pct(w.shareInTime)}</td>
                <td>{dur(w.medianMs)}</td>
                <td>{dur(w.p90Ms)}</td>
                <td>{w.overdueNow}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>{t("report.consultants")}</h2>
      <div className="table-wrap">
        <table data-testid="report-consultants">
          <caption className="visually-hidden">{t("report.consultants")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("report.col.week")}</th>
              <th scope="col">{t("report.col.consultant")}</th>
              <th scope="col">{t("report.col.received")}</th>
              <th scope="col">{t("report.col.inTime")}</th>
              <th scope="col">{t("report.col.share")}</th>
              <th scope="col">{t("report.col.median")}</th>
              <th scope="col">{t("report.col.p90")}</th>
              <th scope="col">{t("report.col.overdue")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.flatMap((w) =>
              w.byConsultant.map((c) => (
                <tr key={`${w.weekStart}-${c.consultantId ?? "none"}`}>
                  <td>{weekLabel(w)}</td>
                  <th scope="row">{c.consultantName ?? t("inbox.unassigned")}</th>
                  <td>{c.received}</td>
                  <td>
                    {c.answeredInTime} / {c.judged}
                  </td>
                  <td>{pct(c.shareInTime)}</td>
                  <td>{dur(c.medianMs)}</td>
                  <td>{dur(c.p90Ms)}</td>
                  <td>{c.overdueNow}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>

      <h2>{t("report.overdueNow", { count: report.overdue.length })}</h2>
      {report.overdue.length === 0 ? (
        <p>{t("report.noOverdue")}</p>
      ) : (
        <ul className="plain-list">
          {report.overdue.map((o) => (
            <li key={o.id}>
              <Link to={`/jobcenter/henvendelser/${o.id}`}>{o.subject}</Link> – {o.company_name} ·{" "}
              {t("deadline.overdue", { duration: formatDuration(o.overdueMs, lang) })} · {t("inquiry.answerBy")} <DateTime iso={o.due_at} /> ·{" "}
              {o.consultant_name ?? t("inbox.unassigned")}
            </li>
          ))}
        </ul>
      )}
      <p className="hint">{t("report.method")}</p>
    </>
  );
}
