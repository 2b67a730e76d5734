import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { CaseFacts, FastTrackAnswers, FastTrackDeadlineRows, FastTrackSteps } from "~/components/case";
import { AnswerStatus, InquiryThread } from "~/components/inquiry";
import { DateTime } from "~/components/time";
import { CasePlanCard } from "~/components/planStatus";
import { employerScope } from "~/models/scope.server";
import { requireEmployer } from "~/services/auth.server";
import { nudgeJobWorker } from "~/services/jobs.server";
import { planSummariesForCase, startPlan } from "~/services/plans.server";
import { employerCaseView, revealCprForEmployer } from "~/services/caseViews.server";
import { nowIso } from "~/utils/clock";
import { idParam, readFormData } from "~/utils/forms";
import { useT } from "~/utils/i18n";
import { Alert } from "~/components/forms";

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
  return json({ ...view, plans: await planSummariesForCase(employerScope(user), caseId.data), now: nowIso() });
}

const actionSchema = z.object({ intent: z.enum(["reveal-cpr", "start-plan"]) });

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireEmployer(request);
  const caseId = idParam.safeParse(params.caseId);
  if (!caseId.success) notFound();
  const form = actionSchema.safeParse(Object.fromEntries(await readFormData(request)));
  if (!form.success) throw new Response("Bad Request", { status: 400 });
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
        <Alert variant="success" role="status">
          <h2 className="alert-heading">{t("case.sent.title")}</h2>
          <p>{t("case.sent.text")}</p>
        </Alert>
      ) : null}
      <h1>{c.employee_name}</h1>

      {data.inquiries.map((i) => (
        <section key={i.id} className="card promise" aria-labelledby={`inq-${i.id}`}>
          <h2 id={`inq-${i.id}`}>{t("case.answer.title")}</h2>
          <AnswerStatus receivedAt={i.receivedAt} dueAt={i.dueAt} firstAnsweredAt={i.firstAnsweredAt} firstAnswerKind={i.firstAnswerKind} now={data.now} />
          {i.replies.length ? (
            <InquiryThread messages={i.replies.map((r) => ({ id: r.id, kind: r.kind, body: r.body, created_at: r.createdAt, author_name: r.authorName }))} />
          ) : null}
        </section>
      ))}

      <CasePlanCard plans={data.plans} canStart />

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
    </>
  );
}
