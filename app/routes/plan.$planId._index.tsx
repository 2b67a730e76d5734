import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Alert, CheckboxField, ErrorSummary, RadioGroup, TextAreaField } from "~/components/forms";
import { FunctionLink, FunctionLinks } from "~/components/dkfds";
import { PlanView } from "~/components/plan";
import { DateTime } from "~/components/time";
import { db } from "~db/index";
import { isEmptyPlan, sections } from "~/domain/planContent";
import { getVersion } from "~/models/retentionPlan.server";
import { nudgeJobWorker } from "~/services/jobs.server";
import { approvePlan, commentOnPlan, decidePlanRequest, planPage, resolvePlanViewer } from "~/services/plans.server";
import { type FormFailure } from "~/utils/forms";
import { idParam, parseForm, readFormData } from "~/utils/forms.server";
import { findHealthWords } from "~/domain/healthWords";
import { getT } from "~/utils/i18n.server";
import { useT, type I18nHandle } from "~/utils/i18n";
import { notFound } from "~/utils/http";
import { planCommentSchema, planDecisionSchema, planIntentSchema, planVersionSchema } from "~/domain/planForm.server";

export const handle: I18nHandle = { i18n: ["functionLinks", "plan"] };

export const meta: MetaFunction = () => [{ title: "Fastholdelsesplan – Fasthold" }];

async function viewerOr401(request: Request) {
  const viewer = await resolvePlanViewer(request);
  if (!viewer) {
    const url = new URL(request.url);
    throw redirect(`/log-ind?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
  }
  return viewer;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await viewerOr401(request);
  const id = idParam.safeParse(params.planId);
  if (!id.success) notFound();
  const page = await planPage(viewer, id.data);
  if (!page) notFound();
  // An earlier version, read-only (the signed one stays visible after later edits).
  const asked = Number(new URL(request.url).searchParams.get("version"));
  const shown = Number.isInteger(asked) && asked > 0 && asked !== page.current?.version ? await getVersion(db, id.data, asked) : undefined;
  return json({
    ...page,
    shown: shown ? { version: shown.version, content: shown.content, authorName: shown.author_name, createdAt: shown.created_at } : null,
  });
}

/** A refused comment may be held for the health-data warning (`healthWords`). */
type CommentFailure = FormFailure & { healthWords?: string[] };

export async function action({ request, params }: ActionFunctionArgs) {
  const viewer = await viewerOr401(request);
  const id = idParam.safeParse(params.planId);
  if (!id.success) notFound();
  const { t } = await getT(request);
  const formData = await readFormData(request);
  const intent = planIntentSchema.safeParse(formData.get("intent"));
  if (!intent.success) throw new Response("Bad Request", { status: 400 });
  const back = `/plan/${id.data}`;

  if (intent.data === "approve") {
    const version = planVersionSchema.safeParse(formData.get("version"));
    if (!version.success) throw new Response("Bad Request", { status: 400 });
    const result = await approvePlan(viewer, id.data, version.data);
    if (!result.ok) {
      if (result.error === "notFound") notFound();
      return json<FormFailure>(
        {
          errors: {},
          formError: t(result.error === "stale" ? "plan.error.stale" : result.error === "empty" ? "plan.error.emptyApproval" : "plan.error.notActive"),
          values: {},
        },
        { status: 409 },
      );
    }
    nudgeJobWorker();
    return redirect(`${back}?${result.signed ? "underskrevet" : "godkendt"}=1`);
  }
  if (intent.data === "decide") {
    if (viewer.party !== "employer") notFound();
    const parsed = parseForm(planDecisionSchema, formData, t);
    if (!parsed.ok) return json<FormFailure>(parsed.failure, { status: 400 });
    const result = await decidePlanRequest(viewer.user, id.data, parsed.data.decision, parsed.data.reason ?? null);
    if (!result.ok) {
      if (result.error === "notFound") notFound();
      return json<FormFailure>({ errors: {}, formError: t("plan.error.notRequested"), values: parsed.values }, { status: 409 });
    }
    nudgeJobWorker();
    return redirect(back);
  }
  const parsed = parseForm(planCommentSchema, formData, t);
  if (!parsed.ok) return json<CommentFailure>(parsed.failure, { status: 400 });
  // The guard against health data, as on the plan's own fields: explain, and save only when the author confirms.
  const words = findHealthWords(parsed.data.body);
  if (words.length && !parsed.data.confirmHealth) {
    return json<CommentFailure>({ errors: {}, values: parsed.values, healthWords: words }, { status: 422 });
  }
  const result = await commentOnPlan(viewer, id.data, parsed.data.section, parsed.data.body, parsed.data.toJobcenter);
  if (!result.ok) notFound();
  nudgeJobWorker();
  return redirect(`${back}#kommentarer`);
}

export default function PlanPage() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>() as CommentFailure | undefined;
  const [params] = useSearchParams();
  const { plan, current, signed, approvals, viewerParty } = data;
  const shown = data.shown ?? current;
  const approvedBy = (version: number, party: string) => approvals.find((a) => a.version === version && a.party === party);
  const mineApproved = current ? approvedBy(current.version, viewerParty) : undefined;
  const isCurrent = !data.shown;
  return (
    <>
      <p className="no-print">
        <Link to={viewerParty === "employee" ? "/medarbejder" : viewerParty === "employer" ? `/virksomhed/sager/${plan.case_id}` : "/jobcenter/planer"}>
          ← {t("plan.back")}
        </Link>
      </p>
      {params.get("underskrevet") ? (
        <Alert variant="success" role="status">
          <h2 className="alert-heading">{t("plan.signedNotice.title")}</h2>
          <p>{t("plan.signedNotice.text")}</p>
        </Alert>
      ) : params.get("gemt") ? (
        <Alert variant="success" role="status" data-testid="saved-version">
          <p className="alert-text">{t("plan.savedAsVersion", { version: params.get("gemt") ?? "" })}</p>
        </Alert>
      ) : params.get("godkendt") ? (
        <Alert variant="success" role="status">
          <p className="alert-text">{t("plan.approvedNotice")}</p>
        </Alert>
      ) : null}
      <h1>{t("plan.title", { name: plan.employee_name })}</h1>
      <p className="muted">
        {plan.company_name} · {t(`plan.statusLabel.${plan.status}`)}
        {shown ? ` · ${t("plan.versionBy", { version: shown.version, name: shown.authorName })} ` : " "}
        {shown ? <DateTime iso={shown.createdAt} /> : null}
      </p>

      {plan.status === "requested" ? (
        <section className="card" aria-labelledby="request-h">
          <h2 id="request-h">{t("plan.requested.title")}</h2>
          <p>{t(viewerParty === "employer" ? "plan.requested.employer" : "plan.requested.other")}</p>
          {viewerParty === "employer" ? (
            <>
              <ErrorSummary failure={failure} />
              <Form method="post" noValidate>
                <input type="hidden" name="intent" value="decide" />
                <RadioGroup
                  name="decision"
                  legend={t("plan.decide.legend")}
                  options={[
                    { value: "accept", label: t("plan.decide.accept") },
                    { value: "decline", label: t("plan.decide.decline") },
                  ]}
                  failure={failure}
                />
                <TextAreaField
                  name="reason"
                  label={t("plan.decide.reason")}
                  hint={t("plan.decide.reasonHint")}
                  optional
                  rows={3}
                  maxLength={1000}
                  failure={failure}
                />
                <button type="submit" className="button button-primary">
                  {t("plan.decide.submit")}
                </button>
              </Form>
            </>
          ) : null}
        </section>
      ) : null}

      {plan.status === "declined" ? (
        <Alert variant="info">
          <h2 className="alert-heading">{t("plan.declined.title")}</h2>
          <p className="prewrap">{plan.decline_reason}</p>
        </Alert>
      ) : null}

      {plan.status === "active" && current ? (
        <>
          {signed ? (
            <section className="card promise" aria-labelledby="signed-h">
              <h2 id="signed-h">{t("plan.signed.title", { version: signed.version })}</h2>
              <p>
                {t("plan.signed.text")} {signed.signedAt ? <DateTime iso={signed.signedAt} /> : null}.
              </p>
              <FunctionLinks>
                <FunctionLink href={`/plan/${plan.id}/pdf?version=${signed.version}`} icon="file-pdf">
                  {t("plan.pdf", { version: signed.version })}
                </FunctionLink>
              </FunctionLinks>
              {data.partialReturn ? (
                <p data-testid="partial-return">
                  {data.partialReturn.partial
                    ? t("plan.partialReturn", { week: data.partialReturn.week, hours: data.partialReturn.hours, normal: data.partialReturn.normal })
                    : t("plan.fullReturn", { week: data.partialReturn.week })}
                </p>
              ) : null}
              {signed.version !== current.version ? (
                <p>
                  {t("plan.newerDraft", { version: current.version })}{" "}
                  {isCurrent ? <Link to={`/plan/${plan.id}?version=${signed.version}`}>{t("plan.seeSigned", { version: signed.version })}</Link> : null}
                </p>
              ) : null}
            </section>
          ) : null}

          {!isCurrent && shown ? (
            <Alert variant="info">
              <p className="alert-text">
                {t("plan.showingOld", { version: shown.version })} <Link to={`/plan/${plan.id}`}>{t("plan.seeCurrent", { version: current.version })}</Link>
              </p>
            </Alert>
          ) : null}

          {isCurrent ? (
            <section className="card no-print" aria-labelledby="approvals-h">
              <h2 id="approvals-h">{t("plan.approvals.title", { version: current.version })}</h2>
              <ErrorSummary failure={failure} />
              <ul className="plain-list" data-testid="approvals">
                {(["employer", "employee", "consultant"] as const).map((party) => {
                  const a = approvedBy(current.version, party);
                  return (
                    <li key={party}>
                      <strong>{t(`plan.party.${party}`)}:</strong>{" "}
                      {a ? (
                        <>
                          {t(party === "consultant" ? "plan.approvals.acknowledged" : "plan.approvals.approved", { name: a.actorName })}{" "}
                          <DateTime iso={a.approvedAt} />
                        </>
                      ) : (
                        t("plan.approvals.waiting")
                      )}
                    </li>
                  );
                })}
              </ul>
              {isEmptyPlan(current.content) ? (
                <p className="hint" data-testid="plan-empty">
                  {t("plan.approvals.emptyHint")}
                </p>
              ) : !mineApproved ? (
                <Form method="post">
                  <input type="hidden" name="intent" value="approve" />
                  <input type="hidden" name="version" value={current.version} />
                  <p className="form-hint">{t(viewerParty === "consultant" ? "plan.approvals.ackHint" : "plan.approvals.hint")}</p>
                  <button type="submit" className="button button-primary">
                    {t(viewerParty === "consultant" ? "plan.approvals.ack" : "plan.approvals.approve", { version: current.version })}
                  </button>
                </Form>
              ) : null}
              <FunctionLinks label={t("functionLinks.label")}>
                <FunctionLink to={`/plan/${plan.id}/rediger`} icon="edit">
                  {t("plan.edit")}
                </FunctionLink>
                <FunctionLink to={`/plan/${plan.id}/historik`} icon="time">
                  {t("plan.history")}
                </FunctionLink>
                <FunctionLink href={`/plan/${plan.id}/pdf?version=${current.version}`} icon="file-pdf">
                  {t("plan.pdf", { version: current.version })}
                </FunctionLink>
              </FunctionLinks>
              <p className="form-hint">{t("plan.printHint")}</p>
            </section>
          ) : null}

          {shown ? <PlanView content={shown.content} /> : null}

          <section id="kommentarer" aria-labelledby="comments-h" className="no-print">
            <h2 id="comments-h">{t("plan.comments.title")}</h2>
            {data.comments.length === 0 ? <p>{t("plan.comments.none")}</p> : null}
            <ol className="messages">
              {data.comments.map((c) => (
                <li key={c.id} className={`message${c.to_jobcenter ? " message--call" : ""}`} data-testid="plan-comment">
                  <p className="message-meta">
                    <strong>{t(`plan.section.${c.section as (typeof sections)[number]}`)}</strong> · {c.author_name} ({t(`plan.party.${c.author_kind}`)}),{" "}
                    <DateTime iso={c.created_at} />
                    {c.to_jobcenter ? (
                      <>
                        {" "}
                        <span className="badge badge-info">{t("plan.comments.toJobcenter")}</span>
                      </>
                    ) : null}
                  </p>
                  <p className="message-body">{c.body}</p>
                  {c.answers.map((a) => (
                    <div key={a.id} className="message message--reply">
                      <p className="message-meta">
                        {t("plan.comments.answer")} · {a.author_name}, <DateTime iso={a.created_at} />
                      </p>
                      <p className="message-body">{a.body}</p>
                    </div>
                  ))}
                </li>
              ))}
            </ol>
            {
              <Form method="post" noValidate className="card">
                <input type="hidden" name="intent" value="comment" />
                <h3>{t("plan.comments.new")}</h3>
                <div className="form-group">
                  <label htmlFor="field-section" className="form-label">
                    {t("plan.comments.section")}
                  </label>
                  <select id="field-section" name="section" className="form-select" defaultValue={failure?.values.section ?? "goal"}>
                    {sections.map((s) => (
                      <option key={s} value={s}>
                        {t(`plan.section.${s}`)}
                      </option>
                    ))}
                  </select>
                </div>
                {failure?.healthWords?.length ? (
                  <Alert variant="warning" role="alert" data-testid="comment-health-warning">
                    <h4>{t("plan.health.title")}</h4>
                    <p>{t("plan.health.found", { words: failure.healthWords.join(", ") })}</p>
                    <p>{t(viewerParty === "employee" ? "plan.health.commentEmployee" : "plan.health.text")}</p>
                  </Alert>
                ) : null}
                <TextAreaField name="body" label={t("plan.comments.body")} hint={t("plan.comments.hint")} rows={3} maxLength={2000} failure={failure} />
                {viewerParty !== "consultant" ? (
                  <CheckboxField
                    name="toJobcenter"
                    label={t("plan.comments.toJobcenterLabel")}
                    hint={t(viewerParty === "employee" ? "plan.comments.toJobcenterHintEmployee" : "plan.comments.toJobcenterHint")}
                    failure={failure}
                  />
                ) : null}
                {failure?.healthWords?.length ? <CheckboxField name="confirmHealth" label={t("plan.health.confirm")} failure={null} /> : null}
                <button type="submit" className="button button-secondary">
                  {t("plan.comments.submit")}
                </button>
              </Form>
            }
          </section>
        </>
      ) : null}
    </>
  );
}
