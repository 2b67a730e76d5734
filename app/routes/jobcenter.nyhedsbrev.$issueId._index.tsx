import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Alert, DateField, ErrorSummary, TimeField } from "~/components/forms";
import { IssueForm } from "~/components/issueForm";
import { DateTime } from "~/components/time";
import { db } from "~db/index";
import { issueToValues, parseIssueForm } from "~/domain/newsletterForm";
import { requireStaff } from "~/services/auth.server";
import { nudgeJobWorker } from "~/services/jobs.server";
import {
  deliveryTotals,
  listDeliveries,
  recipientCount,
  renderIssue,
  scheduleIssue,
  sectionsOf,
  sendTestIssue,
  updateIssue,
} from "~/services/newsletter.server";
import { now } from "~/utils/clock";
import { copenhagenDate, copenhagenToUtc } from "~/utils/dates";
import { formValues, type FormFailure } from "~/utils/forms";
import { idParam, parseForm, readFormData } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { useT, type I18nHandle } from "~/utils/i18n";
import { issueIntentSchema, issueScheduleSchema } from "~/schemas/jobcenter.server";

export const handle: I18nHandle = { i18n: ["companies", "mailbox", "newsletter", "plan.remove", "profile"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.issue.title ?? "Nyhedsbrev"} – Fasthold` },
  // While it sends, the page refreshes itself (no JavaScript needed) to move the progress bar.
  ...(data?.issue.status === "sending" ? [{ httpEquiv: "refresh" as const, content: "3" }] : []),
];

async function issueOr404(request: Request, idParamValue: string | undefined) {
  const staff = await requireStaff(request);
  const id = idParam.safeParse(idParamValue);
  const issue = id.success ? await db.selectFrom("newsletter_issues").selectAll().where("id", "=", id.data).executeTakeFirst() : undefined;
  if (!issue) throw new Response("Not Found", { status: 404 });
  return { staff, issue };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { issue } = await issueOr404(request, params.issueId);
  const editable = issue.status === "draft" || issue.status === "scheduled";
  const totals = editable ? null : await deliveryTotals(issue.id);
  const deliveries = editable ? [] : await listDeliveries(issue.id);
  const plain = editable ? (await renderIssue(issue, "(afmeldingslink)")).text : issue.rendered_text;
  return json({
    issue: {
      id: issue.id,
      title: issue.title,
      status: issue.status,
      scheduled_at: issue.scheduled_at,
      slug: issue.slug,
      recipients: issue.recipients,
      sent_at: issue.sent_at,
      send_started_at: issue.send_started_at,
    },
    values: issueToValues({ title: issue.title, preview: issue.preview, sections: sectionsOf(issue) }),
    plain,
    totals,
    deliveries,
    today: copenhagenDate(now()),
  });
}

/** The action's answer: a form failure, or the question before "Send nu" sends. */
type SendFailure = FormFailure & { confirmRecipients?: number };

export async function action({ request, params }: ActionFunctionArgs) {
  const { staff, issue } = await issueOr404(request, params.issueId);
  const { t } = await getT(request);
  const formData = await readFormData(request);
  const intent = issueIntentSchema.safeParse(formData.get("intent"));
  if (!intent.success) throw new Response("Bad Request", { status: 400 });
  const back = `/jobcenter/nyhedsbrev/${issue.id}`;
  const locked = () => json<SendFailure>({ errors: {}, formError: t("newsletter.error.locked"), values: {} }, { status: 409 });

  if (intent.data === "save") {
    const values = formValues(formData);
    const parsed = parseIssueForm(values, t);
    if (!parsed.ok) return json<SendFailure>({ errors: parsed.errors, values }, { status: 400 });
    if (!(await updateIssue(staff, issue.id, parsed.data))) return locked();
    return redirect(`${back}?gemt=1`);
  }
  if (intent.data === "test") {
    await sendTestIssue(staff, issue.id);
    nudgeJobWorker();
    return redirect(`${back}?test=1`);
  }
  if (intent.data === "send-now" && formData.get("confirmed") !== "1") {
    // A confirmation step that needs no JavaScript: the first press only asks, with the number of recipients.
    if (issue.status !== "draft" && issue.status !== "scheduled") return locked();
    return json<SendFailure>({ errors: {}, values: {}, confirmRecipients: await recipientCount() });
  }
  let at = now();
  if (intent.data === "schedule") {
    const parsed = parseForm(issueScheduleSchema, formData, t);
    if (!parsed.ok) return json<SendFailure>(parsed.failure, { status: 400 });
    at = copenhagenToUtc(parsed.data.date, `${parsed.data.time}:00`);
    if (at < now()) return json<SendFailure>({ errors: { date: t("newsletter.error.past") }, values: parsed.values }, { status: 400 });
  }
  if (!(await scheduleIssue(staff, issue.id, at))) return locked();
  nudgeJobWorker();
  return redirect(back);
}

export default function IssuePage() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const [params] = useSearchParams();
  const { issue, totals } = data;
  const editable = issue.status === "draft" || issue.status === "scheduled";
  const done = totals ? totals.sent + totals.delivered + totals.bounced + totals.complained + totals.skipped + totals.failed : 0;
  return (
    <>
      <p>
        <Link to="/jobcenter/nyhedsbrev">← {t("newsletter.admin.title")}</Link>
      </p>
      <h1>{issue.title}</h1>
      <p className="muted" data-testid="issue-status">
        {t(`newsletter.status.${issue.status}`)}
        {issue.status === "scheduled" && issue.scheduled_at ? (
          <>
            {" "}
            · <DateTime iso={issue.scheduled_at} />
          </>
        ) : null}
      </p>
      {params.get("test") ? (
        <Alert variant="success" role="status">
          <p className="alert-text">{t("newsletter.test.sent")}</p>
        </Alert>
      ) : null}
      {params.get("gemt") ? (
        <Alert variant="success" role="status">
          <p className="alert-text">{t("profile.saved")}</p>
        </Alert>
      ) : null}
      {failure?.formError ? <ErrorSummary failure={failure} /> : null}

      {totals ? (
        <section className="card" aria-labelledby="progress-h">
          <h2 id="progress-h">{t("newsletter.progress.title")}</h2>
          <label htmlFor="send-progress" className="form-label">
            {t("newsletter.progress.label", { done, total: issue.recipients ?? 0 })}
          </label>
          <progress id="send-progress" max={Math.max(issue.recipients ?? 0, 1)} value={done} data-testid="progress" />
          <dl className="kpis">
            {(["pending", "sent", "delivered", "bounced", "complained", "skipped", "failed"] as const).map((s) => (
              <div className="kpi" key={s}>
                <dt>{t(`newsletter.delivery.${s}`)}</dt>
                <dd data-testid={`total-${s}`}>{totals[s]}</dd>
              </div>
            ))}
          </dl>
          {issue.slug ? (
            <p>
              <Link to={`/nyhedsbrev/arkiv/${issue.slug}`}>{t("newsletter.archive.permanent")}</Link>
            </p>
          ) : null}
          <div className="table--responsive-scroll">
            <table className="table table--responsive-headers" data-testid="deliveries">
              <caption>{t("newsletter.delivery.caption", { shown: data.deliveries.length, total: issue.recipients ?? 0 })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("field.email")}</th>
                  <th scope="col">{t("companies.status")}</th>
                  <th scope="col">{t("newsletter.delivery.batch")}</th>
                </tr>
              </thead>
              <tbody>
                {data.deliveries.map((d) => (
                  <tr key={d.email}>
                    <td data-title={t("field.email")}>{d.email}</td>
                    <td data-title={t("companies.status")}>{t(`newsletter.delivery.${d.status}`)}</td>
                    <td data-title={t("newsletter.delivery.batch")}>{d.batch_no + 1}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      <h2>{t("newsletter.preview.title")}</h2>
      <iframe
        title={t("newsletter.preview.frame", { title: issue.title })}
        src={`/jobcenter/nyhedsbrev/${issue.id}/preview`}
        sandbox=""
        className="mail-frame"
      />
      <details>
        <summary>{t("mailbox.plainText")}</summary>
        <pre className="mail-text" data-testid="plain-preview">
          {data.plain}
        </pre>
      </details>

      {editable ? (
        <>
          <section className="card" aria-labelledby="send-h">
            <h2 id="send-h">{t("newsletter.send.title")}</h2>
            {failure?.confirmRecipients !== undefined ? (
              <div className="notice notice--warning" role="alert" data-testid="send-confirm">
                <p>
                  <strong>{t("newsletter.send.confirmQuestion", { count: failure.confirmRecipients })}</strong>
                </p>
                <Form method="post" className="inline-form">
                  <input type="hidden" name="confirmed" value="1" />
                  <button type="submit" name="intent" value="send-now" className="button button-primary">
                    {t("newsletter.send.confirm", { count: failure.confirmRecipients })}
                  </button>
                </Form>{" "}
                <Link to={`/jobcenter/nyhedsbrev/${issue.id}`} className="button button-secondary">
                  {t("newsletter.send.cancel")}
                </Link>
              </div>
            ) : null}
            <Form method="post" className="inline-form">
              <button type="submit" name="intent" value="test" className="button button-primary">
                {t("newsletter.test.submit")}
              </button>
            </Form>{" "}
            <Form method="post" className="inline-form">
              <button type="submit" name="intent" value="send-now" className="button button-secondary">
                {t("newsletter.send.now")}
              </button>
            </Form>
            <Form method="post" noValidate className="schedule-form">
              <input type="hidden" name="intent" value="schedule" />
              <div className="inline-fields">
                <DateField name="date" label={t("newsletter.send.date")} failure={failure?.formError ? null : failure} />
                <TimeField name="time" label={t("newsletter.send.time")} defaultValue="09.00" failure={failure?.formError ? null : failure} />
              </div>
              <button type="submit" className="button button-secondary">
                {t("newsletter.send.schedule")}
              </button>
            </Form>
          </section>
          <h2>{t("newsletter.issue.edit")}</h2>
          <IssueForm
            values={data.values}
            failure={
              failure && !failure.formError && Object.keys(failure.errors).some((k) => k === "title" || k === "preview" || k.startsWith("sections."))
                ? failure
                : null
            }
            submitLabel={t("newsletter.issue.save")}
          />
        </>
      ) : null}
    </>
  );
}
