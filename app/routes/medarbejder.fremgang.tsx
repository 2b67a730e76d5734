import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Alert, CheckboxField, ErrorSummary, RadioGroup, TextAreaField } from "~/components/forms";
import { ProgressionChart } from "~/components/progression";
import { findHealthWords } from "~/domain/healthWords";
import { progressionStatements, scaleValues, type ProgressionStatement } from "~/domain/progression";
import { requireEmployee } from "~/services/employeeAccess.server";
import { progressionOfEmployee, rateProgression, setProgressionSharing } from "~/services/progression.server";
import { type FormFailure } from "~/utils/forms";
import { parseForm, readFormData } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { useT, type I18nHandle } from "~/utils/i18n";
import { progressionIntentSchema, rateProgressionSchema, shareProgressionSchema } from "~/schemas/medarbejder.server";

export const handle: I18nHandle = { i18n: ["plan.health", "progression"] };

export const meta: MetaFunction = () => [{ title: "Din fremgang – Fasthold" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const employee = await requireEmployee(request);
  const view = await progressionOfEmployee(employee);
  return json({ name: employee.name, ...view });
}

/** A refused rating may be held for the health-data warning on its comment. */
type ActionData = FormFailure & { healthWords?: string[]; intent: "rate" | "share" };

export async function action({ request }: ActionFunctionArgs) {
  const employee = await requireEmployee(request);
  const { t } = await getT(request);
  const formData = await readFormData(request);
  const intent = progressionIntentSchema.safeParse(formData.get("intent"));
  if (!intent.success) throw new Response("Bad Request", { status: 400 });
  if (intent.data === "share") {
    const parsed = parseForm(shareProgressionSchema, formData, t);
    if (!parsed.ok) return json<ActionData>({ ...parsed.failure, intent: "share" }, { status: 400 });
    await setProgressionSharing(employee, parsed.data.share === "yes");
    return redirect(`/medarbejder/fremgang?delt=${parsed.data.share === "yes" ? "ja" : "nej"}`);
  }
  const parsed = parseForm(rateProgressionSchema, formData, t);
  if (!parsed.ok) return json<ActionData>({ ...parsed.failure, intent: "rate" }, { status: 400 });
  // The comment is shown with the ratings (to the employer too, when shared): explain, and save only when confirmed.
  const words = parsed.data.comment ? findHealthWords(parsed.data.comment) : [];
  if (words.length && !parsed.data.confirmHealth) {
    return json<ActionData>({ errors: {}, values: parsed.values, healthWords: words, intent: "rate" }, { status: 422 });
  }
  const { tasks, nextStep, support, confidence } = parsed.data;
  await rateProgression(employee, { ratings: { tasks, nextStep, support, confidence }, comment: parsed.data.comment ?? null });
  return redirect("/medarbejder/fremgang?gemt=1#fremgang-graf");
}

/** One statement on the 0–10 scale: native radios in a fieldset, as large buttons that wrap at 375 px. */
function Scale({ name, failure }: { name: ProgressionStatement; failure: FormFailure | null }) {
  const { t } = useT();
  const error = failure?.errors[name];
  const current = failure?.values[name];
  const id = `field-${name}`;
  return (
    <div className={`form-group${error ? " form-error" : ""}`}>
      <fieldset id={id} aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}>
        <legend className="form-label">{t(`progression.statement.${name}`)}</legend>
        <span id={`${id}-hint`} className="form-hint">
          {t("progression.scaleHint")}
        </span>
        {error ? (
          <span id={`${id}-error`} className="form-error-message">
            <span className="sr-only">{t("form.errorPrefix")} </span>
            {error}
          </span>
        ) : null}
        <ul className="scale-options">
          {scaleValues.map((v) => (
            <li key={v}>
              <input type="radio" id={`${id}-${v}`} name={name} value={v} defaultChecked={current === String(v)} />
              <label htmlFor={`${id}-${v}`}>{v}</label>
            </li>
          ))}
        </ul>
        <div className="scale-ends" aria-hidden="true">
          <span>0 {t("progression.scaleLow")}</span>
          <span>10 {t("progression.scaleHigh")}</span>
        </div>
      </fieldset>
    </div>
  );
}

export default function EmployeeProgression() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const [params] = useSearchParams();
  const rateFailure = actionData?.intent === "rate" ? actionData : null;
  const shareFailure = actionData?.intent === "share" ? actionData : null;
  const labels = Object.fromEntries(progressionStatements.map((s) => [s, t(`progression.statement.${s}`)]));
  return (
    <div className="narrow-wide">
      <p>
        <Link to="/medarbejder">← {t("progression.back")}</Link>
      </p>
      <h1>{t("progression.title")}</h1>
      <p className="lead">{t("progression.lead")}</p>
      {params.get("gemt") ? (
        <Alert variant="success" role="status">
          <p>{t("progression.saved")}</p>
        </Alert>
      ) : null}
      {params.get("delt") ? (
        <Alert variant="success" role="status">
          <p>{t(params.get("delt") === "ja" ? "progression.share.savedShared" : "progression.share.savedPrivate")}</p>
        </Alert>
      ) : null}

      <section aria-labelledby="fremgang-graf-h" id="fremgang-graf">
        <h2 id="fremgang-graf-h">{t("progression.chartTitle")}</h2>
        <ProgressionChart points={data.points} />
      </section>

      <Form method="post" noValidate className="card" aria-labelledby="rate-h">
        <h2 id="rate-h">{t("progression.rateTitle")}</h2>
        <ErrorSummary failure={rateFailure} labels={labels} />
        <input type="hidden" name="intent" value="rate" />
        {progressionStatements.map((s) => (
          <Scale key={s} name={s} failure={rateFailure} />
        ))}
        {rateFailure?.healthWords?.length ? (
          <Alert variant="warning" role="alert" data-testid="progression-health-warning">
            <h3>{t("plan.health.title")}</h3>
            <p>{t("plan.health.found", { words: rateFailure.healthWords.join(", ") })}</p>
            <p>{t("plan.health.commentEmployee")}</p>
          </Alert>
        ) : null}
        <TextAreaField
          name="comment"
          label={t("progression.comment")}
          hint={t("progression.commentHint")}
          optional
          rows={3}
          maxLength={1000}
          failure={rateFailure}
        />
        {rateFailure?.healthWords?.length ? <CheckboxField name="confirmHealth" label={t("plan.health.confirm")} failure={null} /> : null}
        <button type="submit" className="button button-primary">
          {t("progression.submit")}
        </button>
      </Form>

      <Form method="post" noValidate className="card" aria-labelledby="share-h">
        <h2 id="share-h">{t("progression.share.title")}</h2>
        <p>{t("progression.share.text")}</p>
        <p role="status" data-testid="progression-share-state">
          <strong>{t(data.shared ? "progression.share.nowShared" : "progression.share.nowPrivate")}</strong>
        </p>
        <ErrorSummary failure={shareFailure} />
        <input type="hidden" name="intent" value="share" />
        <RadioGroup
          name="share"
          legend={t("progression.share.legend")}
          options={[
            { value: "yes", label: t("progression.share.yes") },
            { value: "no", label: t("progression.share.no") },
          ]}
          failure={shareFailure}
          defaultValue={data.shared ? "yes" : "no"}
        />
        <button type="submit" className="button button-secondary">
          {t("progression.share.save")}
        </button>
      </Form>
    </div>
  );
}
