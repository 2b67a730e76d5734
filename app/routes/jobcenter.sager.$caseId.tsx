import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { CaseFacts, FastTrackDeadlineRows } from "~/components/case";
import { Alert, ErrorSummary, SelectField, TextField, DateField } from "~/components/forms";
import { ClosureFields, DueBadge, EndedPlans, OutcomeName, QuietBadge, StepName } from "~/components/followUp";
import { CorrectionForm } from "~/components/corrections";
import { CasePlanCard } from "~/components/planStatus";
import { ProgressionSection } from "~/components/progression";
import { DateOnly, DateTime } from "~/components/time";
import { doneLate } from "~/domain/followUp";
import { findHealthWords } from "~/domain/healthWords";
import { requireStaff } from "~/services/auth.server";
import { closeCase, rejectClosure, reopenCase, type ClosureResult } from "~/services/caseClosure.server";
import { revealCprForStaff } from "~/services/caseViews.server";
import { recordStep, staffCaseView, takeCase, type CaseActionResult } from "~/services/followUp.server";
import { nudgeJobWorker } from "~/services/jobs.server";
import { staffScope } from "~/models/scope.server";
import { progressionFor } from "~/services/progression.server";
import { startPlan } from "~/services/plans.server";
import { type FormFailure } from "~/utils/forms";
import { idParam, parseForm, readFormData } from "~/utils/forms.server";
import { correctCaseAsStaff } from "~/services/corrections.server";
import { staffCorrectionSchema } from "~/domain/correctionForm.server";
import { now } from "~/utils/clock";
import { copenhagenDate } from "~/utils/dates";
import { useT, type MessageKey, type Translate, type I18nHandle } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { notFound } from "~/utils/http";
import { caseIntentSchema, recordStepSchema, closeCaseSchema, rejectClosureSchema, reopenCaseSchema } from "~/schemas/jobcenter.server";

export const handle: I18nHandle = {
  i18n: [
    "activity",
    "case",
    "closure",
    "consent.status",
    "correction",
    "fastTrack.section",
    "followUp",
    "plan.caseCard",
    "plan.fullReturn",
    "plan.health",
    "plan.partialReturn",
    "progression",
    "staffCase",
  ],
};

export const meta: MetaFunction = () => [{ title: "Sag – Fasthold" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const staff = await requireStaff(request);
  const caseId = idParam.safeParse(params.caseId);
  if (!caseId.success) notFound();
  const view = await staffCaseView(staff, caseId.data);
  if (!view) notFound();
  // The employee's own progression ratings: the jobcenter always sees them.
  const progression = await progressionFor(staffScope(staff), caseId.data);
  return json({ ...view, progression, staffId: staff.id });
}

/** A failed form on this page: which form, its errors and values, and held health words. */
type Failure = FormFailure & { form: string; healthWords?: string[] };

const fail = (form: string, failure: FormFailure, status: number, extra: Partial<Failure> = {}) => json<Failure>({ ...failure, form, ...extra }, { status });

function serviceFailure(form: string, result: Exclude<ClosureResult | CaseActionResult, { ok: true }>, values: Record<string, string>, t: Translate) {
  if (result.error === "notFound") notFound();
  const dateField = form === "record-step" ? "doneOn" : "closedOn";
  if (result.error === "dateInFuture") return fail(form, { errors: { [dateField]: t("closure.error.dateInFuture") }, values }, 400);
  if (result.error === "dateBeforeAbsence") return fail(form, { errors: { [dateField]: t("closure.error.dateBeforeAbsence") }, values }, 400);
  return fail(form, { errors: {}, values, formError: t(`closure.error.${result.error}` as MessageKey) }, 409);
}

export async function action({ request, params }: ActionFunctionArgs) {
  const staff = await requireStaff(request);
  const caseId = idParam.safeParse(params.caseId);
  if (!caseId.success) notFound();
  const formData = await readFormData(request);
  const intent = caseIntentSchema.safeParse({ intent: formData.get("intent") });
  if (!intent.success) throw new Response("Bad Request", { status: 400 });
  const { t } = await getT(request);
  const id = caseId.data;
  const back = `/jobcenter/sager/${id}`;
  const done = (result: ClosureResult | CaseActionResult, form: string, values: Record<string, string>, notice: string) => {
    if (!result.ok) return serviceFailure(form, result, values, t);
    nudgeJobWorker();
    return redirect(`${back}?${notice}=1`);
  };

  switch (intent.data.intent) {
    case "reveal-cpr": {
      const cpr = await revealCprForStaff(staff, id);
      if (!cpr) notFound();
      return json({ cpr });
    }
    case "start-plan": {
      const started = await startPlan({ party: "consultant", user: staff, name: staff.name }, id);
      if (!started.ok && started.error === "notFound") notFound();
      if (!started.ok) return redirect(back);
      nudgeJobWorker();
      return redirect(`/plan/${started.planId}/rediger`);
    }
    case "take-case":
      return done(await takeCase(staff, id), "take-case", {}, "taget");
    case "record-step": {
      const parsed = parseForm(recordStepSchema, formData, t);
      if (!parsed.ok) return fail("record-step", parsed.failure, 400);
      return done(await recordStep(staff, id, parsed.data.stepId, parsed.data.doneOn), "record-step", parsed.values, "registreret");
    }
    case "close": {
      const parsed = parseForm(closeCaseSchema, formData, t);
      if (!parsed.ok) return fail("close", parsed.failure, 400);
      const note = parsed.data.outcome === "other" ? (parsed.data.note ?? null) : null;
      const words = note ? findHealthWords(note) : [];
      if (words.length && !parsed.data.confirmHealth) return fail("close", { errors: {}, values: parsed.values }, 422, { healthWords: words });
      return done(await closeCase(staff, id, { outcome: parsed.data.outcome, closedOn: parsed.data.closedOn, note }), "close", parsed.values, "afsluttet");
    }
    case "confirm-closure": {
      const view = await staffCaseView(staff, id);
      if (!view) notFound();
      const { closure_proposed_outcome: outcome, closure_proposed_on: closedOn, closure_proposed_note: note } = view.life;
      if (!outcome || !closedOn) return fail("confirm-closure", { errors: {}, values: {}, formError: t("closure.error.noProposal") }, 409);
      return done(await closeCase(staff, id, { outcome, closedOn, note }, { confirmsProposal: true }), "confirm-closure", {}, "afsluttet");
    }
    case "reject-closure": {
      const parsed = parseForm(rejectClosureSchema, formData, t);
      if (!parsed.ok) return fail("reject-closure", parsed.failure, 400);
      return done(await rejectClosure(staff, id, parsed.data.rejectReason), "reject-closure", parsed.values, "afvist");
    }
    case "reopen": {
      const parsed = parseForm(reopenCaseSchema, formData, t);
      if (!parsed.ok) return fail("reopen", parsed.failure, 400);
      return done(await reopenCase(staff, id, parsed.data.reopenReason), "reopen", parsed.values, "genaabnet");
    }
    case "correct": {
      const parsed = parseForm(staffCorrectionSchema(copenhagenDate(now())), formData, t);
      if (!parsed.ok) return fail("correct", parsed.failure, 400);
      const result = await correctCaseAsStaff(staff, id, parsed.data);
      if (!result.ok && result.error === "notFound") notFound();
      if (!result.ok) return fail("correct", { errors: {}, values: parsed.values, formError: t("correction.anonymised") }, 409);
      nudgeJobWorker();
      return redirect(`${back}?${result.changed.length ? "rettet" : "uaendret"}=1`);
    }
  }
}

const notices = ["taget", "registreret", "afsluttet", "afvist", "genaabnet", "rettet", "uaendret"] as const;

export default function StaffCase() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as (Failure & { cpr?: undefined }) | { cpr: string } | undefined;
  const failure = result && "form" in result ? result : undefined;
  const revealed = result && "cpr" in result ? result.cpr : undefined;
  const failureOf = (form: string) => (failure?.form === form ? failure : null);
  const [params] = useSearchParams();
  const notice = notices.find((n) => params.get(n));
  const c = data.case;
  const life = data.life;
  const open = life.status === "open";
  const openSteps = data.steps.filter((s) => !s.done_at);
  return (
    <>
      <p>
        <Link to="/jobcenter/opfoelgning">← {t("followUp.title")}</Link>
      </p>
      {notice ? (
        <Alert variant="success" role="status">
          <p className="alert-text">{t(`staffCase.notice.${notice}` as MessageKey)}</p>
        </Alert>
      ) : null}
      <h1>{c.employee_name}</h1>
      <p className="lead">
        {c.company_name} ·{" "}
        {open ? (
          <span className="badge badge-info">{t("staffCase.open")}</span>
        ) : (
          <span className="badge badge-success" data-testid="case-closed-badge">
            {t("staffCase.closed")}
          </span>
        )}
      </p>

      {data.quietDays !== null ? (
        <Alert variant="warning" data-testid="case-quiet">
          <p className="alert-text">
            <QuietBadge days={data.quietDays} /> {t("activity.caseText")} {life.last_activity_at ? <DateTime iso={life.last_activity_at} /> : null}.
          </p>
        </Alert>
      ) : null}

      {!open && life.outcome && life.closed_on ? (
        <Alert variant="info" data-testid="case-closed">
          <p className="alert-text">
            {t("closure.closedOn")} <DateOnly date={life.closed_on} />: <OutcomeName outcome={life.outcome} />
            {life.outcome_note ? ` (${life.outcome_note})` : ""}
          </p>
        </Alert>
      ) : null}

      <section aria-labelledby="consultant-h">
        <h2 id="consultant-h">{t("staffCase.consultant")}</h2>
        <p data-testid="case-consultant">{life.consultant_name ?? t("followUp.noConsultant")}</p>
        {open && life.consultant_id !== data.staffId ? (
          <Form method="post">
            <button type="submit" name="intent" value="take-case" className="button button-secondary">
              {t("staffCase.take")}
            </button>
          </Form>
        ) : null}
      </section>

      {open && life.closure_proposed_at && life.closure_proposed_outcome && life.closure_proposed_on ? (
        <section className="card" aria-labelledby="proposal-h" data-testid="closure-proposal">
          <h2 id="proposal-h">{t("closure.proposal.title")}</h2>
          <p>
            {t("closure.proposal.text", { name: life.proposer_name ?? "" })} <OutcomeName outcome={life.closure_proposed_outcome} />,{" "}
            <DateOnly date={life.closure_proposed_on} />
            {life.closure_proposed_note ? ` (${life.closure_proposed_note})` : ""}
          </p>
          <ErrorSummary failure={failureOf("confirm-closure")} />
          <Form method="post">
            <button type="submit" name="intent" value="confirm-closure" className="button button-primary">
              {t("closure.proposal.confirm")}
            </button>
          </Form>
          <Form method="post">
            <ErrorSummary failure={failureOf("reject-closure")} />
            <TextField name="rejectReason" label={t("closure.proposal.rejectReason")} maxLength={500} failure={failureOf("reject-closure")} />
            <button type="submit" name="intent" value="reject-closure" className="button button-secondary">
              {t("closure.proposal.reject")}
            </button>
          </Form>
        </section>
      ) : null}

      <section aria-labelledby="steps-h">
        <h2 id="steps-h">{t("staffCase.steps")}</h2>
        {data.steps.length === 0 ? (
          <p>{t("staffCase.noSteps")}</p>
        ) : (
          <table className="table table--responsive-headers" data-testid="case-steps">
            <caption className="visually-hidden">{t("staffCase.steps")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("followUp.col.step")}</th>
                <th scope="col">{t("staffCase.col.dueBy")}</th>
                <th scope="col">{t("staffCase.col.status")}</th>
              </tr>
            </thead>
            <tbody>
              {data.steps.map((s) => (
                <tr key={s.id} data-testid="case-step">
                  <td data-title={t("followUp.col.step")}>
                    <StepName kind={s.kind} seq={s.seq} />
                  </td>
                  <td data-title={t("staffCase.col.dueBy")}>
                    <DateOnly date={s.due_on} />
                  </td>
                  <td data-title={t("staffCase.col.status")}>
                    {s.done_at && s.done_on ? (
                      <>
                        <span className={`badge ${doneLate(s) ? "badge-warning" : "badge-success"}`}>
                          {doneLate(s) ? t("staffCase.doneLate") : t("staffCase.done")}
                        </span>{" "}
                        <DateOnly date={s.done_on} />
                        {s.meeting_id ? ` · ${t("staffCase.byMeeting")}` : s.done_by_name ? ` · ${s.done_by_name}` : ""}
                      </>
                    ) : open ? (
                      <DueBadge dueOn={s.due_on} today={data.today} />
                    ) : (
                      "–"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {open && openSteps.length ? (
          <Form method="post" className="card" aria-labelledby="record-h">
            <h3 id="record-h">{t("staffCase.record.title")}</h3>
            <p>{t("staffCase.record.text")}</p>
            <ErrorSummary failure={failureOf("record-step")} />
            <SelectField
              name="stepId"
              label={t("staffCase.record.step")}
              failure={failureOf("record-step")}
              value={openSteps[0].id}
              options={openSteps.map((s) => ({
                value: s.id,
                label: `${t(`followUp.step.${s.kind}` as MessageKey, { n: s.seq ?? "" })} (${s.due_on.split("-").reverse().join(".")})`,
              }))}
            />
            <DateField name="doneOn" label={t("staffCase.record.doneOn")} defaultValue={data.today} failure={failureOf("record-step")} />
            <button type="submit" name="intent" value="record-step" className="button button-primary">
              {t("staffCase.record.submit")}
            </button>
          </Form>
        ) : null}
      </section>

      <section aria-labelledby="meetings-h">
        <h2 id="meetings-h">{t("staffCase.meetings")}</h2>
        {data.meetings.length === 0 ? (
          <p>{t("staffCase.noMeetings")}</p>
        ) : (
          <ul className="nobullet-list" data-testid="case-meetings">
            {data.meetings.map((m) => (
              <li key={m.id}>
                <Link to={`/jobcenter/moeder/${m.id}`}>
                  <DateTime iso={m.starts_at} /> · {t(`staffCase.meetingKind.${m.kind}` as MessageKey)}
                </Link>{" "}
                · {t(`staffCase.meetingStatus.${m.status}` as MessageKey)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <CasePlanCard plans={data.plans} canStart={open} />
      <EndedPlans plans={data.plans} />
      <ProgressionSection view={data.progression} viewer="staff" />

      <h2>{t("case.details")}</h2>
      <CaseFacts c={c} dayNumber={data.dayNumber} revealedCpr={revealed} />
      {data.fastTrack ? (
        <>
          <h2>{t("case.fastTrack")}</h2>
          <dl className="summary">
            <div>
              <dt>{t("case.requestedAt")}</dt>
              <dd>
                <DateTime iso={data.fastTrack.requestedAt} />
              </dd>
            </div>
            <FastTrackDeadlineRows
              consentStatus={data.fastTrack.consentStatus}
              consentDeadline={data.fastTrack.consentDeadline}
              firstConversationDue={data.fastTrack.firstConversationDue}
              normalFollowUpBy={data.normalFollowUpBy}
            />
          </dl>
        </>
      ) : null}

      {life.anonymised_at ? null : (
        <CorrectionForm
          failure={failureOf("correct")}
          current={{
            employeeName: c.employee_name,
            employeeEmail: c.employee_email,
            cprMasked: c.cpr_masked,
            contactName: c.contact_name,
            contactPhone: c.contact_phone,
            contactEmail: c.contact_email,
          }}
        />
      )}

      {open ? (
        <section className="card" aria-labelledby="close-h">
          <h2 id="close-h">{t("closure.title")}</h2>
          <p>{t("closure.explain")}</p>
          <Form method="post">
            <ErrorSummary failure={failureOf("close")} />
            <ClosureFields failure={failureOf("close")} healthWords={failureOf("close")?.healthWords} />
            <button type="submit" name="intent" value="close" className="button button-primary">
              {t("closure.submit")}
            </button>
          </Form>
        </section>
      ) : (
        <section className="card" aria-labelledby="reopen-h">
          <h2 id="reopen-h">{t("closure.reopen.title")}</h2>
          <Form method="post">
            <ErrorSummary failure={failureOf("reopen")} />
            <TextField name="reopenReason" label={t("closure.reopen.reason")} maxLength={500} failure={failureOf("reopen")} />
            <button type="submit" name="intent" value="reopen" className="button button-secondary">
              {t("closure.reopen.submit")}
            </button>
          </Form>
        </section>
      )}
    </>
  );
}
