import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { OwnContactForm } from "~/components/corrections";
import { employeeContactSchema } from "~/domain/correctionForm.server";
import { correctOwnContact } from "~/services/corrections.server";
import { notFound } from "~/utils/http";
import { DateOnly } from "~/components/time";
import { db } from "~db/index";
import { plansOfCase } from "~/models/retentionPlan.server";
import { requireEmployee } from "~/services/employeeAccess.server";
import { nudgeJobWorker } from "~/services/jobs.server";
import { requestPlanAsEmployee } from "~/services/plans.server";
import { type FormFailure } from "~/utils/forms";
import { parseForm, readFormData } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { useT, type I18nHandle } from "~/utils/i18n";
import { Alert } from "~/components/forms";

export const handle: I18nHandle = { i18n: ["access", "correction", "employee", "meetings.employee", "progression.card", "progression.title"] };

export const meta: MetaFunction = () => [{ title: "Din side – Fasthold" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const employee = await requireEmployee(request);
  const absence = await db.selectFrom("absence_cases").select(["first_absence_day"]).where("id", "=", employee.caseId).executeTakeFirstOrThrow();
  const plans = await plansOfCase(db, employee.caseId);
  return json({
    name: employee.name,
    email: employee.email,
    companyName: employee.companyName,
    firstAbsenceDay: absence.first_absence_day,
    plans: plans.map((p) => ({
      id: p.id,
      status: p.status,
      declineReason: p.decline_reason,
      signedVersion: p.signed_version,
      currentVersion: p.current_version,
    })),
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const employee = await requireEmployee(request);
  const { t } = await getT(request);
  const formData = await readFormData(request);
  const intent = formData.get("intent");
  if (intent === "correct-email") {
    const parsed = parseForm(employeeContactSchema, formData, t);
    if (!parsed.ok) return json<Failure>({ ...parsed.failure, form: "correct-email" }, { status: 400 });
    const result = await correctOwnContact(employee.caseId, parsed.data);
    if (!result.ok && result.error === "notFound") notFound();
    if (!result.ok) return json<Failure>({ errors: {}, values: parsed.values, formError: t("correction.anonymised"), form: "correct-email" }, { status: 409 });
    nudgeJobWorker();
    return redirect(`/medarbejder?${result.changed.length ? "rettet" : "uaendret"}=1`);
  }
  if (intent !== "request-plan") throw new Response("Bad Request", { status: 400 });
  const result = await requestPlanAsEmployee(employee);
  if (!result.ok) return json<Failure>({ errors: {}, values: {}, formError: t("employee.planExists"), form: "request-plan" }, { status: 409 });
  nudgeJobWorker();
  return redirect("/medarbejder?anmodet=1");
}

type Failure = FormFailure & { form: "correct-email" | "request-plan" };

export default function EmployeeHome() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as Failure | undefined;
  const actionData = result?.form === "request-plan" ? result : undefined;
  const [params] = useSearchParams();
  const open = data.plans.find((p) => p.status === "active" || p.status === "requested");
  const declined = data.plans.find((p) => p.status === "declined");
  return (
    <div className="narrow-wide">
      <h1>{t("employee.homeTitle", { name: data.name })}</h1>
      <p>
        {t("employee.case", { company: data.companyName })} <DateOnly date={data.firstAbsenceDay} />.
      </p>
      {params.get("rettet") || params.get("uaendret") ? (
        <Alert variant="success" role="status">
          <p className="alert-text">{params.get("rettet") ? t("correction.own.done") : t("correction.unchanged")}</p>
        </Alert>
      ) : null}
      <section className="card" aria-labelledby="meetings-h">
        <h2 id="meetings-h">{t("meetings.employee.title")}</h2>
        <p>
          <Link to="/medarbejder/moeder">{t("meetings.employee.link")}</Link>
        </p>
      </section>
      <section className="card" aria-labelledby="plan-h">
        <h2 id="plan-h">{t("employee.plan.title")}</h2>
        {actionData?.formError ? (
          <p className="form-error-message" role="alert">
            {actionData.formError}
          </p>
        ) : null}
        {open?.status === "active" ? (
          <>
            <p>{open.signedVersion ? t("employee.plan.signed", { version: open.signedVersion }) : t("employee.plan.active")}</p>
            <p>
              <Link to={`/plan/${open.id}`} className="button button-primary">
                {t("employee.plan.open")}
              </Link>
            </p>
          </>
        ) : open?.status === "requested" ? (
          <p role="status">{t("employee.plan.requested")}</p>
        ) : (
          <>
            {declined ? (
              <Alert variant="info">
                <p>{t("employee.plan.declined")}</p>
                <p className="prewrap">{declined.declineReason}</p>
              </Alert>
            ) : null}
            <p>{t("employee.plan.explain")}</p>
            <Form method="post">
              <button type="submit" name="intent" value="request-plan" className="button button-primary">
                {t("employee.plan.request")}
              </button>
            </Form>
          </>
        )}
      </section>
      <section className="card" aria-labelledby="progression-h">
        <h2 id="progression-h">{t("progression.title")}</h2>
        <p>{t("progression.card.text")}</p>
        <p>
          <Link to="/medarbejder/fremgang" className="button button-secondary">
            {t("progression.card.open")}
          </Link>
        </p>
      </section>
      <OwnContactForm email={data.email} failure={result?.form === "correct-email" ? result : null} />
      <section>
        <h2>{t("access.employeeTitle")}</h2>
        <p>{t("access.employeeIntro")}</p>
        <p>
          <a href="/medarbejder/indsigt?format=pdf" className="button button-secondary" download>
            {t("access.pdf")}
          </a>{" "}
          <a href="/medarbejder/indsigt?format=json" className="button button-secondary" download>
            {t("access.json")}
          </a>
        </p>
      </section>
    </div>
  );
}
