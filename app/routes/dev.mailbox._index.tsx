import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DateTime } from "~/components/time";
import { listLocalMailbox } from "~/services/mail.server";
import { usesLocalMailbox } from "~/utils/env.server";
import { useT, type I18nHandle } from "~/utils/i18n";

export const handle: I18nHandle = { i18n: ["mailbox"] };

export const meta: MetaFunction = () => [{ title: "Postkasse (demo) – Fasthold" }];

/** The offline demo's mailbox. It does not exist when real mail is configured. */
export async function loader(_: LoaderFunctionArgs) {
  if (!usesLocalMailbox()) throw new Response("Not Found", { status: 404 });
  const mails = await listLocalMailbox(50);
  return json({
    mails: mails.map(({ html: _html, headers: _headers, attachments, ...m }) => ({
      ...m,
      attachments: attachments ? (JSON.parse(attachments) as { filename: string }[]).map((a) => a.filename) : [],
    })),
  });
}

export default function Mailbox() {
  const { t } = useT();
  const { mails } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("mailbox.title")}</h1>
      <p className="lead">{t("mailbox.lead")}</p>
      {mails.length === 0 ? <p>{t("mailbox.empty")}</p> : null}
      <ol className="mailbox">
        {mails.map((m) => (
          <li key={m.id} className="mail" data-testid="mail">
            <h2 className="mail-subject">{m.subject}</h2>
            <p className="muted">
              {t("mailbox.to")} <span data-testid="mail-to">{m.to_address}</span> · <DateTime iso={m.created_at} />
            </p>
            <iframe
              title={t("mailbox.frameTitle", { subject: m.subject })}
              src={`/dev/mailbox/${m.id}`}
              sandbox="allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation"
              className="mail-frame"
            />
            {m.attachments.length ? (
              <ul className="mail-attachments" aria-label={t("mailbox.attachments")}>
                {m.attachments.map((name, i) => (
                  <li key={name + i}>
                    <a href={`/dev/mailbox/${m.id}?vedhaeftning=${i}`} download={name} data-testid="mail-attachment">
                      {name}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
            <details>
              <summary>{t("mailbox.plainText")}</summary>
              <pre className="mail-text" data-testid="mail-text">
                {m.text}
              </pre>
            </details>
          </li>
        ))}
      </ol>
    </>
  );
}
