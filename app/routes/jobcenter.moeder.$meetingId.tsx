import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Alert, CheckboxField, ErrorSummary, RadioGroup, TextAreaField } from "~/components/forms";
import { MeetingList, type Failure } from "~/components/meetings";
import { findHealthWords } from "~/domain/healthWords";
import { requireStaff } from "~/services/auth.server";
import { nudgeJobWorker } from "~/services/jobs.server";
import { handleMeetingAction } from "~/services/meetingActions.server";
import { meetingForStaff, recordMeetingHeld } from "~/services/meetings.server";
import { env } from "~/utils/env.server";
import { type FormFailure } from "~/utils/forms";
import { idParam, parseForm, readFormData } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { useT, type MessageKey, type I18nHandle } from "~/utils/i18n";
import { meetingHeldSchema } from "~/schemas/jobcenter.server";

export const handle: I18nHandle = { i18n: ["meetings"] };

export const meta: MetaFunction = () => [{ title: "Møde – Fasthold" }];

const notFound = () => new Response("Not Found", { status: 404 });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireStaff(request);
  const id = idParam.safeParse(params.meetingId);
  if (!id.success) throw notFound();
  const view = await meetingForStaff(user, id.data);
  if (!view) throw notFound();
  return json({ ...view, cutoffHours: env().MEETING_CHANGE_CUTOFF_HOURS });
}

type ActionData = FormFailure & { intent: string; healthWords?: string[]; meetingId?: string };

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireStaff(request);
  const id = idParam.safeParse(params.meetingId);
  if (!id.success) throw notFound();
  const { t } = await getT(request);
  const formData = await readFormData(request);
  const intent = String(formData.get("intent") ?? "");
  if (intent === "cancel") {
    const view = await meetingForStaff(user, id.data);
    if (!view) throw notFound();
    formData.set("meetingId", id.data);
    return handleMeetingAction({ kind: "staff", user }, view.caseId, formData, t, `/jobcenter/moeder/${id.data}`);
  }
  if (intent !== "held") throw new Response("Bad Request", { status: 400 });
  const parsed = parseForm(meetingHeldSchema, formData, t);
  if (!parsed.ok) return json<ActionData>({ ...parsed.failure, intent }, { status: 400 });
  const words = findHealthWords(parsed.data.summary);
  if (words.length && !parsed.data.confirmHealth) return json<ActionData>({ errors: {}, values: parsed.values, intent, healthWords: words }, { status: 422 });
  const result = await recordMeetingHeld(user, id.data, { employerPresent: parsed.data.employerPresent === "yes", summary: parsed.data.summary });
  if (!result.ok) {
    if (result.error === "notFound") throw notFound();
    return json<ActionData>({ errors: { _form: t(`meetings.error.${result.error}` as MessageKey) }, values: parsed.values, intent }, { status: 409 });
  }
  nudgeJobWorker();
  return redirect(`/jobcenter/moeder/${id.data}?holdt=1`);
}

export default function StaffMeeting() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const [params] = useSearchParams();
  const heldFailure = actionData?.intent === "held" ? actionData : null;
  const m = data.meeting;
  return (
    <>
      <p>
        <Link to="/jobcenter/tider">← {t("meetings.calendar.title")}</Link>
      </p>
      <h1>{t("meetings.detail.title", { kind: t(`meetings.kind.${m.kind}` as MessageKey), name: data.employeeName })}</h1>
      <p>{data.companyName}</p>
      {params.get("holdt") ? (
        <Alert variant="success" role="status">
          {t("meetings.held.done")}
        </Alert>
      ) : params.get("aflyst") ? (
        <Alert variant="success" role="status">
          {t("meetings.change.cancelled")}
        </Alert>
      ) : null}
      <MeetingList
        meetings={[m]}
        firstConversationDue={data.firstConversationDue}
        cutoffHours={data.cutoffHours}
        failure={actionData?.intent === "cancel" ? ({ ...actionData, meetingId: m.id } as Failure) : null}
      />
      {m.status === "booked" ? (
        <section aria-labelledby="held-h">
          <h2 id="held-h">{t("meetings.held.title")}</h2>
          <Form method="post" noValidate>
            <ErrorSummary failure={heldFailure} />
            <RadioGroup
              name="employerPresent"
              legend={t("meetings.held.employerPresent")}
              failure={heldFailure}
              options={[
                { value: "yes", label: t("meetings.held.yes") },
                { value: "no", label: t("meetings.held.no") },
              ]}
            />
            <TextAreaField
              name="summary"
              label={t("meetings.held.summary")}
              hint={t("meetings.held.summaryHint")}
              rows={6}
              maxLength={2000}
              failure={heldFailure}
            />
            {heldFailure?.healthWords?.length ? (
              <>
                <Alert variant="warning">
                  <h3 className="alert-heading">{t("meetings.health.title")}</h3>
                  <p>{t("meetings.health.found", { words: heldFailure.healthWords.join(", ") })}</p>
                </Alert>
                <CheckboxField name="confirmHealth" label={t("meetings.health.confirm")} failure={null} />
              </>
            ) : null}
            <button type="submit" name="intent" value="held" className="button button-primary">
              {t("meetings.held.submit")}
            </button>
          </Form>
        </section>
      ) : null}
    </>
  );
}
