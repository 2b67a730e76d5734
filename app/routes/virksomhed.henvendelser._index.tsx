import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ContactCard } from "~/components/inquiry";
import { DateTime, DeadlineBadge } from "~/components/time";
import { db } from "~db/index";
import { pageInquiriesForCompany } from "~/models/inquiry.server";
import { requireEmployer } from "~/services/auth.server";
import { contactCardFor } from "~/services/contact.server";
import { nowIso } from "~/utils/clock";
import { formatDuration } from "~/utils/dates";
import { Pager } from "~/components/pager";
import { pageLinks } from "~/domain/cursor";
import { pageRequestOf } from "~/domain/cursor.server";
import { useT, type I18nHandle } from "~/utils/i18n";

export const handle: I18nHandle = {
  i18n: [
    "case",
    "cases",
    "companyInquiries",
    "contact.awayUntil",
    "contact.none",
    "contact.teamCovers",
    "contact.yourConsultant",
    "inbox",
    "inquiry",
    "message",
  ],
};

export const meta: MetaFunction = () => [{ title: "Henvendelser – Fasthold" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireEmployer(request);
  const params = new URL(request.url).searchParams;
  const [page, contact] = await Promise.all([pageInquiriesForCompany(db, user, pageRequestOf(params)), contactCardFor(user.companyId)]);
  return json({ now: nowIso(), inquiries: page.rows, contact, pager: { from: page.from, to: page.to, ...pageLinks(params, page) } });
}

export default function CompanyInquiries() {
  const { t, lang } = useT();
  const data = useLoaderData<typeof loader>();
  return (
    <div className="with-aside">
      <div>
        <h1>{t("companyInquiries.title")}</h1>
        <p className="lead">{t("companyInquiries.lead")}</p>
        <p className="actions">
          <Link to="/kontakt" className="button button-primary">
            {t("nav.contact")}
          </Link>
        </p>
        {data.inquiries.length === 0 && !data.pager.previous ? (
          <p>{t("companyInquiries.empty")}</p>
        ) : (
          <div className="table--responsive-scroll">
            <table className="table table--responsive-headers">
              <caption className="visually-hidden">{t("companyInquiries.title")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("inbox.col.subject")}</th>
                  <th scope="col">{t("inbox.col.received")}</th>
                  <th scope="col">{t("companyInquiries.col.status")}</th>
                  <th scope="col">{t("companyInquiries.col.answer")}</th>
                </tr>
              </thead>
              <tbody>
                {data.inquiries.map((i) => (
                  <tr key={i.id} data-testid="company-inquiry">
                    <td data-title={t("inbox.col.subject")}>
                      <Link to={i.kind === "fast_track" && i.case_id ? `/virksomhed/sager/${i.case_id}` : `/virksomhed/henvendelser/${i.id}`}>{i.subject}</Link>
                      <br />
                      <span className="muted">{t(`inquiry.kind.${i.kind}`)}</span>
                    </td>
                    <td data-title={t("inbox.col.received")}>
                      <DateTime iso={i.received_at} />
                    </td>
                    <td data-title={t("companyInquiries.col.status")}>{t(`companyInquiries.status.${i.status}`)}</td>
                    <td data-title={t("companyInquiries.col.answer")}>
                      {i.first_answered_at ? (
                        <>
                          {t("case.answer.after", { duration: formatDuration(Date.parse(i.first_answered_at) - Date.parse(i.received_at), lang) })}{" "}
                          <DeadlineBadge dueAt={i.due_at} now={data.now} answeredAt={i.first_answered_at} />
                        </>
                      ) : (
                        <>
                          {t("cases.answerBy")} <DateTime iso={i.due_at} /> <DeadlineBadge dueAt={i.due_at} now={data.now} />
                        </>
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
