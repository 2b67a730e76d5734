import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { ErrorSummary, TextAreaField } from "~/components/forms";
import { CaseFacts, FastTrackAnswers, FastTrackDeadlineRows } from "~/components/case";
import { DateTime, DeadlineBadge } from "~/components/time";
import { requireStaff } from "~/services/auth.server";
import { revealCprForStaff, staffInquiryView } from "~/services/caseViews.server";
import { replyToInquiry, takeInquiry } from "~/services/inquiries.server";
import { nudgeJobWorker } from "~/services/jobs.server";
import { nowIso } from "~/utils/clock";
import { formatDuration } from "~/utils/dates";
import { idParam, parseForm, requiredText, type FormFailure, readFormData } from "~/utils/forms";
import { getT } from "~/utils/i18n.server";
import { useT } from "~/utils/i18n";

export const meta: MetaFunction = () => [{ title: "Henvendelse – Fasthold" }];

function notFound(): never {
  throw new Response("Not Found", { status: 404 });
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const staff = await requireStaff(request);
  const id = idParam.safeParse(params.inquiryId);
  if (!id.success) notFound();
  const view = await staffInquiryView(id.data);
  if (!view) notFound();
  return json({ ...view, now: nowIso(), me: staff.id });
}

const replySchema = z.object({ body: requiredText(5000) });

type ActionData = FormFailure | { cpr: string };

export async function action({ request, params }: ActionFunctionArgs) {
  const staff = await requireStaff(request);
  const id = idParam.safeParse(params.inquiryId);
  if (!id.success) notFound();
  const { t } = await getT(request);
  const formData = await readFormData(request);
  const intent = z.enum(["take", "reply", "reveal-cpr"]).safeParse(formData.get("intent"));
  if (!intent.success) throw new Response("Bad Request", { status: 400 });

  if (intent.data === "reveal-cpr") {
    const view = await staffInquiryView(id.data);
    if (!view?.case) notFound();
    const cpr = await revealCprForStaff(staff, view.case.id);
    if (!cpr) notFound();
    return json<ActionData>({ cpr });
  }
  if (intent.data === "take") {
    const result = await takeInquiry(staff, id.data);
    if (!result.ok && result.error === "notFound") notFound();
    return redirect(`/jobcenter/henvendelser/${id.data}`);
  }
  const parsed = parseForm(replySchema, formData, t);
  if (!parsed.ok) return json<ActionData>(parsed.failure, { status: 400 });
  const result = await replyToInquiry(staff, id.data, parsed.data.body);
  if (!result.ok) {
    if (result.error === "notFound") notFound();
    return json<ActionData>({ errors: { body: t("inquiry.closedError") }, values: parsed.values }, { status: 409 });
  }
  nudgeJobWorker();
  return redirect(`/jobcenter/henvendelser/${id.data}?besvaret=1`);
}

export default function InquiryPage() {
  const { t, lang } = useT();
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const failure = actionData && "errors" in actionData ? actionData : null;
  const revealedCpr = actionData && "cpr" in actionData ? actionData.cpr : null;
  const i = data.inquiry;
  const c = data.case;
  const ft = data.fastTrack;
  return (
    <>
      <p>
        <Link to="/jobcenter">← {t("nav.inbox")}</Link>
      </p>
      <h1>{i.subject}</h1>
      <p className="muted">
        {t(`inquiry.kind.${i.kind}`)} · {i.company_name} (CVR {i.company_cvr}){" "}
        {!i.company_verified_at ? <span className="badge badge--soon">{t("companies.unverified")}</span> : null}
      </p>

      <section className="card" aria-labelledby="deadlines">
        <h2 id="deadlines">{t("inquiry.deadlines")}</h2>
        <dl className="summary">
          <div>
            <dt>{t("inquiry.received")}</dt>
            <dd>
              <DateTime iso={i.received_at} />
            </dd>
          </div>
          <div>
            <dt>{t("inquiry.answerBy")}</dt>
            <dd data-testid="answer-by">
              <DateTime iso={i.due_at} /> <DeadlineBadge dueAt={i.due_at} now={data.now} answeredAt={i.first_answered_at} />
            </dd>
          </div>
          {i.first_answered_at ? (
            <div>
              <dt>{t("inquiry.firstAnswer")}</dt>
              <dd>
                <DateTime iso={i.first_answered_at} /> (
                {t("case.answer.after", { duration: formatDuration(Date.parse(i.first_answered_at) - Date.parse(i.received_at), lang) })})
              </dd>
            </div>
          ) : null}
          {ft ? (
            <FastTrackDeadlineRows
              consentStatus={ft.consent_status}
              consentDeadline={ft.consent_deadline}
              firstConversationDue={ft.first_conversation_due}
              normalFollowUpBy={data.normalFollowUpBy ?? ft.first_conversation_due}
            />
          ) : null}
        </dl>
        <p>
          {i.assignee_name ? t("inquiry.assignedTo", { name: i.assignee_name }) : t("inbox.unassigned")}{" "}
          {i.assigned_to !== data.me && i.status !== "closed" ? (
            <Form method="post" className="inline-form">
              <button type="submit" name="intent" value="take" className="button button--small">
                {t("inquiry.take")}
              </button>
            </Form>
          ) : null}
        </p>
      </section>

      {c ? (
        <section aria-labelledby="case-heading">
          <h2 id="case-heading">{t("inquiry.case")}</h2>
          <CaseFacts
            c={c}
            employeeName={c.employee_name}
            dayNumber={data.dayNumber ?? 0}
            revealedCpr={revealedCpr}
            dayNote={data.dayNumberAtRequest ? t("inquiry.dayAtRequest", { day: data.dayNumberAtRequest }) : undefined}
          />
          {ft ? (
            <div className="two-col">
              <div>
                <h3>{t("inquiry.employerAnswers")}</h3>
                <FastTrackAnswers functions={ft.affected_functions} duration={ft.affected_duration} adapted={ft.work_adapted} />
              </div>
              <div>
                <h3>{t("inquiry.employeeAnswers")}</h3>
                <p className="hint">{t("inquiry.employeeAnswersHint")}</p>
                <FastTrackAnswers functions={ft.employee_affected_functions} duration={ft.employee_affected_duration} adapted={ft.employee_work_adapted} />
              </div>
            </div>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="messages-heading">
        <h2 id="messages-heading">{t("inquiry.messages")}</h2>
        {data.messages.length === 0 ? <p>{t("inquiry.noMessages")}</p> : null}
        <ol className="messages">
          {data.messages.map((m) => (
            <li key={m.id} className="message">
              <p className="message-meta">
                {m.author_name}, <DateTime iso={m.created_at} />
              </p>
              <p className="message-body">{m.body}</p>
            </li>
          ))}
        </ol>
        {i.status !== "closed" ? (
          <>
            <ErrorSummary failure={failure} />
            <Form method="post" noValidate>
              <input type="hidden" name="intent" value="reply" />
              <TextAreaField
                name="body"
                label={t("inquiry.replyLabel")}
                hint={t("inquiry.replyHint", { name: i.creator_name })}
                rows={6}
                maxLength={5000}
                failure={failure}
              />
              <button type="submit" className="button">
                {t("inquiry.send")}
              </button>
            </Form>
          </>
        ) : null}
      </section>
    </>
  );
}
