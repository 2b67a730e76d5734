import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireStaff } from "~/services/auth.server";
import { serviceFigures } from "~/services/catalogue.server";
import { getT } from "~/utils/i18n.server";
import { formatDecimal, useT, type I18nHandle } from "~/utils/i18n";

export const handle: I18nHandle = { i18n: ["services.col", "services.figures", "services.staff"] };

export const meta: MetaFunction = () => [{ title: "Tal for jobcentrets tilbud – Fasthold" }];

/** The team lead's figures per service: requests, median days to delivery, the companies' ratings. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request, ["team_lead"]);
  const { lang } = await getT(request);
  return json({ figures: await serviceFigures(lang) });
}

export default function ServiceFiguresPage() {
  const { t, lang } = useT();
  const { figures } = useLoaderData<typeof loader>();
  const dash = "–";
  return (
    <>
      <p>
        <Link to="/jobcenter/tilbud">← {t("services.staff.title")}</Link>
      </p>
      <h1>{t("services.figures.title")}</h1>
      <p>
        <a href="/jobcenter/tilbud/tal.csv" download>
          {t("services.figures.csv")}
        </a>
      </p>
      <table className="table table--responsive-headers" data-testid="service-figures">
        <thead>
          <tr>
            <th scope="col">{t("services.col.service")}</th>
            <th scope="col">{t("services.figures.requests")}</th>
            <th scope="col">{t("services.figures.open")}</th>
            <th scope="col">{t("services.figures.delivered")}</th>
            <th scope="col">{t("services.figures.declined")}</th>
            <th scope="col">{t("services.figures.median")}</th>
            <th scope="col">{t("services.figures.rating")}</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((f) => (
            <tr key={f.slug} data-testid={`figures-${f.slug}`}>
              <td data-title={t("services.col.service")}>{f.title}</td>
              <td data-title={t("services.figures.requests")}>{f.requests}</td>
              <td data-title={t("services.figures.open")}>{f.open}</td>
              <td data-title={t("services.figures.delivered")}>{f.delivered}</td>
              <td data-title={t("services.figures.declined")}>{f.declined}</td>
              <td data-title={t("services.figures.median")}>{f.medianDaysToDelivery === null ? dash : formatDecimal(f.medianDaysToDelivery, lang)}</td>
              <td data-title={t("services.figures.rating")}>
                {f.averageRating === null ? dash : t("services.figures.ratingValue", { avg: formatDecimal(f.averageRating, lang), n: f.ratings })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
