import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { RequestStatus } from "~/components/services";
import { DateTime } from "~/components/time";
import { cursorSchema } from "~/domain/serviceForm.server";
import { staffScope } from "~/models/scope.server";
import { requireStaff } from "~/services/auth.server";
import { publicServices, serviceRequestList } from "~/services/catalogue.server";
import { getT } from "~/utils/i18n.server";
import { useT, type I18nHandle } from "~/utils/i18n";
import { serviceRequestStatusQuery } from "~/schemas/jobcenter.server";
import { serviceRequestStatuses } from "~/domain/serviceForm";

export const handle: I18nHandle = { i18n: ["guides.lang", "services"] };

export const meta: MetaFunction = () => [{ title: "Jobcentrets tilbud – Fasthold" }];

/** Staff: the catalogue to keep, and the companies' requests (newest first, filtered by state). */
export async function loader({ request }: LoaderFunctionArgs) {
  const staff = await requireStaff(request);
  const { lang } = await getT(request);
  const url = new URL(request.url);
  const status = serviceRequestStatusQuery.parse(url.searchParams.get("status") ?? undefined);
  const after = cursorSchema.parse(url.searchParams.get("efter") ?? undefined);
  const page = await serviceRequestList(staffScope(staff), lang, { status, after });
  return json({
    teamLead: staff.role === "team_lead",
    status: status ?? "",
    services: (await publicServices(lang)).map((s) => ({ slug: s.slug, title: s.title, status: s.status, team: s.team })),
    requests: page.rows.map((r) => ({ id: r.id, title: r.serviceTitle, company: r.company_name, status: r.status, created_at: r.created_at })),
    next: page.next ? `${page.next.at}~${page.next.id}` : null,
  });
}

export default function StaffCatalogue() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("services.staff.title")}</h1>
      <p>
        <Link to="/jobcenter/tilbud/ny" className="button button-secondary">
          {t("services.staff.new")}
        </Link>{" "}
        {data.teamLead ? <Link to="/jobcenter/tilbud/tal">{t("services.figures.title")}</Link> : null}
      </p>
      <h2>{t("services.staff.requests")}</h2>
      <Form method="get" className="form">
        <div className="form-group">
          <label className="form-label" htmlFor="status-filter">
            {t("services.col.status")}
          </label>
          <select id="status-filter" name="status" className="form-select" defaultValue={data.status}>
            <option value="">{t("services.staff.all")}</option>
            {serviceRequestStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`services.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button-secondary">
          {t("services.staff.filter")}
        </button>
      </Form>
      {data.requests.length === 0 ? (
        <p>{t("services.staff.noRequests")}</p>
      ) : (
        <table className="table table--responsive-headers">
          <thead>
            <tr>
              <th scope="col">{t("services.col.service")}</th>
              <th scope="col">{t("services.col.company")}</th>
              <th scope="col">{t("services.col.requested")}</th>
              <th scope="col">{t("services.col.status")}</th>
            </tr>
          </thead>
          <tbody>
            {data.requests.map((r) => (
              <tr key={r.id}>
                <td data-title={t("services.col.service")}>
                  <Link to={`/jobcenter/tilbud/anmodninger/${r.id}`}>{r.title}</Link>
                </td>
                <td data-title={t("services.col.company")}>{r.company}</td>
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
      {data.next ? (
        <p>
          <Link to={`?${new URLSearchParams({ ...(data.status ? { status: data.status } : {}), efter: data.next })}`}>{t("services.more")}</Link>
        </p>
      ) : null}
      <h2>{t("services.staff.catalogue")}</h2>
      <table className="table table--responsive-headers">
        <thead>
          <tr>
            <th scope="col">{t("services.col.service")}</th>
            <th scope="col">{t("services.field.team")}</th>
            <th scope="col">{t("services.col.status")}</th>
          </tr>
        </thead>
        <tbody>
          {data.services.map((s) => (
            <tr key={s.slug}>
              <td data-title={t("services.col.service")}>
                <Link to={`/jobcenter/tilbud/${s.slug}`}>{s.title}</Link>
              </td>
              <td data-title={t("services.field.team")}>{s.team}</td>
              <td data-title={t("services.col.status")}>
                <span className={`badge ${s.status === "active" ? "badge-success" : "badge-warning"}`}>
                  {t(s.status === "active" ? "services.active" : "services.paused")}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
