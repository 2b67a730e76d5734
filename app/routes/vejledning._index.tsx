import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GuideSearch } from "~/components/guides";
import { publicGuides } from "~/services/guides.server";
import { getT } from "~/utils/i18n.server";
import { useT, type I18nHandle } from "~/utils/i18n";

export const handle: I18nHandle = { i18n: ["guides.lead", "guides.newTab", "guides.readAll", "guides.search", "guides.why"] };

export const meta: MetaFunction = () => [{ title: "Vejledning – Fasthold" }];

/** The guides for employers, public. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { lang } = await getT(request);
  return json({ guides: await publicGuides(lang) });
}

export default function Guides() {
  const { t } = useT();
  const { guides } = useLoaderData<typeof loader>();
  return (
    <div className="narrow-wide">
      <h1>{t("guides.title")}</h1>
      <p className="lead">{t("guides.lead")}</p>
      <GuideSearch />
      <ul className="nobullet-list guide-list">
        {guides.map((g) => (
          <li key={g.slug}>
            <h2 className="h3">
              <Link to={`/vejledning/${g.slug}`}>{g.title}</Link>
            </h2>
            <p>{g.summary}</p>
          </li>
        ))}
      </ul>
      <p>
        <Link to="/tilbud">{t("services.title")}</Link>
      </p>
    </div>
  );
}
