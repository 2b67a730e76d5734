import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect, type SerializeFrom } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { DateTime } from "~/components/time";
import { db } from "~db/index";
import { Pager } from "~/components/pager";
import { pageLinks } from "~/domain/cursor";
import { pageRequestOf } from "~/domain/cursor.server";
import { countCompaniesForStaff, pageCompaniesForStaff, setContactConsultant, verifyCompany, type CompanySection } from "~/models/company.server";
import { findStaff, listStaff } from "~/models/user.server";
import { requireStaff } from "~/services/auth.server";
import { readFormData } from "~/utils/forms.server";
import { useT, type I18nHandle } from "~/utils/i18n";
import { companySearchQuery, companyActionSchema } from "~/schemas/jobcenter.server";

export const handle: I18nHandle = { i18n: ["companies"] };

export const meta: MetaFunction = () => [{ title: "Virksomheder – Fasthold" }];

/** Each section pages on its own: the queue awaiting approval by `afventer-efter=`, the approved by `efter=`. */
const cursorPrefix: Record<CompanySection, string> = { pending: "afventer-", verified: "" };

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  const params = new URL(request.url).searchParams;
  const q = companySearchQuery.parse(params.get("q") ?? "");
  const section = async (name: CompanySection) => {
    const page = await pageCompaniesForStaff(db, q, name, pageRequestOf(params, cursorPrefix[name]));
    return { companies: page.rows, pager: { from: page.from, to: page.to, ...pageLinks(params, page, cursorPrefix[name]) } };
  };
  const [pending, verified, counts, consultants] = await Promise.all([
    section("pending"),
    section("verified"),
    countCompaniesForStaff(db, q),
    listStaff(db, ["consultant"]),
  ]);
  return json({ q, pending, verified, counts, consultants: consultants.map(({ id, name }) => ({ id, name })) });
}

export async function action({ request }: ActionFunctionArgs) {
  const staff = await requireStaff(request);
  const parsed = companyActionSchema.safeParse(Object.fromEntries(await readFormData(request)));
  if (!parsed.success) throw new Response("Bad Request", { status: 400 });
  const input = parsed.data;
  const done = await db.transaction().execute(async (trx) => {
    if (input.intent === "verify") {
      const exists = await trx.selectFrom("companies").select("id").where("id", "=", input.companyId).executeTakeFirst();
      return exists ? (await verifyCompany(trx, input.companyId, staff), true) : false;
    }
    const consultantId = input.consultantId || null;
    if (consultantId && !(await findStaff(trx, consultantId))) return false;
    return setContactConsultant(trx, input.companyId, consultantId, staff);
  });
  if (!done) throw new Response("Not Found", { status: 404 });
  // Back to the same search and pages (the form posts to the page's own address).
  return redirect(`/jobcenter/virksomheder${new URL(request.url).search}`);
}

type CompanyRow = SerializeFrom<typeof loader>["pending"]["companies"][number];

export default function Companies() {
  const { t } = useT();
  const { q, pending, verified, counts, consultants } = useLoaderData<typeof loader>();
  const sections = [
    { name: "pending", data: pending, count: counts.pending },
    { name: "verified", data: verified, count: counts.verified },
  ] as const;
  return (
    <>
      <h1>{t("companies.title")}</h1>
      <p className="lead">{t("companies.lead")}</p>
      <Form method="get" role="search" className="filters">
        <label className="form-label" htmlFor="company-search">
          {t("companies.search")}
        </label>
        <input id="company-search" className="form-input input-width-m" type="search" name="q" defaultValue={q} maxLength={100} />
        <button type="submit" className="button button-secondary">
          {t("companies.searchButton")}
        </button>
      </Form>
      {sections.map(({ name, data, count }) => (
        <section key={name} aria-labelledby={`companies-${name}`} data-testid={`companies-${name}`}>
          <h2 id={`companies-${name}`}>{t("companies.section.count", { section: t(`companies.section.${name}`), count })}</h2>
          {data.companies.length === 0 && !data.pager.previous ? (
            <p>{t(`companies.section.${name}None`)}</p>
          ) : (
            <>
              <CompanyTable caption={t(`companies.section.${name}`)} companies={data.companies} consultants={consultants} />
              <Pager {...data.pager} total={count} label={t(`companies.section.${name}`)} testId={`companies-${name}-pager`} />
            </>
          )}
        </section>
      ))}
    </>
  );
}

function CompanyTable({ caption, companies, consultants }: { caption: string; companies: CompanyRow[]; consultants: { id: string; name: string }[] }) {
  const { t } = useT();
  return (
    <div className="table--responsive-scroll">
      <table className="table table--responsive-headers">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("field.companyName")}</th>
            <th scope="col">CVR</th>
            <th scope="col">{t("companies.users")}</th>
            <th scope="col">{t("companies.created")}</th>
            <th scope="col">{t("companies.status")}</th>
            <th scope="col">{t("companies.contact")}</th>
          </tr>
        </thead>
        <tbody>
          {companies.map((c) => (
            <tr key={c.id} data-testid="company-row">
              <th scope="row" data-title={t("field.companyName")}>
                {c.name}
              </th>
              <td data-title="CVR">{c.cvr}</td>
              <td data-title={t("companies.users")}>{c.user_count}</td>
              <td data-title={t("companies.created")}>
                <DateTime iso={c.created_at} />
              </td>
              <td data-title={t("companies.status")}>
                {c.verified_at ? (
                  <>
                    <span className="badge badge-success">{t("companies.verified")}</span>
                    {c.verified_by_name ? <span className="muted"> {c.verified_by_name}</span> : null}
                  </>
                ) : (
                  <Form method="post" className="inline-form">
                    <input type="hidden" name="companyId" value={c.id} />
                    <button
                      type="submit"
                      name="intent"
                      value="verify"
                      className="button button-primary button--small"
                      aria-label={t("companies.verifyNamed", { name: c.name })}
                    >
                      {t("companies.verify")}
                    </button>
                  </Form>
                )}
              </td>
              <td data-title={t("companies.contact")}>
                <Form method="post" className="inline-controls">
                  <input type="hidden" name="companyId" value={c.id} />
                  <label htmlFor={`contact-${c.id}`} className="visually-hidden">
                    {t("companies.contactFor", { name: c.name })}
                  </label>
                  <select id={`contact-${c.id}`} name="consultantId" defaultValue={c.contact_consultant_id ?? ""} className="form-select">
                    <option value="">{t("companies.noContact")}</option>
                    {consultants.map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.name}
                      </option>
                    ))}
                  </select>
                  <button
                    type="submit"
                    name="intent"
                    value="contact"
                    className="button button-secondary button--small"
                    aria-label={t("companies.saveContactFor", { name: c.name })}
                  >
                    {t("companies.saveContact")}
                  </button>
                </Form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
