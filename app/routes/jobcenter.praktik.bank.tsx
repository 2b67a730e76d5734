import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { BankSearchForm } from "~/components/praktik";
import { OfferCard } from "~/components/offerCard";
import { db } from "~db/index";
import { Pager } from "~/components/pager";
import { accommodationsOf, placesLeft } from "~/domain/bankSearch";
import { pageLinks } from "~/domain/cursor";
import { pageRequestOf } from "~/domain/cursor.server";
import { searchBank } from "~/models/placementOffer.server";
import { requireStaff } from "~/services/auth.server";
import type { Industry } from "~/domain/placementRules";
import { bankQueryFrom } from "~/domain/bankQuery.server";
import { useT, type I18nHandle } from "~/utils/i18n";

export const handle: I18nHandle = { i18n: ["desk.filter", "plan.choose", "plan.hours", "praktik"] };

export const meta: MetaFunction = () => [{ title: "Praktikpladsbanken – Fasthold" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  const params = new URL(request.url).searchParams;
  const query = bankQueryFrom(params);
  const found = await searchBank(db, query, pageRequestOf(params));
  return json({
    query,
    total: found.total,
    counts: { byIndustry: found.byIndustry, byAccommodation: found.byAccommodation },
    offers: found.page.rows.map((o) => ({ ...o, industry: o.industry as Industry, accommodations: accommodationsOf(o), left: placesLeft(o) })),
    pager: { from: found.page.from, to: found.page.to, ...pageLinks(params, found.page) },
  });
}

export default function Bank() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  return (
    <>
      <p>
        <Link to="/jobcenter/praktik">← {t("praktik.title")}</Link>
      </p>
      <h1>{t("praktik.bank.title")}</h1>
      <p className="lead">{t("praktik.bank.lead")}</p>
      <BankSearchForm query={data.query} counts={data.counts} total={data.total} />
      <ul className="offer-list" data-testid="bank-results">
        {data.offers.map((o) => (
          <li key={o.id}>
            <OfferCard offer={o} />
          </li>
        ))}
      </ul>
      <Pager {...data.pager} total={data.total} />
    </>
  );
}
