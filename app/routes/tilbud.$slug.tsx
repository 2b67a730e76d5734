import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Alert, ErrorSummary, SelectField, TextAreaField } from "~/components/forms";
import { GuideHint } from "~/components/guides";
import { ServiceFacts } from "~/components/services";
import { db } from "~db/index";
import { requestServiceSchema } from "~/domain/serviceForm.server";
import { listCasesForEmployer } from "~/models/absenceCase.server";
import type { EmployerUser } from "~/models/user.server";
import { getUser, requireEmployer } from "~/services/auth.server";
import { publicService, requestService } from "~/services/catalogue.server";
import { guideHint } from "~/services/guides.server";
import { nudgeJobWorker } from "~/services/jobs.server";
import { type FormFailure } from "~/utils/forms";
import { parseForm, readFormData } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { useT, type I18nHandle } from "~/utils/i18n";

export const handle: I18nHandle = { i18n: ["guides.lang", "guides.newTab", "guides.readAll", "guides.search", "guides.why", "services"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.service.title ?? "Tilbud"} – Fasthold` }];

/** A service; a signed-in company asks for it here, for one of its cases or in general. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { lang } = await getT(request);
  const service = await publicService(params.slug ?? "", lang);
  if (!service) throw new Response("Not Found", { status: 404 });
  const user = await getUser(request);
  const employer = user?.role === "employer" && user.companyId ? (user as EmployerUser) : null;
  const cases = employer ? await listCasesForEmployer(db, employer) : [];
  return json({
    service: {
      slug: service.slug,
      status: service.status,
      title: service.title,
      what: service.what,
      forWhom: service.forWhom,
      cost: service.cost,
      duration: service.duration,
      documents: service.documents,
      team: service.team,
    },
    signedIn: Boolean(user),
    canRequest: Boolean(employer),
    cases: cases.map((c) => ({ id: c.id, label: `${c.employee_name} (${c.cpr_masked})` })),
    hint: await guideHint("24-timers-loefte", "loeftet", lang),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireEmployer(request);
  const { t } = await getT(request);
  const parsed = parseForm(requestServiceSchema, await readFormData(request), t);
  if (!parsed.ok) return json<FormFailure>(parsed.failure, { status: 400 });
  const result = await requestService(user, params.slug ?? "", parsed.data);
  if (result.ok) {
    nudgeJobWorker();
    return redirect(`/virksomhed/tilbud/${result.id}?sendt=1`);
  }
  if (result.error === "notFound") throw new Response("Not Found", { status: 404 });
  if (result.error === "paused") return json<FormFailure>({ errors: {}, formError: t("services.error.paused"), values: parsed.values }, { status: 409 });
  return json<FormFailure>({ errors: { caseId: t("services.error.case") }, values: parsed.values }, { status: 400 });
}

export default function ServicePage() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const s = data.service;
  const labels = { caseId: t("services.request.case"), message: t("services.request.message") };
  return (
    <article className="narrow-wide">
      <p>
        <Link to="/tilbud">← {t("services.title")}</Link>
      </p>
      <h1>{s.title}</h1>
      <ServiceFacts service={s} team={s.team} />
      <h2>{t("services.request.title")}</h2>
      {s.status === "paused" ? (
        <Alert variant="warning">
          <p>{t("services.pausedText")}</p>
        </Alert>
      ) : data.canRequest ? (
        <>
          <ErrorSummary failure={failure} labels={labels} />
          {failure?.formError ? (
            <Alert variant="error" role="alert">
              <p>{failure.formError}</p>
            </Alert>
          ) : null}
          <Form method="post" noValidate className="form">
            <SelectField
              name="caseId"
              label={labels.caseId}
              hint={t("services.request.caseHint")}
              failure={failure}
              options={[{ value: "general", label: t("services.request.general") }, ...data.cases.map((c) => ({ value: c.id, label: c.label }))]}
            />
            <TextAreaField name="message" label={labels.message} hint={t("services.request.messageHint")} rows={4} maxLength={2000} failure={failure} />
            <GuideHint hint={data.hint} id="why-24h" />
            <button type="submit" className="button button-primary">
              {t("services.request.submit")}
            </button>
          </Form>
        </>
      ) : data.signedIn ? (
        <p>{t("services.request.companiesOnly")}</p>
      ) : (
        <p>
          <Link to={`/log-ind?redirectTo=${encodeURIComponent(`/tilbud/${s.slug}`)}`}>{t("services.request.signIn")}</Link>
        </p>
      )}
    </article>
  );
}
