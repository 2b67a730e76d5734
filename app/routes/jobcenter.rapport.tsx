import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { FunctionLink, FunctionLinks } from "~/components/dkfds";
import { ShareChart } from "~/components/chart";
import { DateTime } from "~/components/time";
import { requireStaff } from "~/services/auth.server";
import { inquiryReportNow } from "~/services/report.server";
import { formatDuration, type Lang } from "~/utils/dates";
import { useT, type I18nHandle } from "~/utils/i18n";

export const handle: I18nHandle = { i18n: ["desk.view", "inbox", "inquiry", "report"] };

export const meta: MetaFunction = () => [{ title: "Rapport: svar inden for 24 timer – Fasthold" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request, ["team_lead"]);
  return json({ report: await inquiryReportNow() });
}

const pct = (share: number | null) => (share === null ? "–" : `${Math.round(share * 100)} %`);
const dur = (ms: number | null, lang: Lang) => (ms === null ? "–" : formatDuration(ms, lang));

type Stats = {
  received: number;
  answeredInTime: number;
  judged: number;
  shareInTime: number | null;
  medianMs: number | null;
  p90Ms: number | null;
  overdueNow: number;
};

const statColumns = ["received", "inTime", "share", "median", "p90", "overdue"] as const;

/** The same figures for a week and for a consultant's week. */
function StatHeads() {
  const { t } = useT();
  return (
    <>
      {statColumns.map((c) => (
        <th scope="col" key={c}>
          {t(`report.col.${c}`)}
        </th>
      ))}
    </>
  );
}

function StatCells({ stats: s }: { stats: Stats }) {
  const { t, lang } = useT();
  const title = (c: (typeof statColumns)[number]) => t(`report.col.${c}`);
  return (
    <>
      <td data-title={title("received")}>{s.received}</td>
      <td data-title={title("inTime")}>
        {s.answeredInTime} / {s.judged}
      </td>
      <td data-title={title("share")}>{pct(s.shareInTime)}</td>
      <td data-title={title("median")}>{dur(s.medianMs, lang)}</td>
      <td data-title={title("p90")}>{dur(s.p90Ms, lang)}</td>
      <td data-title={title("overdue")}>{s.overdueNow}</td>
    </>
  );
}

export default function Report() {
  const { t, lang } = useT();
  const { report } = useLoaderData<typeof loader>();
  const weekLabel = (w: { week: number }) => t("report.week", { week: w.week });
  const rows = [...report.weeks].reverse();
  return (
    <>
      <h1>{t("report.title")}</h1>
      <p className="lead">{t("report.lead")}</p>
      <FunctionLinks>
        <FunctionLink href="/jobcenter/rapport.csv" icon="download" download>
          {t("report.csv")}
        </FunctionLink>
      </FunctionLinks>

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
          <dd>{dur(report.total.medianMs, lang)}</dd>
        </div>
        <div className="kpi">
          <dt>{t("report.kpi.p90")}</dt>
          <dd>{dur(report.total.p90Ms, lang)}</dd>
        </div>
        <div className="kpi">
          <dt>{t("report.kpi.overdue")}</dt>
          <dd data-testid="kpi-overdue">{report.overdueCount}</dd>
        </div>
      </dl>

      <h2>{t("report.chart.title")}</h2>
      <ShareChart
        title={t("report.chart.title")}
        description={t("report.chart.desc")}
        points={report.weeks.map((w) => ({ label: weekLabel(w), share: w.shareInTime, judged: w.judged }))}
      />

      <h2>{t("report.weeks")}</h2>
      <div className="table--responsive-scroll">
        <table className="table table--responsive-headers" data-testid="report-weeks">
          <caption className="visually-hidden">{t("report.weeks")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("report.col.week")}</th>
              <StatHeads />
            </tr>
          </thead>
          <tbody>
            {rows.map((w) => (
              <tr key={w.weekStart}>
                <th scope="row" data-title={t("report.col.week")}>
                  {weekLabel(w)}
                </th>
                <StatCells stats={w} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>{t("report.consultants")}</h2>
      <div className="table--responsive-scroll">
        <table className="table table--responsive-headers" data-testid="report-consultants">
          <caption className="visually-hidden">{t("report.consultants")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("report.col.week")}</th>
              <th scope="col">{t("report.col.consultant")}</th>
              <StatHeads />
            </tr>
          </thead>
          <tbody>
            {rows.flatMap((w) =>
              w.byConsultant.map((c) => (
                <tr key={`${w.weekStart}-${c.consultantId ?? "none"}`}>
                  <td data-title={t("report.col.week")}>{weekLabel(w)}</td>
                  <th scope="row" data-title={t("report.col.consultant")}>
                    {c.consultantName ?? t("inbox.unassigned")}
                  </th>
                  <StatCells stats={c} />
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>

      <h2>{t("report.overdueNow", { count: report.overdueCount })}</h2>
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
      {report.overdueCount > report.overdue.length ? (
        <p>
          {t("pager.positionOf", { from: 1, to: report.overdue.length, total: report.overdueCount })} ·{" "}
          <Link to="/jobcenter?visning=team&status=aabne">{t("desk.view.team")}</Link>
        </p>
      ) : null}
      <p className="form-hint">{t("report.method")}</p>
    </>
  );
}
