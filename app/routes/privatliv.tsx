import type { MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import type { MessageKey } from "~/utils/i18n";
import { retentionPeriods } from "~/services/maintenance.server";
import { authority } from "~/utils/env.server";
import { useT, type I18nHandle } from "~/utils/i18n";

export const handle: I18nHandle = { i18n: ["privacy", "retention"] };

export const meta: MetaFunction = () => [{ title: "Privatlivspolitik – Fasthold" }];

export async function loader() {
  return json({ authority: authority(), periods: retentionPeriods() });
}

/** Each part of the portal that keeps personal data: its dictionary key prefix (`<part>`, `.data`, `.purpose`, `.keep`). */
const PARTS = ["accounts", "sessions", "cases", "plans", "inquiries", "placements", "newsletter", "audit", "email"] as const;
/** Parts whose periods are configured (env RETENTION_*): their text names the periods in force. */
const CONFIGURED = new Set<string>(["sessions", "cases", "plans", "inquiries", "placements", "newsletter", "email"]);

/** The privacy policy: what each part keeps, why, for how long (app/services/maintenance.server.ts purges), and the user's rights. */
export default function PrivacyPolicy() {
  const { t } = useT();
  const { authority: a, periods } = useLoaderData<typeof loader>();
  const vars = { authority: a.name, phone: a.phone, email: a.email };
  const cols = { data: t("privacy.col.data"), purpose: t("privacy.col.purpose"), keep: t("privacy.col.keep") };
  return (
    <>
      <h1>{t("privacy.title")}</h1>
      <p className="font-lead">{t("privacy.lead")}</p>
      <h2>{t("privacy.controller.title")}</h2>
      <p>{t("privacy.controller.text", vars)}</p>
      <h2>{t("privacy.parts.title")}</h2>
      <div className="table--responsive-scroll">
        <table className="table table--responsive-headers">
          <thead>
            <tr>
              <th scope="col">{t("privacy.col.part")}</th>
              <th scope="col">{cols.data}</th>
              <th scope="col">{cols.purpose}</th>
              <th scope="col">{cols.keep}</th>
            </tr>
          </thead>
          <tbody>
            {PARTS.map((part) => (
              <tr key={part}>
                <th scope="row">{t(`privacy.${part}` as MessageKey)}</th>
                <td data-title={cols.data}>{t(`privacy.${part}.data` as MessageKey)}</td>
                <td data-title={cols.purpose}>{t(`privacy.${part}.purpose` as MessageKey)}</td>
                <td data-title={cols.keep}>
                  {CONFIGURED.has(part) ? t(`retention.keep.${part}` as MessageKey, periods) : t(`privacy.${part}.keep` as MessageKey)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t("privacy.rights.title")}</h2>
      <p>{t("privacy.rights.text", vars)}</p>
      <p>{t("privacy.complaint")}</p>
    </>
  );
}
