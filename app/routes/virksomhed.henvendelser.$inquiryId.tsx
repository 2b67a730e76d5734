import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { CompanyInquiryView, ContactCard } from "~/components/inquiry";
import { db } from "~db/index";
import { findInquiryForCompany, listMessages } from "~/models/inquiry.server";
import { requireEmployer } from "~/services/auth.server";
import { contactCardFor } from "~/services/contact.server";
import { nowIso } from "~/utils/clock";
import { idParam } from "~/utils/forms.server";
import { useT, type I18nHandle } from "~/utils/i18n";
import { Alert } from "~/components/forms";

export const handle: I18nHandle = { i18n: ["case", "companyInquiries", "contact", "inquiry", "message"] };

export const meta: MetaFunction = () => [{ title: "Henvendelse – Fasthold" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireEmployer(request);
  const id = idParam.safeParse(params.inquiryId);
  const inquiry = id.success ? await findInquiryForCompany(db, user, id.data) : undefined;
  if (!inquiry) throw new Response("Not Found", { status: 404 });
  const [messages, contact] = await Promise.all([listMessages(db, [inquiry.id], { companyView: true }), contactCardFor(user.companyId)]);
  return json({ now: nowIso(), inquiry, messages, contact });
}

export default function CompanyInquiry() {
  const { t } = useT();
  const { inquiry: i, messages, contact, now } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <div className="with-aside">
      <div>
        <p>
          <Link to="/virksomhed/henvendelser">← {t("companyInquiries.title")}</Link>
        </p>
        {params.get("sendt") ? (
          <Alert variant="success" role="status">
            <h2 className="alert-heading">{t("contact.sent.title")}</h2>
            <p>{t("contact.sent.text")}</p>
          </Alert>
        ) : null}
        <h1>{i.subject}</h1>
        <CompanyInquiryView
          inquiry={i}
          messages={messages}
          now={now}
          contactNote={i.preferred_contact ? `${t("contact.prefers")} ${t(`contact.preferred.${i.preferred_contact}`).toLowerCase()}` : undefined}
        />
      </div>
      <ContactCard contact={contact} />
    </div>
  );
}
