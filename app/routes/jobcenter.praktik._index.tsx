import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { StatusBadge } from "~/components/praktik";
import { DateOnly, DateTime } from "~/components/time";
import { db } from "~db/index";
import { pagePlacementsForStaff } from "~/models/placement.server";
import { Pager } from "~/components/pager";
import { pageLinks } from "~/domain/cursor";
import { pageRequestOf } from "~/domain/cursor.server";
import { requireStaff } from "~/services/auth.server";
import { placementFigures } from "~/services/placements.server";
import { formatMonth } from "~/utils/dates";
import { useT, type I18nHandle } from "~/utils/i18n";

export const handle: I18nHandle = { i18n: ["companies", "desk.filter", "layout", "plan.choose", "plan.hours", "praktik"] };

export const meta: MetaFunction = () => [{ title: "Virksomhedspraktik – Fasthold" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  const params = new URL(request.url).searchParams;
  const [page, figures] = await Promise.all([pagePlacementsForStaff(db, pageRequestOf(params)), placementFigures()]);
  return json({
    figures,
    placements: page.rows.map(({ cpr_encrypted: _c, ...p }) => p),
    pager: { from: page.from, to: page.to, ...pageLinks(params, page) },
  });
}

export default function StaffPraktik() {
  const { t, lang } = useT();
  const { placements, figures, pager } = useLoaderData<typeof loader>();
  const open = placements.filter((p) => !["completed", "cancelled"].includes(p.status));
  const done = placements.filter((p) => ["completed", "cancelled"].includes(p.status));
  return (
    <>
      <h1>{t("praktik.title")}</h1>
      <p className="actions">
        <Link to="/jobcenter/praktik/bank" className="button button-primary">
          {t("praktik.bank.title")}
        </Link>
      </p>
      <dl className="kpis">
        <div className="kpi">
          <dt>{t("praktik.kpi.offers")}</dt>
          <dd data-testid="kpi-offers">
            {figures.offersActive} ({t("praktik.kpi.places", { places: figures.placesActive })})
          </dd>
        </div>
        <div className="kpi">
          <dt>{t("praktik.kpi.active")}</dt>
          <dd data-testid="kpi-active">{figures.activePlacements}</dd>
        </div>
        <div className="kpi">
          <dt>{t("praktik.kpi.matched")}</dt>
          <dd data-testid="kpi-matched">
            {figures.matchedWithin14.share === null ? "–" : `${Math.round(figures.matchedWithin14.share * 100)} %`} ({figures.matchedWithin14.inTime}/
            {figures.matchedWithin14.judged})
          </dd>
        </div>
      </dl>
      <h2>{t("praktik.kpi.completedPerMonth")}</h2>
      <table className="table table--compact">
        <caption className="visually-hidden">{t("praktik.kpi.completedPerMonth")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("layout.month")}</th>
            <th scope="col">{t("layout.completed")}</th>
          </tr>
        </thead>
        <tbody>
          {figures.completedPerMonth.map((m) => (
            <tr key={m.month}>
              <th scope="row">{formatMonth(m.month, lang)}</th>
              <td>{m.count}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t("praktik.staff.open", { count: figures.openPlacements })}</h2>
      <div className="table--responsive-scroll">
        <table className="table table--responsive-headers">
          <caption className="visually-hidden">{t("praktik.staff.open", { count: figures.openPlacements })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("praktik.staff.request")}</th>
              <th scope="col">{t("companies.status")}</th>
              <th scope="col">{t("praktik.place")}</th>
              <th scope="col">{t("praktik.request.wishedStart")}</th>
              <th scope="col">{t("praktik.staff.requestedAt")}</th>
            </tr>
          </thead>
          <tbody>
            {open.map((p) => (
              <tr key={p.id} data-testid="staff-placement">
                <th scope="row" data-title={t("praktik.staff.request")}>
                  <Link to={`/jobcenter/praktik/${p.id}`}>
                    {p.purpose === "retention" ? t("praktik.request.retentionFor", { name: p.employee_name ?? "" }) : t("praktik.request.hosting")}
                  </Link>
                  <br />
                  <span className="muted">{p.requester_name}</span>
                </th>
                <td data-title={t("companies.status")}>
                  <StatusBadge status={p.status} />
                </td>
                <td data-title={t("praktik.place")}>
                  {p.offer_title ? `${p.offer_title} (${p.host_name})` : p.candidate_name ? `${p.candidate_name} → ${p.host_name}` : "–"}
                </td>
                <td data-title={t("praktik.request.wishedStart")}>
                  <DateOnly date={p.wished_start} />
                </td>
                <td data-title={t("praktik.staff.requestedAt")}>
                  <DateTime iso={p.requested_at} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {done.length ? (
        <>
          <h2>{t("praktik.staff.done")}</h2>
          <ul className="plain-list">
            {done.map((p) => (
              <li key={p.id}>
                <Link to={`/jobcenter/praktik/${p.id}`}>
                  {p.purpose === "retention" ? t("praktik.request.retentionFor", { name: p.employee_name ?? "" }) : t("praktik.request.hosting")}
                </Link>{" "}
                – {p.requester_name} <StatusBadge status={p.status} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Pager {...pager} />
    </>
  );
}
