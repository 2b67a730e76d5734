import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { ErrorSummary, TextField } from "~/components/forms";
import { clientIp, getUser } from "~/services/auth.server";
import { nudgeJobWorker } from "~/services/jobs.server";
import { signUpCompany } from "~/services/signup.server";
import { type FormFailure } from "~/utils/forms";
import { parseForm, readFormData } from "~/utils/forms.server";
import { getLang, getT } from "~/utils/i18n.server";
import { useT, type I18nHandle } from "~/utils/i18n";
import { signupSchema } from "~/schemas/virksomhed.server";

export const handle: I18nHandle = { i18n: ["signUp"] };

export const meta: MetaFunction = () => [{ title: "Opret virksomhed – Fasthold" }];

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUser(request)) return redirect("/");
  return null;
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { t } = await getT(request);
  const parsed = parseForm(signupSchema, await readFormData(request), t);
  if (!parsed.ok) return json<FormFailure>(parsed.failure, { status: 400 });
  const result = await signUpCompany(parsed.data, clientIp(request, context), await getLang(request));
  if (!result.ok) {
    const message = { cvrTaken: t("signUp.cvrTaken"), rateLimited: t("signIn.rateLimited") }[result.error];
    return json<FormFailure>({ errors: { [result.field]: message }, values: parsed.values }, { status: result.error === "rateLimited" ? 429 : 409 });
  }
  // Also when the address already has a user: the same answer as for a new
  // address (the owner gets an email instead), so nobody can probe addresses.
  nudgeJobWorker();
  return redirect(`/log-ind/kode?${new URLSearchParams({ email: parsed.data.email, ny: "1" })}`);
}

export default function SignUp() {
  const { t } = useT();
  const failure = useActionData<typeof action>();
  return (
    <div className="narrow">
      <h1>{t("signUp.title")}</h1>
      <p>{t("signUp.intro")}</p>
      <ErrorSummary
        failure={failure}
        labels={{ cvr: t("field.cvr"), companyName: t("field.companyName"), name: t("field.yourName"), email: t("field.workEmail"), phone: t("field.phone") }}
      />
      <Form method="post" noValidate>
        <TextField name="cvr" label={t("field.cvr")} hint={t("field.cvr.hint")} inputMode="numeric" maxLength={12} className="input--short" failure={failure} />
        <TextField name="companyName" label={t("field.companyName")} autoComplete="organization" failure={failure} />
        <TextField name="name" label={t("field.yourName")} autoComplete="name" failure={failure} />
        <TextField name="email" type="email" label={t("field.workEmail")} hint={t("field.workEmail.hint")} autoComplete="email" failure={failure} />
        <TextField name="phone" type="tel" label={t("field.phone")} autoComplete="tel" optional className="input--medium" failure={failure} />
        <button type="submit" className="button button-primary">
          {t("signUp.submit")}
        </button>
      </Form>
    </div>
  );
}
