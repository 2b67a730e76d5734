import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { BankSearchForm } from "~/components/praktik";
import { OfferCard } from "~/components/offerCard";
import { db } from "~db/index";
import { accommodationsOf, placesLeft, searchOffers } from "~/domain/bankSearch";
import { activeOffers } from "~/models/placementOffer.server";
import { requireStaff } from "~/services/auth.server";
import type { Industry } from "~/domain/placementRules";
import { bankQueryFrom } from "~/domain/bankQuery";
import { useT, type I18nHandle } from "~/utils/i18n";

export const handle: I18nHandle = { i18n: ["desk.filter", "plan.choose", "plan.hours", "praktik"] };

export const meta: MetaFunction = () => [{ title: "Praktikpladsbanken – Fasthold" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  const query = bankQueryFrom(new URL(request.url).searchParams);
  const found = searchOffers(await activeOffers(db), query);
  return json({
    query,
    total: found.total,
    counts: { byIndustry: found.byIndustry, byAccommodation: found.byAccommodation },
    offers: found.results.map((o) => ({ ...o, industry: o.industry as Industry, accommodations: accommodationsOf(o), left: placesLeft(o) })),
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
    </>
  );
}
