import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Alert, ErrorSummary, TextField } from "~/components/forms";
import { nudgeJobWorker } from "~/services/jobs.server";
import { clientIp, getUser, requestSignInCode } from "~/services/auth.server";
import { type FormFailure } from "~/utils/forms";
import { parseForm, readFormData } from "~/utils/forms.server";
import { getLangChoice, getT } from "~/utils/i18n.server";
import { useT, type I18nHandle } from "~/utils/i18n";
import { safeRedirectPath } from "~/utils/redirect";
import { signInSchema } from "~/schemas/public.server";

export const handle: I18nHandle = { i18n: ["signIn"] };

export const meta: MetaFunction = () => [{ title: "Log ind – Fasthold" }];

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUser(request)) return redirect("/");
  const url = new URL(request.url);
  return json({
    redirectTo: safeRedirectPath(url.searchParams.get("redirectTo"), ""),
    signedOut: url.searchParams.has("udlogget"),
  });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { t } = await getT(request);
  const parsed = parseForm(signInSchema, await readFormData(request), t);
  if (!parsed.ok) return json<FormFailure>(parsed.failure, { status: 400 });
  const result = await requestSignInCode(parsed.data.email, clientIp(request, context), await getLangChoice(request));
  if (!result.ok) {
    return json<FormFailure>({ errors: { email: t("signIn.rateLimited") }, values: parsed.values }, { status: 429 });
  }
  nudgeJobWorker();
  const params = new URLSearchParams({ email: parsed.data.email });
  const redirectTo = safeRedirectPath(parsed.data.redirectTo, "");
  if (redirectTo) params.set("redirectTo", redirectTo);
  return redirect(`/log-ind/kode?${params}`);
}

export default function SignIn() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  return (
    <div className="narrow">
      <h1>{t("signIn.title")}</h1>
      {data.signedOut ? (
        <Alert variant="info" role="status">
          <p className="alert-text">{t("signIn.signedOut")}</p>
        </Alert>
      ) : null}
      <p>{t("signIn.intro")}</p>
      <ErrorSummary failure={failure} />
      <Form method="post" noValidate>
        <input type="hidden" name="redirectTo" value={data.redirectTo} />
        <TextField name="email" type="email" autoComplete="email" label={t("field.email")} failure={failure} />
        <button type="submit" className="button button-primary">
          {t("signIn.sendCode")}
        </button>
      </Form>
    </div>
  );
}
