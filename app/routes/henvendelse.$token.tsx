import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData, useSearchParams } from "@remix-run/react";
import { CompanyInquiryView } from "~/components/inquiry";
import { db } from "~db/index";
import { findInquiryByGuestTokenHash, listMessages } from "~/models/inquiry.server";
import { nowIso } from "~/utils/clock";
import { sha256 } from "~/utils/crypto.server";
import { useT, type I18nHandle } from "~/utils/i18n";
import { Alert } from "~/components/forms";
import { tokenParam } from "~/utils/forms.server";

export const handle: I18nHandle = {
  i18n: ["case", "companyInquiries", "contact.awayUntil", "contact.none", "contact.sent", "contact.teamCovers", "contact.yourConsultant", "inquiry", "message"],
};

export const meta: MetaFunction = () => [{ title: "Din henvendelse – Fasthold" }];

/** The status page of a company without an account, reached by its secure link. */
export async function loader({ params }: LoaderFunctionArgs) {
  const token = tokenParam.safeParse(params.token);
  const inquiry = token.success ? await findInquiryByGuestTokenHash(db, sha256(token.data)) : undefined;
  if (!inquiry) throw new Response("Not Found", { status: 404 });
  const messages = await listMessages(db, [inquiry.id], { companyView: true });
  return json({ now: nowIso(), inquiry, messages });
}

export default function GuestInquiry() {
  const { t } = useT();
  const { inquiry: i, messages, now } = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  return (
    <div className="narrow-wide">
      {params.get("sendt") ? (
        <Alert variant="success" role="status">
          <h2 className="alert-heading">{t("contact.sent.title")}</h2>
          <p>{t("contact.sent.guestText")}</p>
        </Alert>
      ) : null}
      <h1>{i.subject}</h1>
      <p className="muted">{i.company_name}</p>
      <CompanyInquiryView inquiry={i} messages={messages} now={now} />
    </div>
  );
}
