import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Alert, ErrorSummary, RadioGroup, TextAreaField } from "~/components/forms";
import { ServiceRequestFacts } from "~/components/services";
import { rateServiceSchema } from "~/domain/serviceForm.server";
import { employerScope } from "~/models/scope.server";
import { requireEmployer } from "~/services/auth.server";
import { serviceRequestView, stepServiceRequest } from "~/services/catalogue.server";
import { type FormFailure } from "~/utils/forms";
import { idParam, parseForm, readFormData } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { useT, type I18nHandle } from "~/utils/i18n";

export const handle: I18nHandle = { i18n: ["guides.lang", "services"] };

export const meta: MetaFunction = () => [{ title: "Anmodning om tilbud – Fasthold" }];

const notFound = () => new Response("Not Found", { status: 404 });

/** One of the company's requests: its state, and the rating once delivered. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireEmployer(request);
  const { lang } = await getT(request);
  const id = idParam.safeParse(params.requestId);
  const r = id.success ? await serviceRequestView(employerScope(user), id.data, lang) : null;
  if (!r) throw notFound();
  return json({
    r: {
      id: r.id,
      title: r.serviceTitle,
      slug: r.service_slug,
      status: r.status,
      message: r.message,
      employee: r.employee_name,
      created_at: r.created_at,
      inquiry_id: r.inquiry_id,
      scheduled_on: r.scheduled_on,
      schedule_note: r.schedule_note,
      decline_reason: r.decline_reason,
      rating: r.rating,
      rating_comment: r.rating_comment,
      delivered_at: r.delivered_at,
    },
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireEmployer(request);
  const { t } = await getT(request);
  const id = idParam.safeParse(params.requestId);
  if (!id.success) throw notFound();
  const form = await readFormData(request);
  if (form.get("intent") !== "evaluate") throw notFound();
  const parsed = parseForm(rateServiceSchema, form, t);
  if (!parsed.ok) {
    // Bad input about another company's id answers as a missing one: look first, in scope.
    if (!(await serviceRequestView(employerScope(user), id.data, "da"))) throw notFound();
    return json<FormFailure>(parsed.failure, { status: 400 });
  }
  const result = await stepServiceRequest({ kind: "company", user }, id.data, "evaluate", { rating: parsed.data.rating, comment: parsed.data.comment });
  if (!result.ok && result.error === "notFound") throw notFound();
  if (!result.ok) return json<FormFailure>({ errors: {}, formError: t("services.error.state"), values: parsed.values }, { status: 409 });
  return redirect(`/virksomhed/tilbud/${id.data}?vurderet=1`);
}

export default function CompanyRequest() {
  const { t } = useT();
  const { r } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const [search] = useSearchParams();
  return (
    <>
      <p>
        <Link to="/virksomhed/tilbud">← {t("services.company.title")}</Link>
      </p>
      <h1>{r.title}</h1>
      {search.get("sendt") ? (
        <Alert variant="success" role="status">
          <p>{t("services.request.sent")}</p>
        </Alert>
      ) : null}
      {search.get("vurderet") ? (
        <Alert variant="success" role="status">
          <p>{t("services.rate.thanks")}</p>
        </Alert>
      ) : null}
      <ServiceRequestFacts request={r} employee={r.employee} ratingLabel={t("services.rate.yours")} />
      {r.inquiry_id ? (
        <p>
          <Link to={`/virksomhed/henvendelser/${r.inquiry_id}`}>{t("services.request.inquiry")}</Link>
        </p>
      ) : null}
      {r.status === "delivered" ? (
        <section aria-labelledby="rate-h">
          <h2 id="rate-h">{t("services.rate.title")}</h2>
          <ErrorSummary failure={failure} labels={{ rating: t("services.rate.rating"), comment: t("services.rate.comment") }} />
          {failure?.formError ? (
            <Alert variant="error" role="alert">
              <p>{failure.formError}</p>
            </Alert>
          ) : null}
          <Form method="post" noValidate className="form">
            <input type="hidden" name="intent" value="evaluate" />
            <RadioGroup
              name="rating"
              legend={t("services.rate.rating")}
              hint={t("services.rate.ratingHint")}
              failure={failure}
              options={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: t(`services.rate.n${n}` as "services.rate.n1") }))}
            />
            <TextAreaField name="comment" label={t("services.rate.comment")} optional rows={3} maxLength={2000} failure={failure} />
            <button type="submit" className="button button-primary">
              {t("services.rate.submit")}
            </button>
          </Form>
        </section>
      ) : null}
    </>
  );
}
