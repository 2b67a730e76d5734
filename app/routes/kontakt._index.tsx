import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { ErrorSummary, RadioGroup, TextAreaField, TextField } from "~/components/forms";
import { GuideHint } from "~/components/guides";
import { guideHint } from "~/services/guides.server";
import { ContactCard } from "~/components/inquiry";
import { isStaff } from "~/models/user.server";
import { clientIp, getUser } from "~/services/auth.server";
import { contactCardFor } from "~/services/contact.server";
import { requestGuestInquiry, submitGeneralInquiry } from "~/services/inquiries.server";
import { nudgeJobWorker } from "~/services/jobs.server";
import { type FormFailure } from "~/utils/forms";
import { parseForm, readFormData } from "~/utils/forms.server";
import { getLang, getT } from "~/utils/i18n.server";
import { useT, type I18nHandle } from "~/utils/i18n";
import { guestInquiryFields, inquiryFields } from "~/schemas/public.server";

export const handle: I18nHandle = {
  i18n: ["case", "companyInquiries", "contact", "guides.newTab", "guides.readAll", "guides.search", "guides.why", "inquiry", "message"],
};

export const meta: MetaFunction = () => [{ title: "Kontakt jobcentret – Fasthold" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await getUser(request);
  if (user && isStaff(user)) return redirect("/jobcenter");
  const hint = await guideHint("24-timers-loefte", "loeftet", await getLang(request));
  if (user?.companyId) {
    return json({
      signedIn: true as const,
      companyName: user.companyName,
      defaults: { contactName: user.name, contactEmail: user.email, contactPhone: user.phone ?? "" },
      contact: await contactCardFor(user.companyId),
      hint,
    });
  }
  return json({ signedIn: false as const, companyName: null, defaults: { contactName: "", contactEmail: "", contactPhone: "" }, contact: null, hint });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await getUser(request);
  if (user && isStaff(user)) throw new Response("Not Found", { status: 404 });
  const { t } = await getT(request);
  const formData = await readFormData(request);
  // Written while signed in, but the session ran out: sign in again rather than post as a guest.
  if (!user && formData.get("as") === "company") return redirect("/log-ind?redirectTo=%2Fkontakt");

  if (user?.companyId) {
    const parsed = parseForm(inquiryFields, formData, t);
    if (!parsed.ok) return json<FormFailure>(parsed.failure, { status: 400 });
    const inquiry = await submitGeneralInquiry({ ...user, role: "employer", companyId: user.companyId }, parsed.data);
    nudgeJobWorker();
    return redirect(`/virksomhed/henvendelser/${inquiry.id}?sendt=1`);
  }

  // Without an account: confirm the address first; nothing reaches the desk before that.
  const parsed = parseForm(guestInquiryFields, formData, t);
  if (!parsed.ok) return json<FormFailure>(parsed.failure, { status: 400 });
  const result = await requestGuestInquiry(parsed.data, clientIp(request, context), await getLang(request));
  if (!result.ok) return json<FormFailure>({ errors: { contactEmail: t("signIn.rateLimited") }, values: parsed.values }, { status: 429 });
  nudgeJobWorker();
  return redirect(`/kontakt/bekraeft?${new URLSearchParams({ email: parsed.data.contactEmail })}`);
}

export default function ContactJobcenter() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const labels = {
    companyName: t("field.companyName"),
    cvr: t("field.cvr"),
    subject: t("contact.subject"),
    message: t("contact.message"),
    preferredContact: t("contact.preferred"),
    contactName: t("field.yourName"),
    contactEmail: t("field.email"),
    contactPhone: t("field.phone"),
  };
  return (
    <div className="with-aside">
      <div>
        <h1>{t("contact.title")}</h1>
        <p className="lead">{t("contact.lead")}</p>
        <GuideHint hint={data.hint} id="why-24h" />
        {!data.signedIn ? <p>{t("contact.guestIntro")}</p> : null}
        <ErrorSummary failure={failure} labels={labels} />
        <Form method="post" noValidate className="form">
          {data.signedIn ? <input type="hidden" name="as" value="company" /> : null}
          {!data.signedIn ? (
            <fieldset className="form-section">
              <legend>
                <h2>{t("contact.section.company")}</h2>
              </legend>
              <TextField name="companyName" label={labels.companyName} autoComplete="organization" failure={failure} />
              <TextField
                name="cvr"
                label={labels.cvr}
                hint={t("field.cvr.hint")}
                inputMode="numeric"
                maxLength={12}
                className="input--short"
                failure={failure}
              />
            </fieldset>
          ) : null}
          <fieldset className="form-section">
            <legend>
              <h2>{t("contact.section.question")}</h2>
            </legend>
            <TextField name="subject" label={labels.subject} maxLength={160} failure={failure} />
            <TextAreaField name="message" label={labels.message} hint={t("contact.messageHint")} rows={7} maxLength={5000} failure={failure} />
          </fieldset>
          <fieldset className="form-section">
            <legend>
              <h2>{t("contact.section.you")}</h2>
            </legend>
            <RadioGroup
              name="preferredContact"
              legend={labels.preferredContact}
              options={[
                { value: "phone", label: t("contact.preferred.phone") },
                { value: "email", label: t("contact.preferred.email") },
                { value: "meeting", label: t("contact.preferred.meeting") },
              ]}
              failure={failure}
            />
            <TextField name="contactName" label={labels.contactName} autoComplete="name" defaultValue={data.defaults.contactName} failure={failure} />
            <TextField
              name="contactEmail"
              type="email"
              label={labels.contactEmail}
              autoComplete="email"
              defaultValue={data.defaults.contactEmail}
              failure={failure}
            />
            <TextField
              name="contactPhone"
              type="tel"
              label={labels.contactPhone}
              hint={t("contact.phoneHint")}
              autoComplete="tel"
              optional
              defaultValue={data.defaults.contactPhone}
              className="input--medium"
              failure={failure}
            />
          </fieldset>
          <p>{t("contact.promise")}</p>
          <button type="submit" className="button button-primary">
            {data.signedIn ? t("contact.submit") : t("contact.submitGuest")}
          </button>
        </Form>
      </div>
      {data.signedIn ? <ContactCard contact={data.contact} /> : null}
    </div>
  );
}
