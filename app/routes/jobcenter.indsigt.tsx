import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, TextField } from "~/components/forms";
import { parseCpr } from "~/domain/cpr";
import { requireStaff } from "~/services/auth.server";
import { auditPersonLookUp, entitiesOfPerson, personRef } from "~/services/auditReview.server";
import { type FormFailure } from "~/utils/forms";
import { readFormData } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { useT, type I18nHandle } from "~/utils/i18n";
import { personRefQuery } from "~/schemas/jobcenter.server";

export const handle: I18nHandle = { i18n: ["access", "audit"] };

export const meta: MetaFunction = () => [{ title: "Indsigt – Fasthold" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  const person = personRefQuery.parse(new URL(request.url).searchParams.get("person"));
  const cases = person ? ((await entitiesOfPerson(person)).find((e) => e.type === "absence_case")?.ids.length ?? 0) : 0;
  return json({ person, cases }, { headers: { "Cache-Control": "no-store" } });
}

/** The look-up by CPR: a POST (the number stays out of addresses), audited, then the person's keyed hash. */
export async function action({ request }: ActionFunctionArgs) {
  const staff = await requireStaff(request);
  const { t } = await getT(request);
  const form = await readFormData(request);
  const input = String(form.get("cpr") ?? "").slice(0, 20);
  const cpr = parseCpr(input);
  if (!cpr.ok) return json<FormFailure>({ errors: { cpr: t("audit.cprInvalid") }, values: { cpr: input } }, { status: 400 });
  const ref = personRef(cpr.cpr);
  await auditPersonLookUp(staff, ref, "access_request");
  return redirect(`/jobcenter/indsigt?${new URLSearchParams({ person: ref })}`);
}

export default function AccessRequest() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  return (
    <div className="narrow">
      <h1>{t("access.title")}</h1>
      <p>{t("access.intro")}</p>
      <ErrorSummary failure={failure} labels={{ cpr: t("access.cpr") }} />
      <Form method="post" noValidate>
        <TextField name="cpr" label={t("access.cpr")} hint={t("audit.cprHint")} autoComplete="off" maxLength={11} className="input--medium" failure={failure} />
        <button type="submit" className="button button-primary">
          {t("access.find")}
        </button>
      </Form>
      {data.person ? (
        data.cases > 0 ? (
          <>
            <p role="status">{t("access.found", { cases: data.cases })}</p>
            <p>
              <a href={`/jobcenter/indsigt/hent?${new URLSearchParams({ person: data.person, format: "pdf" })}`} className="button button-secondary" download>
                {t("access.pdf")}
              </a>{" "}
              <a href={`/jobcenter/indsigt/hent?${new URLSearchParams({ person: data.person, format: "json" })}`} className="button button-secondary" download>
                {t("access.json")}
              </a>
            </p>
          </>
        ) : (
          <p role="status">{t("access.none")}</p>
        )
      ) : null}
    </div>
  );
}
