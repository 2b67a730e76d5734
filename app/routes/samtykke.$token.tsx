import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { FastTrackAnswers } from "~/components/case";
import { Alert, ErrorSummary, TextAreaField } from "~/components/forms";
import { DateOnly, DateTime } from "~/components/time";
import { answerConsent, findConsentRequest } from "~/services/fastTrack.server";
import { nudgeJobWorker } from "~/services/jobs.server";
import { type FormFailure } from "~/utils/forms";
import { parseForm, readFormData, tokenParam } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { useT, type I18nHandle } from "~/utils/i18n";
import { notFound } from "~/utils/http";
import { consentSchema } from "~/schemas/medarbejder.server";

export const handle: I18nHandle = { i18n: ["case", "consent", "fastTrack.section"] };

export const meta: MetaFunction = () => [{ title: "Fast Track – dit samtykke – Fasthold" }];

export async function loader({ params }: LoaderFunctionArgs) {
  const token = tokenParam.safeParse(params.token);
  if (!token.success) notFound();
  const request = await findConsentRequest(token.data);
  if (!request) notFound();
  const { id: _id, ...view } = request;
  return json(view);
}

export async function action({ request, params }: ActionFunctionArgs) {
  const token = tokenParam.safeParse(params.token);
  if (!token.success) notFound();
  const { t } = await getT(request);
  const parsed = parseForm(consentSchema, await readFormData(request), t);
  if (!parsed.ok) return json<FormFailure>(parsed.failure, { status: 400 });
  const result = await answerConsent(token.data, parsed.data);
  if (!result.ok) {
    if (result.error === "notFound") notFound();
    const message = result.error === "expired" ? t("consent.expiredError") : t("consent.alreadyAnswered");
    return json<FormFailure>({ errors: {}, formError: message, values: parsed.values }, { status: 409 });
  }
  nudgeJobWorker();
  return redirect(`/samtykke/${token.data}`);
}

export default function Consent() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const answered = data.consent_status !== "awaiting";
  return (
    <div className="narrow">
      <h1>{t("consent.title", { company: data.company_name })}</h1>
      {answered ? (
        <Alert variant={data.consent_status === "consented" ? "success" : "info"} role="status">
          <h2 className="alert-heading">{t(`consent.outcome.${data.consent_status}`)}</h2>
          <p>
            {data.consent_status === "consented" ? t("consent.outcome.consentedText") : t("consent.outcome.otherText")}{" "}
            {data.consent_status === "consented" ? <DateOnly date={data.first_conversation_due} /> : null}
          </p>
        </Alert>
      ) : null}
      <p>{t("consent.hello", { name: data.employee_name })}</p>
      <p>{t("consent.intro", { company: data.company_name })}</p>
      {!answered ? (
        <p className="promise-text">
          {t("consent.deadline")}{" "}
          <strong>
            <DateTime iso={data.consent_deadline} />
          </strong>
        </p>
      ) : null}

      <h2>{t("consent.employerAnswers")}</h2>
      <FastTrackAnswers functions={data.affected_functions} duration={data.affected_duration} adapted={data.work_adapted} />
      <p>
        {t("consent.employerContact")}: {data.contact_name}, {data.contact_phone}, {data.contact_email}
      </p>

      {!answered ? (
        <>
          <ErrorSummary failure={failure} />
          <Form method="post" noValidate>
            <fieldset className="form-section">
              <legend>
                <h2>{t("consent.yourAnswers")}</h2>
              </legend>
              <p className="form-hint">{t("consent.yourAnswersHint")}</p>
              <TextAreaField name="affectedFunctions" label={t("field.affectedFunctions.employee")} optional maxLength={2000} failure={failure} />
              <TextAreaField name="affectedDuration" label={t("field.affectedDuration.employee")} optional rows={2} maxLength={1000} failure={failure} />
              <TextAreaField name="workAdapted" label={t("field.workAdapted.employee")} optional maxLength={2000} failure={failure} />
            </fieldset>
            <p>{t("consent.choose")}</p>
            <div className="button-row">
              <button type="submit" name="decision" value="consent" className="button button-primary">
                {t("consent.yes")}
              </button>
              <button type="submit" name="decision" value="decline" className="button button-secondary">
                {t("consent.no")}
              </button>
            </div>
          </Form>
        </>
      ) : null}
      {data.employeePage ? (
        <section className="card" aria-labelledby="your-page-h">
          <h2 id="your-page-h">{t("consent.yourPage.title")}</h2>
          <p>{t("consent.yourPage.text")}</p>
          <p>
            <a href={data.employeePage}>{t("consent.yourPage.link")}</a>
          </p>
        </section>
      ) : null}
    </div>
  );
}
