import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GuideSearch } from "~/components/guides";
import { searchGuidesAndServices } from "~/services/guides.server";
import { getT } from "~/utils/i18n.server";
import { useT, type I18nHandle } from "~/utils/i18n";
import { searchQuery } from "~/schemas/public.server";

export const handle: I18nHandle = { i18n: ["guides.newTab", "guides.readAll", "guides.search", "guides.why"] };

export const meta: MetaFunction = () => [{ title: "Søg i vejledning og tilbud – Fasthold" }];

/** One search over the guides and the service catalogue (Danish words, æ/ø/å, singular and plural). */
export async function loader({ request }: LoaderFunctionArgs) {
  const { lang } = await getT(request);
  const q = searchQuery.parse(new URL(request.url).searchParams.get("q") ?? "");
  return json({ q, hits: q ? await searchGuidesAndServices(q, lang) : [] });
}

export default function Search() {
  const { t } = useT();
  const { q, hits } = useLoaderData<typeof loader>();
  return (
    <div className="narrow-wide">
      <h1>{t("guides.search.title")}</h1>
      <GuideSearch query={q} />
      {q ? (
        <p role="status" data-testid="search-count">
          {hits.length ? t("guides.search.count", { n: hits.length, q }) : t("guides.search.none", { q })}
        </p>
      ) : null}
      <ul className="nobullet-list guide-list">
        {hits.map((h) => (
          <li key={h.href}>
            <h2 className="h4">
              <Link to={h.href}>{h.title}</Link>
            </h2>
            <p>
              <span className="badge badge-small">{t(h.kind === "guide" ? "guides.search.kindGuide" : "guides.search.kindService")}</span> {h.excerpt}
            </p>
          </li>
        ))}
      </ul>
      <p>
        <Link to="/vejledning">{t("guides.title")}</Link> · <Link to="/tilbud">{t("services.title")}</Link>
      </p>
    </div>
  );
}
