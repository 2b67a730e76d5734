import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Alert, DateField, ErrorSummary, TextAreaField, TextField } from "~/components/forms";
import { ServiceRequestFacts } from "~/components/services";
import { staffStepSchema } from "~/domain/serviceForm.server";
import { staffScope } from "~/models/scope.server";
import { requireStaff } from "~/services/auth.server";
import { serviceRequestView, stepServiceRequest } from "~/services/catalogue.server";
import { type FormFailure } from "~/utils/forms";
import { idParam, parseForm, readFormData } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { useT, type I18nHandle } from "~/utils/i18n";

export const handle: I18nHandle = { i18n: ["guides.lang", "services"] };

export const meta: MetaFunction = () => [{ title: "Anmodning om tilbud – Fasthold" }];

const notFound = () => new Response("Not Found", { status: 404 });

export async function loader({ request, params }: LoaderFunctionArgs) {
  const staff = await requireStaff(request);
  const { lang } = await getT(request);
  const id = idParam.safeParse(params.requestId);
  const r = id.success ? await serviceRequestView(staffScope(staff), id.data, lang) : null;
  if (!r) throw notFound();
  return json({ r });
}

/** agree → schedule → deliver, or decline with a reason; each refused unless legal from the current state. */
export async function action({ request, params }: ActionFunctionArgs) {
  const staff = await requireStaff(request);
  const { t } = await getT(request);
  const id = idParam.safeParse(params.requestId);
  if (!id.success) throw notFound();
  const parsed = parseForm(staffStepSchema, await readFormData(request), t);
  if (!parsed.ok) {
    if (!(await serviceRequestView(staffScope(staff), id.data, "da"))) throw notFound();
    return json<FormFailure>(parsed.failure, { status: 400 });
  }
  const d = parsed.data;
  const result = await stepServiceRequest({ kind: "staff", user: staff }, id.data, d.intent, {
    scheduledOn: d.intent === "schedule" ? d.scheduledOn : undefined,
    note: d.intent === "schedule" ? d.note : undefined,
    reason: d.intent === "decline" ? d.reason : undefined,
  });
  if (!result.ok && result.error === "notFound") throw notFound();
  if (!result.ok) return json<FormFailure>({ errors: {}, formError: t("services.error.state"), values: parsed.values }, { status: 409 });
  return redirect(`/jobcenter/tilbud/anmodninger/${id.data}`);
}

export default function StaffRequest() {
  const { t } = useT();
  const { r } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const open = r.status === "requested" || r.status === "agreed" || r.status === "scheduled";
  return (
    <>
      <p>
        <Link to="/jobcenter/tilbud">← {t("services.staff.title")}</Link>
      </p>
      <h1>
        {r.serviceTitle} – {r.company_name}
      </h1>
      <ErrorSummary
        failure={failure}
        labels={{ scheduledOn: t("services.scheduledOn"), note: t("services.scheduleNote"), reason: t("services.declineReason") }}
      />
      {failure?.formError ? (
        <Alert variant="error" role="alert">
          <p>{failure.formError}</p>
        </Alert>
      ) : null}
      <ServiceRequestFacts request={r} employee={r.employee_name} ratingLabel={t("services.rate.companys")} />
      {r.inquiry_id ? (
        <p>
          <Link to={`/jobcenter/henvendelser/${r.inquiry_id}`}>{t("services.staff.inquiry")}</Link>
        </p>
      ) : null}
      {r.status === "requested" ? (
        <Form method="post">
          <button type="submit" name="intent" value="agree" className="button button-primary">
            {t("services.step.agree")}
          </button>
        </Form>
      ) : null}
      {r.status === "agreed" || r.status === "scheduled" ? (
        <>
          <Form method="post" noValidate className="form">
            <h2>{t("services.step.scheduleTitle")}</h2>
            <input type="hidden" name="intent" value="schedule" />
            <DateField name="scheduledOn" label={t("services.scheduledOn")} failure={failure} defaultValue={r.scheduled_on} />
            <TextField name="note" label={t("services.scheduleNote")} optional maxLength={500} failure={failure} defaultValue={r.schedule_note} />
            <button type="submit" className="button button-secondary">
              {t("services.step.schedule")}
            </button>
          </Form>
          <Form method="post">
            <button type="submit" name="intent" value="deliver" className="button button-primary">
              {t("services.step.deliver")}
            </button>
          </Form>
        </>
      ) : null}
      {open ? (
        <Form method="post" noValidate className="form">
          <h2>{t("services.step.declineTitle")}</h2>
          <input type="hidden" name="intent" value="decline" />
          <TextAreaField name="reason" label={t("services.declineReason")} rows={3} maxLength={1000} failure={failure} />
          <button type="submit" className="button button-secondary">
            {t("services.step.decline")}
          </button>
        </Form>
      ) : null}
    </>
  );
}
