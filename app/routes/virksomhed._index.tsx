import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ConsentTag } from "~/components/status";
import { DateOnly, DateTime, DeadlineBadge } from "~/components/time";
import { requireEmployer } from "~/services/auth.server";
import { employerCaseList } from "~/services/caseViews.server";
import { contactCardFor } from "~/services/contact.server";
import { ContactCard } from "~/components/inquiry";
import { nowIso } from "~/utils/clock";
import { useT } from "~/utils/i18n";
import { Alert } from "~/components/forms";
import { Pager } from "~/components/pager";
import { pageLinks, pageRequestOf } from "~/domain/cursor";

export const meta: MetaFunction = () => [{ title: "Sager – Fasthold" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireEmployer(request);
  const params = new URL(request.url).searchParams;
  const cases = await employerCaseList(user, pageRequestOf(params));
  return json({
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
        {data.cases.length === 0 ? (
          <p>{t("cases.empty")}</p>
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
        <Pager {...data.pager} />
      </div>
      <ContactCard contact={data.contact} />
    </div>
  );
}
