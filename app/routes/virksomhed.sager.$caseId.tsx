import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { CaseFacts, FastTrackAnswers, FastTrackDeadlineRows } from "~/components/case";
import { DateTime, DeadlineBadge } from "~/components/time";
import { requireEmployer } from "~/services/auth.server";
import { employerCaseView, revealCprForEmployer } from "~/services/caseViews.server";
import { nowIso } from "~/utils/clock";
import { formatDuration } from "~/utils/dates";
import { idParam, readFormData } from "~/utils/forms";
import { useT } from "~/utils/i18n";

export const meta: MetaFunction = () => [{ title: "Sag – Fasthold" }];

function notFound(): never {
  throw new Response("Not Found", { status: 404 });
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireEmployer(request);
  const caseId = idParam.safeParse(params.caseId);
  if (!caseId.success) notFound();
  const view = await employerCaseView(user, caseId.data);
  if (!view) notFound();
  return json({ ...view, now: nowIso() });
}

const actionSchema = z.object({ intent: z.literal("reveal-cpr") });

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireEmployer(request);
  const caseId = idParam.safeParse(params.caseId);
  if (!caseId.success) notFound();
  const form = actionSchema.safeParse(Object.fromEntries(await readFormData(request)));
  if (!form.success) throw new Response("Bad Request", { status: 400 });
  const cpr = await revealCprForEmployer(user, caseId.data);
  if (!cpr) notFound();
  return json({ cpr });
}

export default function EmployerCase() {
  const { t, lang } = useT();
  const data = useLoaderData<typeof loader>();
  const revealed = useActionData<typeof action>();
  const [params] = useSearchParams();
  const c = data.case;
  const ft = data.fastTrack;
  return (
    <>
      <p>
        <Link to="/virksomhed">← {t("nav.cases")}</Link>
      </p>
      {params.get("sendt") ? (
        <div className="notice notice--success" role="status">
          <h2>{t("case.sent.title")}</h2>
          <p>{t("case.sent.text")}</p>
        </div>
      ) : null}
      <h1>{c.employee_name}</h1>

      {data.inquiries.map((i) => (
        <section key={i.id} className="card promise" aria-labelledby={`inq-${i.id}`}>
          <h2 id={`inq-${i.id}`}>{t("case.answer.title")}</h2>
          {i.firstAnsweredAt ? (
            <p data-testid="answered">
              {t("case.answer.answered")} <DateTime iso={i.firstAnsweredAt} />,{" "}
              {t("case.answer.after", { duration: formatDuration(Date.parse(i.firstAnsweredAt) - Date.parse(i.receivedAt), lang) })}{" "}
              <DeadlineBadge dueAt={i.dueAt} now={data.now} answeredAt={i.firstAnsweredAt} />
            </p>
          ) : (
            <p className="promise-text" data-testid="promise">
              {t("case.answer.promise")} <strong><DateTime iso={i.dueAt} /></strong>{" "}
              <DeadlineBadge dueAt={i.dueAt} now={data.now} />
            </p>
          )}
          {i.replies.length ? (
            <ol className="messages">
              {i.replies.map((r) => (
                <li key={r.id} className="message">
                  <p className="message-meta">
                    {r.authorName}, <DateTime iso={r.createdAt} /> ({t("case.answer.after", { duration: formatDuration(Date.parse(r.createdAt) - Date.parse(i.receivedAt), lang) })})
                  </p>
                  <p className="message-body">{r.body}</p>
                </li>
              ))}
            </ol>
          ) : null}
        </section>
      ))}

      <h2>{t("case.details")}</h2>
      <CaseFacts c={c} dayNumber={data.dayNumber} revealedCpr={revealed?.cpr} />

      {ft ? (
        <>
          <h2>{t("case.fastTrack")}</h2>
          <dl className="summary">
            <div>
              <dt>{t("case.requestedAt")}</dt>
              <dd>
                <DateTime iso={ft.requestedAt} />
              </dd>
            </div>
            <FastTrackDeadlineRows
              consentStatus={ft.consentStatus}
              consentDeadline={ft.consentDeadline}
              firstConversationDue={ft.firstConversationDue}
              normalFollowUpBy={data.normalFollowUpBy}
            />
          </dl>
          <h3>{t("case.yourAnswers")}</h3>
          <FastTrackAnswers functions={ft.affectedFunctions} duration={ft.affectedDuration} adapted={ft.workAdapted} />
        </>
      ) : null}
    </>
  );
}
