import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData } from "@remix-run/react";
import { CheckboxField, ErrorSummary, TextAreaField, TextField } from "~/components/forms";
import { requireStaff } from "~/services/auth.server";
import { nudgeJobWorker } from "~/services/jobs.server";
import { importSubscribers, type ImportRow } from "~/services/newsletter.server";
import { type FormFailure } from "~/utils/forms";
import { readFormData } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { useT, type I18nHandle } from "~/utils/i18n";

export const handle: I18nHandle = { i18n: ["newsletter.admin", "newsletter.import"] };

export const meta: MetaFunction = () => [{ title: "Importér abonnenter – Fasthold" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  return null;
}

type ActionData = FormFailure | { rows: ImportRow[] };

export async function action({ request }: ActionFunctionArgs) {
  const staff = await requireStaff(request);
  const { t } = await getT(request);
  const form = await readFormData(request);
  const file = form.get("file");
  const pasted = String(form.get("csv") ?? "");
  const csv = file && typeof file !== "string" && file.size > 0 ? await file.text() : pasted;
  const consented = form.get("consented") === "on";
  const source = String(form.get("consentSource") ?? "")
    .trim()
    .slice(0, 200);
  const values = { csv: pasted, consented: consented ? "on" : "", consentSource: source };
  if (!csv.trim()) return json<ActionData>({ errors: { csv: t("newsletter.import.empty") }, values }, { status: 400 });
  if (consented && !source) return json<ActionData>({ errors: { consentSource: t("newsletter.import.sourceRequired") }, values }, { status: 400 });
  const result = await importSubscribers(staff, csv, consented ? source : null);
  if (!result.ok)
    return json<ActionData>(
      { errors: { csv: t(result.error === "noHeader" ? "newsletter.import.noHeader" : "newsletter.import.tooMany") }, values },
      { status: 400 },
    );
  nudgeJobWorker();
  return json<ActionData>({ rows: result.rows });
}

export default function Import() {
  const { t } = useT();
  const data = useActionData<typeof action>();
  const failure = data && "errors" in data ? data : null;
  const rows = data && "rows" in data ? data.rows : null;
  const count = (o: ImportRow["outcome"]) => rows?.filter((r) => r.outcome === o).length ?? 0;
  return (
    <>
      <p>
        <Link to="/jobcenter/nyhedsbrev">← {t("newsletter.admin.title")}</Link>
      </p>
      <h1>{t("newsletter.import.title")}</h1>
      <p className="lead">{t("newsletter.import.lead")}</p>
      {rows ? (
        <section className="card" aria-labelledby="report-h" data-testid="import-report">
          <h2 id="report-h">{t("newsletter.import.report")}</h2>
          <p role="status">
            {t("newsletter.import.summary", {
              added: count("added"),
              confirmed: count("confirmed"),
              exists: count("exists"),
              unsubscribed: count("unsubscribed"),
              invalid: count("invalid") + count("duplicate"),
            })}
          </p>
          <div className="table--responsive-scroll">
            <table className="table table--responsive-headers">
              <caption className="visually-hidden">{t("newsletter.import.report")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("newsletter.import.line")}</th>
                  <th scope="col">{t("field.email")}</th>
                  <th scope="col">{t("newsletter.import.outcome")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.line} data-testid={`import-row-${r.outcome}`}>
                    <td data-title={t("newsletter.import.line")}>{r.line}</td>
                    <td data-title={t("field.email")}>{r.email || "–"}</td>
                    <td data-title={t("newsletter.import.outcome")}>
                      {t(`newsletter.import.outcome.${r.outcome}`)}
                      {r.reason ? ` (${t(r.reason === "missingEmail" ? "newsletter.import.missingEmail" : "error.email")})` : ""}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      <ErrorSummary failure={failure} />
      <Form method="post" encType="multipart/form-data" noValidate className="form">
        <div className="form-group">
          <label htmlFor="field-file" className="form-label">
            {t("newsletter.import.file")}
          </label>
          <p className="form-hint" id="field-file-hint">
            {t("newsletter.import.fileHint")}
          </p>
          <input id="field-file" type="file" name="file" accept=".csv,text/csv" aria-describedby="field-file-hint" />
        </div>
        <TextAreaField name="csv" label={t("newsletter.import.paste")} optional rows={6} failure={failure} />
        <CheckboxField name="consented" label={t("newsletter.import.consented")} hint={t("newsletter.import.consentedHint")} failure={failure} />
        <TextField name="consentSource" label={t("newsletter.import.consentSource")} optional maxLength={200} failure={failure} />
        <button type="submit" className="button button-primary">
          {t("newsletter.import.submit")}
        </button>
      </Form>
    </>
  );
}
