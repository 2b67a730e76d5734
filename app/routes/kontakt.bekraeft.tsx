import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { CodeField, ErrorSummary } from "~/components/forms";
import { CODE_TTL_MINUTES } from "~/models/oneTimeCode.server";
import { clientIp } from "~/services/auth.server";
import { confirmGuestInquiry } from "~/services/inquiries.server";
import { nudgeJobWorker } from "~/services/jobs.server";
import { type FormFailure } from "~/utils/forms";
import { parseForm, readFormData } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { useT, type I18nHandle } from "~/utils/i18n";
import { emailCodeSchema, emailQuery } from "~/schemas/public.server";

export const handle: I18nHandle = { i18n: ["contact.confirm"] };

export const meta: MetaFunction = () => [{ title: "Bekræft din e-mail – Fasthold" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const address = emailQuery.safeParse(new URL(request.url).searchParams.get("email")?.trim().toLowerCase());
  if (!address.success) return redirect("/kontakt");
  return json({ email: address.data, minutes: CODE_TTL_MINUTES });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const { t } = await getT(request);
  const parsed = parseForm(emailCodeSchema, await readFormData(request), t);
  if (!parsed.ok) return json<FormFailure>(parsed.failure, { status: 400 });
  const result = await confirmGuestInquiry(parsed.data.email, parsed.data.code, clientIp(request, context));
  if (!result.ok) {
    const message = { rateLimited: t("signIn.rateLimited"), codeInvalid: t("signIn.codeInvalid"), tooManyAttempts: t("signIn.tooManyAttempts") }[result.error];
    return json<FormFailure>({ errors: { code: message }, values: { ...parsed.values, code: "" } }, { status: result.error === "rateLimited" ? 429 : 400 });
  }
  nudgeJobWorker();
  return redirect(`/henvendelse/${result.token}?sendt=1`);
}

export default function ConfirmGuest() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  return (
    <div className="narrow">
      <h1>{t("contact.confirm.title")}</h1>
      <p>{t("contact.confirm.intro", { email: data.email, minutes: data.minutes })}</p>
      <ErrorSummary failure={failure} />
      <Form method="post" noValidate>
        <input type="hidden" name="email" value={data.email} />
        <CodeField failure={failure} />
        <button type="submit" className="button button-primary">
          {t("contact.confirm.submit")}
        </button>
      </Form>
      <p>
        <Link to="/kontakt">{t("contact.confirm.again")}</Link>
      </p>
    </div>
  );
}
