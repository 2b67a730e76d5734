import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { StatusBadge } from "~/components/praktik";
import { DateOnly } from "~/components/time";
import { db } from "~db/index";
import { pagePlacementsForCompany } from "~/models/placement.server";
import { Pager } from "~/components/pager";
import { pageLinks } from "~/domain/cursor";
import { pageRequestOf } from "~/domain/cursor.server";
import { placesLeft } from "~/domain/bankSearch";
import { pageOffersOfCompany } from "~/models/placementOffer.server";
import { requireEmployer } from "~/services/auth.server";
import { useT, type I18nHandle } from "~/utils/i18n";
import { Alert } from "~/components/forms";

export const handle: I18nHandle = { i18n: ["desk.filter", "plan.choose", "plan.hours", "praktik"] };

export const meta: MetaFunction = () => [{ title: "Virksomhedspraktik – Fasthold" }];

const offersCursor = "tilbud-";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireEmployer(request);
  const params = new URL(request.url).searchParams;
  // Two lists, each paged on its own: the offers by `tilbud-efter=`, the placements by `efter=`.
  const [offers, page] = await Promise.all([
    pageOffersOfCompany(db, user.companyId, pageRequestOf(params, offersCursor)),
    pagePlacementsForCompany(db, user, pageRequestOf(params)),
  ]);
  const placements = page.rows;
  return json({
    offers: offers.rows.map((o) => ({ id: o.id, title: o.title, status: o.status, places: o.places, left: placesLeft(o), municipality: o.municipality })),
    offersPager: { from: offers.from, to: offers.to, ...pageLinks(params, offers, offersCursor) },
    requests: placements
      .filter((x) => x.roles.includes("requester"))
      .map(({ placement: p }) => ({ id: p.id, purpose: p.purpose, status: p.status, wished_start: p.wished_start, employee_name: p.employee_name })),
    hosted: placements
      .filter((x) => x.roles.includes("host") && !x.roles.includes("requester"))
      .map(({ placement: p }) => ({ id: p.id, status: p.status, start_date: p.start_date, weeks: p.weeks })),
    pager: { from: page.from, to: page.to, ...pageLinks(params, page) },
  });
}

export default function CompanyPraktik() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <>
      <h1>{t("praktik.title")}</h1>
      <p className="lead">{t("praktik.lead")}</p>
      {params.get("sendt") ? (
        <Alert variant="success" role="status">
          <p className="alert-text">{t("praktik.request.sent")}</p>
        </Alert>
      ) : null}
      <p className="actions">
        <Link to="/virksomhed/praktik/tilbud/ny" className="button button-primary">
          {t("praktik.offer.new")}
        </Link>{" "}
        <Link to="/virksomhed/praktik/anmod" className="button button-secondary">
          {t("praktik.request.new")}
        </Link>
      </p>

      <h2>{t("praktik.offers")}</h2>
      {data.offers.length === 0 && !data.offersPager.previous ? (
        <p>{t("praktik.offers.none")}</p>
      ) : (
        <>
          <ul className="plain-list" data-testid="my-offers">
            {data.offers.map((o) => (
              <li key={o.id}>
                <Link to={`/virksomhed/praktik/tilbud/${o.id}`}>{o.title}</Link> · {o.municipality} · {t(`praktik.offerStatus.${o.status}`)} ·{" "}
                {t("praktik.offers.places", { left: o.left, places: o.places })}
              </li>
            ))}
          </ul>
          <Pager {...data.offersPager} label={t("praktik.offers")} testId="offers-pager" />
        </>
      )}

      <h2>{t("praktik.requests")}</h2>
      {data.requests.length === 0 ? (
        <p>{t("praktik.requests.none")}</p>
      ) : (
        <ul className="plain-list" data-testid="my-requests">
          {data.requests.map((r) => (
            <li key={r.id}>
              <Link to={`/virksomhed/praktik/${r.id}`}>
                {r.purpose === "retention" ? t("praktik.request.retentionFor", { name: r.employee_name ?? "" }) : t("praktik.request.hosting")}
              </Link>{" "}
              <StatusBadge status={r.status} /> · {t("praktik.request.wishedStart")} <DateOnly date={r.wished_start} />
            </li>
          ))}
        </ul>
      )}

      <h2>{t("praktik.hosted")}</h2>
      {data.hosted.length === 0 ? (
        <p>{t("praktik.hosted.none")}</p>
      ) : (
        <ul className="plain-list" data-testid="hosted">
          {data.hosted.map((h) => (
            <li key={h.id}>
              <Link to={`/virksomhed/praktik/${h.id}`}>{t("praktik.hosted.item")}</Link> <StatusBadge status={h.status} />
              {h.start_date ? (
                <>
                  {" "}
                  · {t("praktik.start")} <DateOnly date={h.start_date} />, {t("praktik.weeksN", { weeks: h.weeks ?? 0 })}
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <Pager {...data.pager} />
    </>
  );
}
