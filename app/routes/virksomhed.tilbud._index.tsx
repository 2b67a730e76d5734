import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { RequestStatus } from "~/components/services";
import { cursorSchema } from "~/domain/serviceForm.server";
import { DateTime } from "~/components/time";
import { employerScope } from "~/models/scope.server";
import { requireEmployer } from "~/services/auth.server";
import { serviceRequestList } from "~/services/catalogue.server";
import { getT } from "~/utils/i18n.server";
import { useT, type I18nHandle } from "~/utils/i18n";

export const handle: I18nHandle = { i18n: ["guides.lang", "services"] };

export const meta: MetaFunction = () => [{ title: "Jeres anmodninger om tilbud – Fasthold" }];

/** The company's own requests for the jobcentre's services, with their state. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireEmployer(request);
  const { lang } = await getT(request);
  const after = cursorSchema.parse(new URL(request.url).searchParams.get("efter") ?? undefined);
  const page = await serviceRequestList(employerScope(user), lang, { after });
  return json({
    rows: page.rows.map((r) => ({ id: r.id, title: r.serviceTitle, status: r.status, created_at: r.created_at, employee: r.employee_name })),
    next: page.next ? `${page.next.at}~${page.next.id}` : null,
  });
}

export default function CompanyRequests() {
  const { t } = useT();
  const { rows, next } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("services.company.title")}</h1>
      <p>
        <Link to="/tilbud">{t("services.company.browse")}</Link>
      </p>
      {rows.length === 0 ? (
        <p>{t("services.company.none")}</p>
      ) : (
        <table className="table table--responsive-headers">
          <thead>
            <tr>
              <th scope="col">{t("services.col.service")}</th>
              <th scope="col">{t("services.col.for")}</th>
              <th scope="col">{t("services.col.requested")}</th>
              <th scope="col">{t("services.col.status")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td data-title={t("services.col.service")}>
                  <Link to={`/virksomhed/tilbud/${r.id}`}>{r.title}</Link>
                </td>
                <td data-title={t("services.col.for")}>{r.employee ?? t("services.request.general")}</td>
                <td data-title={t("services.col.requested")}>
                  <DateTime iso={r.created_at} />
                </td>
                <td data-title={t("services.col.status")}>
                  <RequestStatus status={r.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {next ? (
        <p>
          <Link to={`?efter=${encodeURIComponent(next)}`}>{t("services.more")}</Link>
        </p>
      ) : null}
    </>
  );
}
