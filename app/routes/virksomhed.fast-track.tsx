import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Alert, CheckboxField, DateField, ErrorSummary, RadioGroup, TextAreaField, TextField } from "~/components/forms";
import { GuideHint } from "~/components/guides";
import { guideHint } from "~/services/guides.server";
import { requireEmployer } from "~/services/auth.server";
import { submitFastTrack } from "~/services/fastTrack.server";
import { nudgeJobWorker } from "~/services/jobs.server";
import { now } from "~/utils/clock";
import { addDays, copenhagenDate, formatDate, formatDateShort, isValidDate, type Lang } from "~/utils/dates";
import { FAST_TRACK_LAST_DAY, fastTrackWindow, normalFollowUpBy } from "~/domain/deadlines";
import { formValues, type FormFailure } from "~/utils/forms";
import { parseForm, readFormData } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { fastTrackSchema, normalizeDate, partialHoursSchema } from "~/schemas/virksomhed.server";
import { isMessageKey, useT, type Translate, type I18nHandle } from "~/utils/i18n";

export const handle: I18nHandle = { i18n: ["fastTrack", "guides.newTab", "guides.readAll", "guides.search", "guides.why"] };

export const meta: MetaFunction = () => [{ title: "Fast Track – Fasthold" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireEmployer(request);
  const { lang } = await getT(request);
  const today = copenhagenDate(now());
  return json({
    contact: { name: user.name, phone: user.phone ?? "", email: user.email },
    today,
    earliest: addDays(today, -(FAST_TRACK_LAST_DAY - 1)),
    earliestText: formatDateShort(addDays(today, -(FAST_TRACK_LAST_DAY - 1)), lang),
    // "Hvorfor spørger vi om det?": the guide's section inline where the question arises.
    hints: { when: await guideHint("fast-track", "hvornaar", lang), questions: await guideHint("fast-track", "spoergsmaal", lang) },
  });
}

/** The 5-week window's message and its explanation (day 36 or later: the normal follow-up applies). */
function tooLateFailure(t: Translate, lang: Lang, window: { firstAbsenceDay: string; lastDay: string; dayNumber: number }) {
  const vars = {
    first: formatDate(window.firstAbsenceDay, lang),
    lastDay: formatDate(window.lastDay, lang),
    dayNumber: window.dayNumber,
    week8: formatDate(normalFollowUpBy(window.firstAbsenceDay), lang),
  };
  return { field: t("fastTrack.tooLate", vars), formError: t("fastTrack.tooLateExplanation", vars) };
}

/**
 * The rules that look at more than one field or at today (the partial hours, the
 * 5-week window), checked on the raw values so that they are reported together
 * with every field error in one answer, not one round after another.
 */
function crossFieldErrors(values: Record<string, string>, today: string, t: Translate, lang: Lang): { errors: Record<string, string>; formError?: string } {
  const errors: Record<string, string> = {};
  let formError: string | undefined;
  const first = normalizeDate(values.firstAbsenceDay ?? "");
  if (isValidDate(first)) {
    const window = fastTrackWindow(first, today);
    if (!window.ok && window.reason === "future") errors.firstAbsenceDay = t("fastTrack.future");
    if (!window.ok && window.reason === "tooLate") {
      const tooLate = tooLateFailure(t, lang, { firstAbsenceDay: first, lastDay: window.lastDay, dayNumber: window.dayNumber });
      errors.firstAbsenceDay = tooLate.field;
      formError = tooLate.formError;
    }
  }
  if (values.absenceType === "partial") {
    const h = partialHoursSchema.safeParse(values.weeklyHoursWorked ?? "");
    if (!h.success) {
      const key = h.error.issues[0]?.message;
      errors.weeklyHoursWorked = t(key && isMessageKey(key) ? key : "error.number");
    }
  }
  return { errors, formError };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireEmployer(request);
  const { t, lang } = await getT(request);
  const today = copenhagenDate(now());
  const formData = await readFormData(request);
  const parsed = parseForm(fastTrackSchema(today), formData, t);
  const cross = crossFieldErrors(formValues(formData), today, t, lang);
  if (!parsed.ok || Object.keys(cross.errors).length > 0) {
    // Every error at once: the field rules, the checkbox and the 5-week rule in one answer.
    const failure = parsed.ok ? { errors: {}, values: parsed.values } : parsed.failure;
    const errors = { ...cross.errors, ...failure.errors };
    const formError = cross.formError && errors.firstAbsenceDay === cross.errors.firstAbsenceDay ? cross.formError : undefined;
    const onlyWindow = parsed.ok && Object.keys(cross.errors).every((k) => k === "firstAbsenceDay");
    return json<FormFailure>({ errors, values: failure.values, ...(formError ? { formError } : {}) }, { status: onlyWindow ? 422 : 400 });
  }

  const result = await submitFastTrack(user, parsed.data);
  if (result.ok) {
    nudgeJobWorker();
    return redirect(`/virksomhed/sager/${result.caseId}?sendt=1`);
  }
  if (result.error === "duplicate") {
    return json<FormFailure>({ errors: { cpr: t("fastTrack.duplicate") }, values: parsed.values }, { status: 409 });
  }
  if (result.error === "future") {
    return json<FormFailure>({ errors: { firstAbsenceDay: t("fastTrack.future") }, values: parsed.values }, { status: 422 });
  }
  // Day 36 or later (the day turned between the checks): refused, nothing saved; the normal follow-up applies.
  const tooLate = tooLateFailure(t, lang, result);
  return json<FormFailure>({ errors: { firstAbsenceDay: tooLate.field }, formError: tooLate.formError, values: parsed.values }, { status: 422 });
}

export default function FastTrackForm() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  return (
    <>
      <h1>{t("fastTrack.title")}</h1>
      <p className="lead">{t("fastTrack.intro")}</p>
      <ErrorSummary
        failure={failure}
        labels={{
          employeeName: t("field.employeeName"),
          cpr: t("field.cpr"),
          employeeEmail: t("field.employeeEmail"),
          firstAbsenceDay: t("field.firstAbsenceDay"),
          absenceType: t("field.absenceType"),
          weeklyHoursWorked: t("field.weeklyHoursWorked"),
          affectedFunctions: t("field.affectedFunctions"),
          affectedDuration: t("field.affectedDuration"),
          workAdapted: t("field.workAdapted"),
          contactName: t("field.contactName"),
          contactPhone: t("field.contactPhone"),
          contactEmail: t("field.contactEmail"),
        }}
      />
      <Form method="post" noValidate className="form">
        <fieldset className="form-section">
          <legend>
            <h2>{t("fastTrack.section.employee")}</h2>
          </legend>
          <TextField name="employeeName" label={t("field.employeeName")} autoComplete="off" failure={failure} />
          <TextField
            name="cpr"
            label={t("field.cpr")}
            hint={t("field.cpr.hint")}
            inputMode="numeric"
            autoComplete="off"
            maxLength={11}
            className="input--medium"
            failure={failure}
          />
          <TextField
            name="employeeEmail"
            type="email"
            label={t("field.employeeEmail")}
            hint={t("field.employeeEmail.hint")}
            autoComplete="off"
            failure={failure}
          />
        </fieldset>

        <fieldset className="form-section">
          <legend>
            <h2>{t("fastTrack.section.absence")}</h2>
          </legend>
          <DateField
            name="firstAbsenceDay"
            label={t("field.firstAbsenceDay")}
            hint={t("field.firstAbsenceDay.hint", { earliest: data.earliestText })}
            max={data.today}
            failure={failure}
          />
          <GuideHint hint={data.hints.when} id="why-when" />
          <RadioGroup
            name="absenceType"
            legend={t("field.absenceType")}
            options={[
              { value: "full", label: t("field.absenceType.full") },
              { value: "partial", label: t("field.absenceType.partial"), hint: t("field.absenceType.partial.hint") },
            ]}
            failure={failure}
          />
          <TextField
            name="weeklyHoursWorked"
            label={t("field.weeklyHoursWorked")}
            hint={t("field.weeklyHoursWorked.hint")}
            inputMode="decimal"
            optional
            className="input--short"
            failure={failure}
          />
          <CheckboxField name="expectsLongAbsence" label={t("field.expectsLongAbsence")} hint={t("field.expectsLongAbsence.hint")} failure={failure} />
        </fieldset>

        <fieldset className="form-section">
          <legend>
            <h2>{t("fastTrack.section.questions")}</h2>
          </legend>
          <Alert variant="info">
            <h3 className="alert-heading">{t("fastTrack.noDiagnosis.title")}</h3>
            <p>{t("fastTrack.noDiagnosis.text")}</p>
          </Alert>
          <GuideHint hint={data.hints.questions} id="why-questions" />
          <TextAreaField name="affectedFunctions" label={t("field.affectedFunctions")} optional maxLength={2000} failure={failure} />
          <TextAreaField name="affectedDuration" label={t("field.affectedDuration")} optional rows={2} maxLength={1000} failure={failure} />
          <TextAreaField name="workAdapted" label={t("field.workAdapted")} optional maxLength={2000} failure={failure} />
        </fieldset>

        <fieldset className="form-section">
          <legend>
            <h2>{t("fastTrack.section.contact")}</h2>
          </legend>
          <TextField name="contactName" label={t("field.contactName")} autoComplete="name" defaultValue={data.contact.name} failure={failure} />
          <TextField
            name="contactPhone"
            type="tel"
            label={t("field.contactPhone")}
            autoComplete="tel"
            defaultValue={data.contact.phone}
            className="input--medium"
            failure={failure}
          />
          <TextField
            name="contactEmail"
            type="email"
            label={t("field.contactEmail")}
            autoComplete="email"
            defaultValue={data.contact.email}
            failure={failure}
          />
        </fieldset>

        <p>{t("fastTrack.whatHappens")}</p>
        <button type="submit" className="button button-primary">
          {t("fastTrack.submit")}
        </button>
      </Form>
    </>
  );
}
