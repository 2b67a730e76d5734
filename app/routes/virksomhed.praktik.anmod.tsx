import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { DateField, ErrorSummary, RadioGroup, SelectField, TextAreaField, TextField } from "~/components/forms";
import { GuideHint } from "~/components/guides";
import { guideHint } from "~/services/guides.server";
import { db } from "~db/index";
import { listCasesForEmployer } from "~/models/absenceCase.server";
import { requestSchema } from "~/domain/placementForms.server";
import { requireEmployer } from "~/services/auth.server";
import { nudgeJobWorker } from "~/services/jobs.server";
import { requestPlacement } from "~/services/placements.server";
import { now } from "~/utils/clock";
import { copenhagenDate } from "~/utils/dates";
import { type FormFailure } from "~/utils/forms";
import { parseForm, readFormData } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { useT, type I18nHandle } from "~/utils/i18n";

export const handle: I18nHandle = {
  i18n: ["guides.newTab", "guides.readAll", "guides.search", "guides.why", "praktik.error", "praktik.purpose", "praktik.request", "praktik.title"],
};

export const meta: MetaFunction = () => [{ title: "Anmod om virksomhedspraktik – Fasthold" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireEmployer(request);
  const cases = await listCasesForEmployer(db, user);
  const { lang } = await getT(request);
  return json({
    today: copenhagenDate(now()),
    cases: cases.map((c) => ({ id: c.id, label: `${c.employee_name} (${c.cpr_masked})` })),
    hint: await guideHint("virksomhedspraktik", "varighed", lang),
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireEmployer(request);
  const { t } = await getT(request);
  const parsed = parseForm(requestSchema(copenhagenDate(now())), await readFormData(request), t);
  if (!parsed.ok) return json<FormFailure>(parsed.failure, { status: 400 });
  const result = await requestPlacement(user, parsed.data);
  if (!result.ok) return json<FormFailure>({ errors: { caseId: t("praktik.error.choose") }, values: parsed.values }, { status: 400 });
  nudgeJobWorker();
  return redirect(`/virksomhed/praktik/${result.id}?sendt=1`);
}

export default function RequestPlacement() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const labels = {
    purpose: t("praktik.request.purpose"),
    caseId: t("praktik.request.case"),
    employeeName: t("field.employeeName"),
    cpr: t("field.cpr"),
    wishedStart: t("praktik.request.wishedStart"),
    wishedWeeks: t("praktik.request.weeks"),
    wishedHours: t("praktik.request.hours"),
    wishedTasks: t("praktik.request.tasks"),
  };
  return (
    <>
      <p>
        <Link to="/virksomhed/praktik">← {t("praktik.title")}</Link>
      </p>
      <h1>{t("praktik.request.new")}</h1>
      <p className="lead">{t("praktik.request.lead")}</p>
      <ErrorSummary failure={failure} labels={labels} />
      <Form method="post" noValidate className="form">
        <RadioGroup
          name="purpose"
          legend={labels.purpose}
          failure={failure}
          options={[
            { value: "retention", label: t("praktik.purpose.retention"), hint: t("praktik.purpose.retentionHint") },
            { value: "hosting", label: t("praktik.purpose.hosting"), hint: t("praktik.purpose.hostingHint") },
          ]}
        />
        <fieldset className="form-section">
          <legend>
            <h2>{t("praktik.request.employee")}</h2>
          </legend>
          <p className="form-hint">{t("praktik.request.employeeHint")}</p>
          <SelectField
            name="caseId"
            label={labels.caseId}
            failure={failure}
            options={[...data.cases.map((c) => ({ value: c.id, label: c.label })), { value: "other", label: t("praktik.request.otherEmployee") }]}
          />
          <TextField name="employeeName" label={labels.employeeName} optional autoComplete="off" failure={failure} />
          <TextField
            name="cpr"
            label={labels.cpr}
            hint={t("field.cpr.hint")}
            optional
            inputMode="numeric"
            maxLength={11}
            className="input--medium"
            autoComplete="off"
            failure={failure}
          />
        </fieldset>
        <fieldset className="form-section">
          <legend>
            <h2>{t("praktik.request.wish")}</h2>
          </legend>
          <DateField name="wishedStart" label={labels.wishedStart} failure={failure} />
          <div className="inline-fields">
            <TextField name="wishedWeeks" label={labels.wishedWeeks} inputMode="numeric" className="input--short" failure={failure} />
            <TextField name="wishedHours" label={labels.wishedHours} inputMode="decimal" className="input--short" failure={failure} />
          </div>
          <GuideHint hint={data.hint} id="why-weeks" />
          <TextAreaField name="wishedTasks" label={labels.wishedTasks} hint={t("praktik.request.tasksHint")} rows={4} maxLength={2000} failure={failure} />
        </fieldset>
        <p>{t("praktik.request.promise")}</p>
        <button type="submit" className="button button-primary">
          {t("praktik.request.submit")}
        </button>
      </Form>
    </>
  );
}
