import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DateTime, DeadlineBadge } from "~/components/time";
import { db } from "~db/index";
import { listOpenInquiries, listRecentlyAnsweredInquiries } from "~/models/inquiry.server";
import { requireStaff } from "~/services/auth.server";
import { nowIso } from "~/utils/clock";
import { useT } from "~/utils/i18n";

export const meta: MetaFunction = () => [{ title: "Henvendelser – Fasthold" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  const [open, answered] = await Promise.all([listOpenInquiries(db), listRecentlyAnsweredInquiries(db)]);
  return json({ now: nowIso(), open, answered });
}

export default function Inbox() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("inbox.title")}</h1>
      <p className="lead">{t("inbox.lead")}</p>
      <h2>{t("inbox.open", { count: data.open.length })}</h2>
      {data.open.length === 0 ? (
        <p>{t("inbox.empty")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t("inbox.open", { count: data.open.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("inbox.col.timeLeft")}</th>
                <th scope="col">{t("inbox.col.subject")}</th>
                <th scope="col">{t("inbox.col.company")}</th>
                <th scope="col">{t("inbox.col.received")}</th>
                <th scope="col">{t("inbox.col.due")}</th>
                <th scope="col">{t("inbox.col.assignee")}</th>
              </tr>
            </thead>
            <tbody>
              {data.open.map((i) => (
                <tr key={i.id} data-testid="open-inquiry">
                  <td>
                    <DeadlineBadge dueAt={i.due_at} now={data.now} />
                  </td>
                  <td>
                    <Link to={`/jobcenter/henvendelser/${i.id}`}>{i.subject}</Link>
                    <br />
                    <span className="muted">{t(`inquiry.kind.${i.kind}`)}</span>
                  </td>
                  <td>{i.company_name}</td>
                  <td>
                    <DateTime iso={i.received_at} />
                  </td>
                  <td>
                    <DateTime iso={i.due_at} />
                  </td>
                  <td>{i.assignee_name ?? t("inbox.unassigned")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>{t("inbox.answered")}</h2>
      {data.answered.length === 0 ? (
        <p>{t("inbox.answeredEmpty")}</p>
      ) : (
        <ul className="plain-list">
          {data.answered.map((i) => (
            <li key={i.id}>
              <Link to={`/jobcenter/henvendelser/${i.id}`}>{i.subject}</Link> – {i.company_name}{" "}
              <DeadlineBadge dueAt={i.due_at} now={data.now} answeredAt={i.first_answered_at} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
