import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CaseFacts, FastTrackAnswers, FastTrackDeadlineRows } from "~/components/case";
import { ErrorSummary, RadioGroup, TextAreaField } from "~/components/forms";
import { InquiryThread } from "~/components/inquiry";
import { DateTime, DeadlineBadge } from "~/components/time";
import { db } from "~db/index";
import { listStaff } from "~/models/user.server";
import { requireStaff } from "~/services/auth.server";
import { staffScope } from "~/models/scope.server";
import { revealCprForStaff, staffInquiryView } from "~/services/caseViews.server";
import { addInternalNote, answerInquiry, closeInquiry, handOverInquiry, takeInquiry } from "~/services/inquiries.server";
import { nudgeJobWorker } from "~/services/jobs.server";
import { planSummariesForCase, startPlan } from "~/services/plans.server";
import { CasePlanCard } from "~/components/planStatus";
import { ProgressionSection } from "~/components/progression";
import { progressionFor } from "~/services/progression.server";
import { nowIso } from "~/utils/clock";
import { formatDuration } from "~/utils/dates";
import { type FormFailure } from "~/utils/forms";
import { idParam, parseForm, readFormData } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { useT, type I18nHandle } from "~/utils/i18n";
import { notFound } from "~/utils/http";
import { inquiryIntentSchema, inquiryFormSchemas } from "~/schemas/jobcenter.server";

export const handle: I18nHandle = {
  i18n: [
    "case",
    "companies",
    "companyInquiries",
    "consent.status",
    "contact.awayUntil",
    "contact.none",
    "contact.preferred",
    "contact.prefers",
    "contact.teamCovers",
    "contact.yourConsultant",
    "desk",
    "fastTrack.section",
    "inbox",
    "inquiry",
    "message",
    "plan.caseCard",
    "plan.fullReturn",
    "plan.partialReturn",
    "profile",
    "progression",
    "staffCase",
  ],
};

export const meta: MetaFunction = () => [{ title: "Henvendelse – Fasthold" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const staff = await requireStaff(request);
  const id = idParam.safeParse(params.inquiryId);
  if (!id.success) notFound();
  const view = await staffInquiryView(staff, id.data);
  if (!view) notFound();
  const colleagues = await listStaff(db, ["consultant", "team_lead"]);
  const plans = view.case ? await planSummariesForCase(staffScope(staff), view.case.id) : [];
  // The employee's own progression ratings: the jobcenter always sees them.
  const progression = view.case ? await progressionFor(staffScope(staff), view.case.id) : null;
  return json({
    ...view,
    plans,
    progression,
    now: nowIso(),
    me: staff.id,
    colleagues: colleagues.map(({ id, name, away_until }) => ({ id, name, away_until })),
  });
}

type ActionData = FormFailure | { cpr: string };

export async function action({ request, params }: ActionFunctionArgs) {
  const staff = await requireStaff(request);
  const id = idParam.safeParse(params.inquiryId);
  if (!id.success) notFound();
  const { t } = await getT(request);
  const formData = await readFormData(request);
  const intent = inquiryIntentSchema.safeParse(formData.get("intent"));
  if (!intent.success) throw new Response("Bad Request", { status: 400 });
  const back = `/jobcenter/henvendelser/${id.data}`;

  if (intent.data === "reveal-cpr") {
    const view = await staffInquiryView(staff, id.data);
    if (!view?.case) notFound();
    const cpr = await revealCprForStaff(staff, view.case.id);
    if (!cpr) notFound();
    return json<ActionData>({ cpr });
  }
  if (intent.data === "start-plan") {
    const view = await staffInquiryView(staff, id.data);
    if (!view?.case) notFound();
    const started = await startPlan({ party: "consultant", user: staff, name: staff.name }, view.case.id);
    if (!started.ok) return redirect(back);
    nudgeJobWorker();
    return redirect(`/plan/${started.planId}`);
  }
  if (intent.data === "take" || intent.data === "close") {
    const result = intent.data === "take" ? await takeInquiry(staff, id.data) : await closeInquiry(staff, id.data);
    if (!result.ok) {
      if (result.error === "notFound") notFound();
      const message = result.error === "unanswered" ? t("desk.closeUnanswered") : t("inquiry.closedError");
      return json<ActionData>({ errors: {}, formError: message, values: {} }, { status: 409 });
    }
    return redirect(back);
  }

  const parsed = parseForm(inquiryFormSchemas[intent.data], formData, t);
  if (!parsed.ok) return json<ActionData>(parsed.failure, { status: 400 });
  const data = parsed.data;
  const result =
    intent.data === "answer"
      ? await answerInquiry(staff, id.data, data.answerKind as "reply" | "call", data.body)
      : intent.data === "note"
        ? await addInternalNote(staff, id.data, data.noteBody)
        : await handOverInquiry(staff, id.data, data.handoverTo, data.handoverNote);
  if (!result.ok) {
    if (result.error === "notFound") notFound();
    const errors: Record<string, string> =
      result.error === "unknownConsultant" ? { handoverTo: t("desk.handoverToRequired") } : { _form: t("inquiry.closedError") };
    return json<ActionData>({ errors, values: parsed.values }, { status: result.error === "unknownConsultant" ? 400 : 409 });
  }
  nudgeJobWorker();
  return redirect(back);
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
  const open = i.status !== "closed";
  return (
    <>
      <p>
        <Link to="/jobcenter">← {t("nav.inbox")}</Link>
      </p>
      <h1>{i.subject}</h1>
      <p className="muted">
        {t(`inquiry.kind.${i.kind}`)} · {i.company_name} (CVR {i.company_cvr}) · {t(`companyInquiries.status.${i.status}`)}{" "}
        {!i.company_verified_at ? <span className="badge badge-warning">{t("companies.unverified")}</span> : null}
      </p>

      <section className="card" aria-labelledby="deadlines">
        <h2 id="deadlines">{t("inquiry.deadlines")}</h2>
        <dl className="summary">
          <div>
            <dt>{t("inquiry.received")}</dt>
            <dd data-testid="received">
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
        {/* A div, not a p: a form inside a p is closed early by the HTML parser and breaks hydration. */}
        <div className="my-4">
          {i.assignee_name ? t("inquiry.assignedTo", { name: i.assignee_name }) : t("inbox.unassigned")}{" "}
          {i.assigned_to !== data.me && open ? (
            <Form method="post" className="inline-form">
              <button type="submit" name="intent" value="take" className="button button-primary button--small">
                {t("inquiry.take")}
              </button>
            </Form>
          ) : null}
        </div>
      </section>

      <section aria-labelledby="from-heading">
        <h2 id="from-heading">{t(i.from_employee ? "desk.fromEmployee" : "desk.from")}</h2>
        <dl className="summary">
          <div>
            <dt>{t("field.contactName")}</dt>
            <dd>
              {i.contact_name ?? i.creator_name ?? "–"}
              {i.created_by ? null : <span className="muted"> ({t("desk.guest")})</span>}
            </dd>
          </div>
          <div>
            <dt>{t("desk.reachBy")}</dt>
            <dd>
              {[i.contact_phone ?? i.creator_phone, i.contact_email ?? i.creator_email].filter(Boolean).join(", ")}
              {i.preferred_contact ? ` · ${t("contact.prefers")} ${t(`contact.preferred.${i.preferred_contact}`).toLowerCase()}` : ""}
            </dd>
          </div>
        </dl>
        {i.message ? (
          <div className="message">
            <p className="message-meta">
              <DateTime iso={i.received_at} />
            </p>
            <p className="message-body" data-testid="inquiry-message">
              {i.message}
            </p>
          </div>
        ) : null}
      </section>

      {data.serviceRequestId ? (
        <section aria-labelledby="service-request-heading">
          <h2 id="service-request-heading">{t("inquiry.serviceRequest")}</h2>
          <p>
            <Link to={`/jobcenter/tilbud/anmodninger/${data.serviceRequestId}`} data-testid="inquiry-service-request">
              {t("inquiry.openServiceRequest")}
            </Link>
          </p>
        </section>
      ) : null}

      {c ? (
        <section aria-labelledby="case-heading">
          <h2 id="case-heading">{t("inquiry.case")}</h2>
          <p>
            <Link to={`/jobcenter/sager/${c.id}`}>{t("staffCase.openCase")}</Link>
          </p>
          <CaseFacts
            c={c}
            employeeName={c.employee_name}
            dayNumber={data.dayNumber ?? 0}
            revealedCpr={revealedCpr}
            dayNote={data.dayNumberAtRequest ? t("inquiry.dayAtRequest", { day: data.dayNumberAtRequest }) : undefined}
          />
          <CasePlanCard plans={data.plans} canStart />
          {data.progression ? <ProgressionSection view={data.progression} viewer="staff" /> : null}
          {ft ? (
            <div className="two-col">
              <div>
                <h3>{t("inquiry.employerAnswers")}</h3>
                <FastTrackAnswers functions={ft.affected_functions} duration={ft.affected_duration} adapted={ft.work_adapted} />
              </div>
              <div>
                <h3>{t("inquiry.employeeAnswers")}</h3>
                <p className="form-hint">{t("inquiry.employeeAnswersHint")}</p>
                <FastTrackAnswers functions={ft.employee_affected_functions} duration={ft.employee_affected_duration} adapted={ft.employee_work_adapted} />
              </div>
            </div>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="messages-heading">
        <h2 id="messages-heading">{t("desk.thread")}</h2>
        <InquiryThread messages={data.messages} staffView />
      </section>

      {open ? (
        <section aria-labelledby="act-heading">
          <h2 id="act-heading">{t("desk.act")}</h2>
          <ErrorSummary failure={failure} />
          <Form method="post" noValidate className="card">
            <input type="hidden" name="intent" value="answer" />
            <h3>{t("desk.answerTitle")}</h3>
            <RadioGroup
              name="answerKind"
              legend={t("desk.answerKind")}
              defaultValue="reply"
              options={[
                { value: "reply", label: t("desk.answerKind.reply"), hint: t("inquiry.replyHint", { name: i.contact_name ?? i.creator_name ?? "" }) },
                { value: "call", label: t("desk.answerKind.call"), hint: t("desk.answerKind.callHint") },
              ]}
              failure={failure}
            />
            <TextAreaField name="body" label={t("inquiry.replyLabel")} rows={6} maxLength={5000} failure={failure} />
            <button type="submit" className="button button-primary">
              {t("inquiry.send")}
            </button>
          </Form>

          <Form method="post" noValidate className="card">
            <input type="hidden" name="intent" value="note" />
            <h3>{t("desk.noteTitle")}</h3>
            <TextAreaField name="noteBody" label={t("desk.noteLabel")} hint={t("desk.noteHint")} rows={3} maxLength={5000} failure={failure} />
            <button type="submit" className="button button-secondary">
              {t("desk.noteSubmit")}
            </button>
          </Form>

          <Form method="post" noValidate className="card">
            <input type="hidden" name="intent" value="handover" />
            <h3>{t("desk.handoverTitle")}</h3>
            <div className={`form-group${failure?.errors.handoverTo ? " form-error" : ""}`}>
              <label htmlFor="field-handoverTo" className="form-label">
                {t("desk.handoverTo")}
              </label>
              {failure?.errors.handoverTo ? (
                <p id="field-handoverTo-error" className="form-error-message">
                  {failure.errors.handoverTo}
                </p>
              ) : null}
              <select
                id="field-handoverTo"
                name="handoverTo"
                className="form-select"
                defaultValue={failure?.values.handoverTo ?? ""}
                aria-describedby={failure?.errors.handoverTo ? "field-handoverTo-error" : undefined}
              >
                <option value="">{t("desk.handoverChoose")}</option>
                {data.colleagues
                  .filter((p) => p.id !== i.assigned_to)
                  .map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                      {p.away_until && p.away_until >= data.now.slice(0, 10) ? ` (${t("profile.awayShort")})` : ""}
                    </option>
                  ))}
              </select>
            </div>
            <TextAreaField name="handoverNote" label={t("desk.handoverNote")} hint={t("desk.noteHint")} rows={3} maxLength={2000} failure={failure} />
            <button type="submit" className="button button-secondary">
              {t("desk.handoverSubmit")}
            </button>
          </Form>

          {i.first_answered_at ? (
            <Form method="post" className="card">
              <h3>{t("desk.closeTitle")}</h3>
              <p>{t("desk.closeHint")}</p>
              <button type="submit" name="intent" value="close" className="button button-secondary">
                {t("desk.closeSubmit")}
              </button>
            </Form>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
