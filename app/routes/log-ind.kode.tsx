import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Alert, CodeField, ErrorSummary } from "~/components/forms";
import { isStaff } from "~/models/user.server";
import { clientIp, revokeCurrentSession, sessionCookieHeader, verifySignInCode } from "~/services/auth.server";
import { CODE_TTL_MINUTES } from "~/services/auth.server";
import { type FormFailure } from "~/utils/forms";
import { parseForm, readFormData } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { useT, type I18nHandle } from "~/utils/i18n";
import { safeRedirectPath } from "~/utils/redirect";
import { emailQuery, signInCodeSchema } from "~/schemas/public.server";

export const handle: I18nHandle = { i18n: ["signIn"] };

export const meta: MetaFunction = () => [{ title: "Indtast kode – Fasthold" }];

/**
 * Opening the emailed link only fills in the form: signing in takes a POST,
 * so a mail scanner that follows links cannot use the code up.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const address = emailQuery.safeParse(url.searchParams.get("email")?.trim().toLowerCase());
  if (!address.success) return redirect("/log-ind");
  const code = url.searchParams.get("code") ?? "";
  return json({
    email: address.data,
    code: /^\d{6}$/.test(code) ? code : "",
    redirectTo: safeRedirectPath(url.searchParams.get("redirectTo"), ""),
    minutes: CODE_TTL_MINUTES,
    newCompany: url.searchParams.get("ny") === "1",
  });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { t } = await getT(request);
  const parsed = parseForm(signInCodeSchema, await readFormData(request), t);
  if (!parsed.ok) return json<FormFailure>(parsed.failure, { status: 400 });
  const result = await verifySignInCode(parsed.data.email, parsed.data.code, clientIp(request, context), request.headers.get("User-Agent"));
  if (!result.ok) {
    const message = {
      rateLimited: t("signIn.rateLimited"),
      codeInvalid: t("signIn.codeInvalid"),
      tooManyAttempts: t("signIn.tooManyAttempts"),
    }[result.error];
    return json<FormFailure>({ errors: { code: message }, values: { ...parsed.values, code: "" } }, { status: result.error === "rateLimited" ? 429 : 400 });
  }
  await revokeCurrentSession(request);
  const redirectTo = safeRedirectPath(parsed.data.redirectTo, "");
  // Staff give their second factor next: the session reaches nothing else until then.
  const next = isStaff(result.user) ? `/log-ind/totp${redirectTo ? `?${new URLSearchParams({ redirectTo })}` : ""}` : redirectTo || "/virksomhed";
  return redirect(next, {
    headers: { "Set-Cookie": await sessionCookieHeader(result.sessionToken) },
  });
}

export default function EnterCode() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  return (
    <div className="narrow">
      {data.newCompany ? (
        <Alert variant="success" role="status">
          <p className="alert-text">{t("signIn.newCompany")}</p>
        </Alert>
      ) : null}
      <h1>{data.code ? t("signIn.confirmTitle") : t("signIn.codeTitle")}</h1>
      <p>{data.code ? t("signIn.confirmIntro", { email: data.email }) : t("signIn.codeIntro", { email: data.email, minutes: data.minutes })}</p>
      <ErrorSummary failure={failure} />
      <Form method="post" noValidate>
        <input type="hidden" name="email" value={data.email} />
        <input type="hidden" name="redirectTo" value={data.redirectTo} />
        <CodeField failure={failure} defaultValue={data.code} />
        <button type="submit" className="button button-primary">
          {t("signIn.submit")}
        </button>
      </Form>
      <p>
        <Link to="/log-ind">{t("signIn.newCode")}</Link>
      </p>
    </div>
  );
}
