import type { MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { authority } from "~/utils/env.server";
import { useT, type I18nHandle } from "~/utils/i18n";

export const handle: I18nHandle = { i18n: ["a11y"] };

export const meta: MetaFunction = () => [{ title: "Tilgængelighedserklæring – Fasthold" }];

export async function loader() {
  return json({ authority: authority() });
}

/** The accessibility statement, in the structure Digitaliseringsstyrelsen asks for. */
export default function AccessibilityStatement() {
  const { t } = useT();
  const { authority: a } = useLoaderData<typeof loader>();
  const vars = { authority: a.name, phone: a.phone, email: a.email };
  return (
    <div className="narrow-wide">
      <h1>{t("a11y.title")}</h1>
      <p className="font-lead">{t("a11y.lead", vars)}</p>
      <h2>{t("a11y.status.title")}</h2>
      <p>{t("a11y.status.text")}</p>
      <h2>{t("a11y.method.title")}</h2>
      <ul>
        <li>{t("a11y.method.automatic")}</li>
        <li>{t("a11y.method.keyboard")}</li>
        <li>{t("a11y.method.design")}</li>
      </ul>
      <p>{t("a11y.method.self")}</p>
      <h2>{t("a11y.issues.title")}</h2>
      <ul>
        <li>{t("a11y.issues.pdf")}</li>
        <li>{t("a11y.issues.email")}</li>
        <li>{t("a11y.issues.chart")}</li>
        <li>{t("a11y.issues.automatic")}</li>
      </ul>
      <h2>{t("a11y.report.title")}</h2>
      <p>{t("a11y.report.text", vars)}</p>
      <h2>{t("a11y.enforcement.title")}</h2>
      <p>{t("a11y.enforcement.text")}</p>
      <p className="muted">{t("a11y.prepared")}</p>
    </div>
  );
}
