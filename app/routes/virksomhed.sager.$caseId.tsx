import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { CaseFacts, FastTrackAnswers, FastTrackDeadlineRows, FastTrackSteps } from "~/components/case";
import { caseTexts } from "~/components/caseTexts";
import { AnswerStatus, InquiryThread } from "~/components/inquiry";
import { DateTime } from "~/components/time";
import { CasePlanCard } from "~/components/planStatus";
import { ProgressionSection } from "~/components/progression";
import { employerScope } from "~/models/scope.server";
import { requireEmployer } from "~/services/auth.server";
import { nudgeJobWorker } from "~/services/jobs.server";
import { planSummariesForCase, startPlan } from "~/services/plans.server";
import { progressionFor } from "~/services/progression.server";
import { employerCaseView, revealCprForEmployer } from "~/services/caseViews.server";
import { nowIso } from "~/utils/clock";
import { type FormFailure } from "~/utils/forms";
import { idParam, parseForm, readFormData } from "~/utils/forms.server";
import { useT, type MessageKey, type I18nHandle } from "~/utils/i18n";
import { getT } from "~/utils/i18n.server";
import { Alert, ErrorSummary } from "~/components/forms";
import { ClosureFields, EndedPlans, OutcomeName } from "~/components/followUp";
import { DateOnly as DateOnlyText } from "~/components/time";
import { findHealthWords } from "~/domain/healthWords";
import { employerCaseLife } from "~/services/caseViews.server";
import { proposeClosure } from "~/services/caseClosure.server";
import { notFound } from "~/utils/http";
import { employerCaseIntentSchema, proposeClosureSchema } from "~/schemas/virksomhed.server";

export const handle: I18nHandle = {
  i18n: [...caseTexts, "fastTrack.section", "meetings.case", "plan.caseCard", "plan.fullReturn", "plan.partialReturn", "progression"],
};

export const meta: MetaFunction = () => [{ title: "Sag – Fasthold" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireEmployer(request);
  const caseId = idParam.safeParse(params.caseId);
  if (!caseId.success) notFound();
  const view = await employerCaseView(user, caseId.data);
  if (!view) notFound();
  const life = await employerCaseLife(user, caseId.data);
  if (!life) notFound();
  return json({
    ...view,
    life,
    plans: await planSummariesForCase(employerScope(user), caseId.data),
    progression: await progressionFor(employerScope(user), caseId.data),
    now: nowIso(),
  });
}

type ProposeFailure = FormFailure & { healthWords?: string[] };

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireEmployer(request);
  const caseId = idParam.safeParse(params.caseId);
  if (!caseId.success) notFound();
  const formData = await readFormData(request);
  const form = employerCaseIntentSchema.safeParse({ intent: formData.get("intent") });
  if (!form.success) throw new Response("Bad Request", { status: 400 });
  if (form.data.intent === "propose-closure") {
    const { t } = await getT(request);
    const parsed = parseForm(proposeClosureSchema, formData, t);
    if (!parsed.ok) return json<ProposeFailure>(parsed.failure, { status: 400 });
    const note = parsed.data.outcome === "other" ? (parsed.data.note ?? null) : null;
    const words = note ? findHealthWords(note) : [];
    if (words.length && !parsed.data.confirmHealth) return json<ProposeFailure>({ errors: {}, values: parsed.values, healthWords: words }, { status: 422 });
    const result = await proposeClosure(user, caseId.data, { outcome: parsed.data.outcome, closedOn: parsed.data.closedOn, note });
    if (!result.ok) {
      if (result.error === "notFound") notFound();
      if (result.error === "dateInFuture" || result.error === "dateBeforeAbsence")
        return json<ProposeFailure>({ errors: { closedOn: t(`closure.error.${result.error}`) }, values: parsed.values }, { status: 400 });
      return json<ProposeFailure>({ errors: {}, values: parsed.values, formError: t(`closure.error.${result.error}` as MessageKey) }, { status: 409 });
    }
    nudgeJobWorker();
    return redirect(`/virksomhed/sager/${caseId.data}?foreslaaet=1`);
  }
  if (form.data.intent === "start-plan") {
    const started = await startPlan({ party: "employer", user, name: user.name }, caseId.data);
    if (!started.ok && started.error === "notFound") notFound();
    if (!started.ok) return redirect(`/virksomhed/sager/${caseId.data}`);
    nudgeJobWorker();
    return redirect(`/plan/${started.planId}/rediger`);
  }
  const cpr = await revealCprForEmployer(user, caseId.data);
  if (!cpr) notFound();
  return json({ cpr });
}

export default function EmployerCase() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as ({ cpr?: undefined } & ProposeFailure) | { cpr: string } | undefined;
  const revealed = result && "cpr" in result && result.cpr ? { cpr: result.cpr } : undefined;
  const failure = result && "errors" in result ? (result as ProposeFailure) : null;
  const life = data.life;
  const open = life.status === "open";
  const [params] = useSearchParams();
  const c = data.case;
  const ft = data.fastTrack;
  return (
    <>
      <p>
        <Link to="/virksomhed">← {t("nav.cases")}</Link>
      </p>
      {params.get("sendt") ? (
        <Alert variant="success" role="status">
          <h2 className="alert-heading">{t("case.sent.title")}</h2>
          <p>{t("case.sent.text")}</p>
        </Alert>
      ) : null}
      {params.get("foreslaaet") ? (
        <Alert variant="success" role="status">
          <p className="alert-text">{t("closure.proposal.sent")}</p>
        </Alert>
      ) : null}
      <h1>{c.employee_name}</h1>
      {!open && life.outcome && life.closed_on ? (
        <Alert variant="info" data-testid="case-closed">
          <h2 className="alert-heading">{t("closure.caseClosed")}</h2>
          <p className="alert-text">
            {t("closure.closedOn")} <DateOnlyText date={life.closed_on} />: <OutcomeName outcome={life.outcome} />
          </p>
        </Alert>
      ) : null}

      {data.inquiries.map((i) => (
        <section key={i.id} className="card promise" aria-labelledby={`inq-${i.id}`}>
          <h2 id={`inq-${i.id}`}>{t("case.answer.title")}</h2>
          <AnswerStatus receivedAt={i.receivedAt} dueAt={i.dueAt} firstAnsweredAt={i.firstAnsweredAt} firstAnswerKind={i.firstAnswerKind} now={data.now} />
          {i.replies.length ? (
            <InquiryThread messages={i.replies.map((r) => ({ id: r.id, kind: r.kind, body: r.body, created_at: r.createdAt, author_name: r.authorName }))} />
          ) : null}
        </section>
      ))}

      <CasePlanCard plans={data.plans} canStart={open} />
      <EndedPlans plans={data.plans} />

      <ProgressionSection view={data.progression} viewer="employer" />

      <h2>{t("meetings.case.link")}</h2>
      <p>
        <Link to={`/virksomhed/sager/${c.id}/moeder`}>{t("meetings.case.linkText")}</Link>
      </p>

      <h2>{t("case.details")}</h2>
      <CaseFacts c={c} dayNumber={data.dayNumber} revealedCpr={revealed?.cpr} />

      {ft ? (
        <>
          <h2>{t("case.fastTrack")}</h2>
          <FastTrackSteps
            requestedAt={ft.requestedAt}
            consentStatus={ft.consentStatus}
            consentDeadline={ft.consentDeadline}
            firstConversationDue={ft.firstConversationDue}
            normalFollowUpBy={data.normalFollowUpBy}
          />
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

      {open ? (
        <section className="card" aria-labelledby="propose-h">
          <h2 id="propose-h">{t("closure.propose.title")}</h2>
          {life.closure_proposed_at && life.closure_proposed_outcome && life.closure_proposed_on ? (
            <p data-testid="closure-pending">
              {t("closure.propose.pending")} <OutcomeName outcome={life.closure_proposed_outcome} />, <DateOnlyText date={life.closure_proposed_on} />
            </p>
          ) : (
            <>
              <p>{t("closure.propose.explain")}</p>
              <Form method="post">
                <ErrorSummary failure={failure} />
                <ClosureFields failure={failure} healthWords={failure?.healthWords} />
                <button type="submit" name="intent" value="propose-closure" className="button button-secondary">
                  {t("closure.propose.submit")}
                </button>
              </Form>
            </>
          )}
        </section>
      ) : null}
    </>
  );
}
