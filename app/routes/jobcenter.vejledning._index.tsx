import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DateTime } from "~/components/time";
import { requireStaff } from "~/services/auth.server";
import { staffGuideList } from "~/services/guides.server";
import { useT, type I18nHandle } from "~/utils/i18n";

export const handle: I18nHandle = { i18n: ["guides.staff", "guides.status"] };

export const meta: MetaFunction = () => [{ title: "Vejledninger – Fasthold" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  return json({ guides: await staffGuideList() });
}

/** Staff: the guides to write and update. */
export default function StaffGuides() {
  const { t } = useT();
  const { guides } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("guides.staff.title")}</h1>
      <p className="lead">{t("guides.staff.lead")}</p>
      <table className="table table--responsive-headers">
        <thead>
          <tr>
            <th scope="col">{t("guides.staff.guide")}</th>
            <th scope="col">{t("guides.staff.status")}</th>
            <th scope="col">{t("guides.staff.updated")}</th>
          </tr>
        </thead>
        <tbody>
          {guides.map((g) => (
            <tr key={g.slug}>
              <td data-title={t("guides.staff.guide")}>
                <Link to={`/jobcenter/vejledning/${g.slug}`}>{g.title}</Link>
              </td>
              <td data-title={t("guides.staff.status")}>
                <span className={`badge ${g.status === "published" ? "badge-success" : "badge-info"}`}>{t(`guides.status.${g.status}`)}</span>{" "}
                {t("guides.staff.version", { n: g.version })}
              </td>
              <td data-title={t("guides.staff.updated")}>
                <DateTime iso={g.updatedAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
