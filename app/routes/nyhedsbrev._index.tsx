import type { ActionFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { ErrorSummary, TextField } from "~/components/forms";
import { clientIp } from "~/services/auth.server";
import { nudgeJobWorker } from "~/services/jobs.server";
import { subscribe } from "~/services/newsletter.server";
import { type FormFailure } from "~/utils/forms";
import { parseForm, readFormData } from "~/utils/forms.server";
import { getLang, getT } from "~/utils/i18n.server";
import { useT, type I18nHandle } from "~/utils/i18n";
import { subscribeSchema } from "~/schemas/public.server";

export const handle: I18nHandle = {
  i18n: ["newsletter.archive", "newsletter.checkMail", "newsletter.consent", "newsletter.lead", "newsletter.subscribe", "newsletter.title"],
};

export const meta: MetaFunction = () => [{ title: "Nyhedsbrev om sygefravær og fastholdelse – Fasthold" }];

/** Always the same answer: whether an address is on the list is never revealed. */
export async function action({ request, context }: ActionFunctionArgs) {
  const { t } = await getT(request);
  const parsed = parseForm(subscribeSchema, await readFormData(request), t);
  if (!parsed.ok) return json<FormFailure>(parsed.failure, { status: 400 });
  const result = await subscribe(parsed.data, clientIp(request, context), await getLang(request));
  if (!result.ok) return json<FormFailure>({ errors: { email: t("signIn.rateLimited") }, values: parsed.values }, { status: 429 });
  nudgeJobWorker();
  return redirect("/nyhedsbrev?tilmeldt=1");
}

export default function NewsletterSignUp() {
  const { t } = useT();
  const failure = useActionData<typeof action>();
  const [params] = useSearchParams();
  if (params.get("tilmeldt")) {
    return (
      <div className="narrow">
        <h1>{t("newsletter.checkMail.title")}</h1>
        <p role="status">{t("newsletter.checkMail.text")}</p>
        <p>
          <Link to="/nyhedsbrev/arkiv">{t("newsletter.archive.link")}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <h1>{t("newsletter.title")}</h1>
      <p className="lead">{t("newsletter.lead")}</p>
      <ErrorSummary failure={failure} labels={{ name: t("field.yourName"), email: t("field.email"), company: t("field.companyName"), cvr: t("field.cvr") }} />
      <Form method="post" noValidate>
        <TextField name="name" label={t("field.yourName")} autoComplete="name" failure={failure} />
        <TextField name="email" type="email" label={t("field.email")} autoComplete="email" failure={failure} />
        <TextField name="company" label={t("field.companyName")} optional autoComplete="organization" failure={failure} />
        <TextField name="cvr" label={t("field.cvr")} optional inputMode="numeric" maxLength={12} className="input--short" failure={failure} />
        <p className="form-hint">{t("newsletter.consent")}</p>
        <button type="submit" className="button button-primary">
          {t("newsletter.subscribe")}
        </button>
      </Form>
      <p>
        <Link to="/nyhedsbrev/arkiv">{t("newsletter.archive.link")}</Link>
      </p>
    </div>
  );
}
