import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GuideSearch } from "~/components/guides";
import { publicServices } from "~/services/catalogue.server";
import { getT } from "~/utils/i18n.server";
import { useT, type I18nHandle } from "~/utils/i18n";

export const handle: I18nHandle = {
  i18n: ["guides.newTab", "guides.readAll", "guides.search", "guides.why", "services.field", "services.lead", "services.paused"],
};

export const meta: MetaFunction = () => [{ title: "Jobcentrets tilbud – Fasthold" }];

/** The service catalogue, public. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { lang } = await getT(request);
  return json({ services: await publicServices(lang) });
}

export default function Catalogue() {
  const { t } = useT();
  const { services } = useLoaderData<typeof loader>();
  return (
    <div className="narrow-wide">
      <h1>{t("services.title")}</h1>
      <p className="lead">{t("services.lead")}</p>
      <GuideSearch />
      <ul className="nobullet-list guide-list">
        {services.map((s) => (
          <li key={s.slug}>
            <h2 className="h3">
              <Link to={`/tilbud/${s.slug}`}>{s.title}</Link>
            </h2>
            {s.status === "paused" ? <span className="badge badge-warning">{t("services.paused")}</span> : null}
            <p>{s.what}</p>
            <p className="muted">
              {t("services.field.cost")}: {s.cost}
            </p>
          </li>
        ))}
      </ul>
      <p>
        <Link to="/vejledning">{t("guides.title")}</Link>
      </p>
    </div>
  );
}
