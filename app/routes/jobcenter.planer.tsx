import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DateTime } from "~/components/time";
import { db } from "~db/index";
import { partialReturnOn } from "~/domain/planContent";
import { pagePlansForStaff, planCounts, signedContentOfActivePlans } from "~/models/retentionPlan.server";
import { Pager } from "~/components/pager";
import { pageLinks } from "~/domain/cursor";
import { pageRequestOf } from "~/domain/cursor.server";
import { requireStaff } from "~/services/auth.server";
import { now } from "~/utils/clock";
import { copenhagenDate } from "~/utils/dates";
import { useT, type I18nHandle } from "~/utils/i18n";

export const handle: I18nHandle = { i18n: ["cases", "companies", "inbox", "plan.signedVersionShort", "plan.statusLabel", "plans"] };

export const meta: MetaFunction = () => [{ title: "Fastholdelsesplaner – Fasthold" }];

/** A page of plans, newest first, and the team's partial-return KPI (local target: at least 25 %). */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  const params = new URL(request.url).searchParams;
  const today = copenhagenDate(now());
  const [page, counts, signedContents] = await Promise.all([pagePlansForStaff(db, pageRequestOf(params)), planCounts(db), signedContentOfActivePlans(db)]);
  const plans = page.rows.map(({ signedContent, employee_email: _e, case_contact_email: _c, case_created_by: _b, ...p }) => ({
    ...p,
    today: signedContent ? partialReturnOn(signedContent, today) : null,
  }));
  const partial = signedContents.filter((c) => partialReturnOn(c, today)?.partial).length;
  return json({
    plans,
    pager: { from: page.from, to: page.to, ...pageLinks(params, page) },
    kpi: {
      active: counts.active,
      signed: counts.signed,
      partial,
      share: counts.signed ? partial / counts.signed : null,
      requested: counts.requested,
    },
  });
}

export default function Plans() {
  const { t } = useT();
  const { plans, kpi, pager } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("plans.title")}</h1>
      <p className="lead">{t("plans.lead")}</p>
      <dl className="kpis">
        <div className="kpi">
          <dt>{t("plans.kpi.active")}</dt>
          <dd>{kpi.active}</dd>
        </div>
        <div className="kpi">
          <dt>{t("plans.kpi.signed")}</dt>
          <dd>{kpi.signed}</dd>
        </div>
        <div className="kpi">
          <dt>{t("plans.kpi.partial")}</dt>
          <dd data-testid="kpi-partial">{kpi.share === null ? "–" : `${kpi.partial} (${Math.round(kpi.share * 100)} %)`}</dd>
        </div>
        <div className="kpi">
          <dt>{t("plans.kpi.requested")}</dt>
          <dd>{kpi.requested}</dd>
        </div>
      </dl>
      {plans.length === 0 && !pager.previous ? (
        <p>{t("plans.empty")}</p>
      ) : (
        <div className="table--responsive-scroll">
          <table className="table table--responsive-headers">
            <caption className="visually-hidden">{t("plans.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("cases.col.employee")}</th>
                <th scope="col">{t("inbox.col.company")}</th>
                <th scope="col">{t("companies.status")}</th>
                <th scope="col">{t("plans.col.today")}</th>
                <th scope="col">{t("plans.col.started")}</th>
              </tr>
            </thead>
            <tbody>
              {plans.map((p) => (
                <tr key={p.id} data-testid="plan-row">
                  <th scope="row" data-title={t("cases.col.employee")}>
                    <Link to={`/plan/${p.id}`}>{p.employee_name}</Link>
                  </th>
                  <td data-title={t("inbox.col.company")}>{p.company_name}</td>
                  <td data-title={t("companies.status")}>
                    {t(`plan.statusLabel.${p.status}`)}
                    {p.signed_version ? ` · ${t("plan.signedVersionShort", { version: p.signed_version })}` : ""}
                  </td>
                  <td data-title={t("plans.col.today")}>
                    {p.today ? (p.today.partial ? t("plans.partialHours", { hours: p.today.hours, normal: p.today.normal }) : t("plans.fullHours")) : "–"}
                  </td>
                  <td data-title={t("plans.col.started")}>
                    <DateTime iso={p.requested_at} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager {...pager} />
    </>
  );
}
