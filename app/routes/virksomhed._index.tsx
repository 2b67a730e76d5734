import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { caseTexts } from "~/components/caseTexts";
import { TabLink, TabNav } from "~/components/dkfds";
import { ConsentTag } from "~/components/status";
import { DateOnly, DateTime, DeadlineBadge } from "~/components/time";
import { requireEmployer } from "~/services/auth.server";
import { employerCaseList } from "~/services/caseViews.server";
import { contactCardFor } from "~/services/contact.server";
import { ContactCard } from "~/components/inquiry";
import { nowIso } from "~/utils/clock";
import { useT, type I18nHandle } from "~/utils/i18n";
import { Alert } from "~/components/forms";
import { OutcomeName } from "~/components/followUp";
import { Pager } from "~/components/pager";
import { pageLinks } from "~/domain/cursor";
import { pageRequestOf } from "~/domain/cursor.server";

export const handle: I18nHandle = {
  i18n: [...caseTexts, "cases"],
};

export const meta: MetaFunction = () => [{ title: "Sager – Fasthold" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireEmployer(request);
  const params = new URL(request.url).searchParams;
  // The open cases, or with ?vis=afsluttede the closed ones: two lists, each paged on its own.
  const status = params.get("vis") === "afsluttede" ? "closed" : "open";
  const cases = await employerCaseList(user, pageRequestOf(params), status);
  return json({
    status,
    now: nowIso(),
    companyName: user.companyName,
    verified: user.companyVerified,
    cases: cases.rows,
    pager: { from: cases.page.from, to: cases.page.to, ...pageLinks(params, cases.page) },
    contact: await contactCardFor(user.companyId),
  });
}

export default function EmployerCases() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  const closed = data.status === "closed";
  return (
    <div className="with-aside">
      <div>
        <h1>{t("cases.title", { company: data.companyName ?? "" })}</h1>
        {!data.verified ? (
          <Alert variant="warning">
            <p>{t("cases.unverified")}</p>
          </Alert>
        ) : null}
        <p className="actions">
          <Link to="/virksomhed/fast-track" className="button button-primary">
            {t("nav.fastTrack")}
          </Link>{" "}
          <Link to="/kontakt" className="button button-secondary">
            {t("nav.contact")}
          </Link>
        </p>
        <TabNav label={t("closure.list.tabs")}>
          <TabLink to="/virksomhed" current={!closed}>
            {t("closure.list.openTitle")}
          </TabLink>
          <TabLink to="/virksomhed?vis=afsluttede" current={closed}>
            {t("closure.list.closedTitle")}
          </TabLink>
        </TabNav>
        {closed ? null : data.cases.length === 0 ? (
          <p>{data.pager.previous ? t("closure.list.noOpen") : t("cases.empty")}</p>
        ) : (
          <div className="table--responsive-scroll">
            <table className="table table--responsive-headers">
              <caption className="visually-hidden">{t("cases.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("cases.col.employee")}</th>
                  <th scope="col">{t("cases.col.firstDay")}</th>
                  <th scope="col">{t("cases.col.consent")}</th>
                  <th scope="col">{t("cases.col.answer")}</th>
                </tr>
              </thead>
              <tbody>
                {data.cases.map((c) => (
                  <tr key={c.id}>
                    <td data-title={t("cases.col.employee")}>
                      <Link to={`/virksomhed/sager/${c.id}`}>{c.employeeName}</Link>
                      <br />
                      <span className="muted">{c.cprMasked}</span>
                    </td>
                    <td data-title={t("cases.col.firstDay")}>
                      <DateOnly date={c.firstAbsenceDay} />
                    </td>
                    <td data-title={t("cases.col.consent")}>{c.consentStatus ? <ConsentTag status={c.consentStatus} /> : "–"}</td>
                    <td data-title={t("cases.col.answer")}>
                      {c.inquiry ? (
                        c.inquiry.first_answered_at ? (
                          <>
                            {t("cases.answeredAt")} <DateTime iso={c.inquiry.first_answered_at} />
                          </>
                        ) : (
                          <>
                            {t("cases.answerBy")} <DateTime iso={c.inquiry.due_at} /> <DeadlineBadge dueAt={c.inquiry.due_at} now={data.now} />
                          </>
                        )
                      ) : (
                        "–"
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {!closed ? null : data.cases.length === 0 ? (
          <p>{t("closure.list.noClosed")}</p>
        ) : (
          <section aria-labelledby="closed-cases-h" data-testid="closed-cases">
            <h2 id="closed-cases-h">{t("closure.list.closedTitle")}</h2>
            <table className="table table--responsive-headers">
              <caption className="visually-hidden">{t("closure.list.closedTitle")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("cases.col.employee")}</th>
                  <th scope="col">{t("cases.col.firstDay")}</th>
                  <th scope="col">{t("closure.list.closedOn")}</th>
                  <th scope="col">{t("closure.list.outcome")}</th>
                </tr>
              </thead>
              <tbody>
                {data.cases.map((c) => (
                  <tr key={c.id}>
                    <td data-title={t("cases.col.employee")}>
                      <Link to={`/virksomhed/sager/${c.id}`}>{c.employeeName}</Link>
                      <br />
                      <span className="muted">{c.cprMasked}</span>
                    </td>
                    <td data-title={t("cases.col.firstDay")}>
                      <DateOnly date={c.firstAbsenceDay} />
                    </td>
                    <td data-title={t("closure.list.closedOn")}>{c.closedOn ? <DateOnly date={c.closedOn} /> : "–"}</td>
                    <td data-title={t("closure.list.outcome")}>{c.outcome ? <OutcomeName outcome={c.outcome} /> : "–"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
        <Pager {...data.pager} />
      </div>
      <ContactCard contact={data.contact} />
    </div>
  );
}
