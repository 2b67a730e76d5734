import { Form } from "@remix-run/react";
import type { FormFailure } from "~/utils/forms";
import { MAX_SECTIONS } from "~/domain/newsletterForm";
import { useT } from "~/utils/i18n";
import { CheckboxField, ErrorSummary, TextAreaField, TextField } from "./forms";

/** Title, preview line and Markdown sections; one empty section to add, "remove" to drop one. */
export function IssueForm({ values, failure, submitLabel }: { values: Record<string, string>; failure?: FormFailure | null; submitLabel: string }) {
  const { t } = useT();
  const f = failure ?? { errors: {}, values };
  const v = failure?.values ?? values;
  let count = 0;
  while (count < MAX_SECTIONS && (v[`sections.${count}.heading`] || v[`sections.${count}.markdown`])) count++;
  const rows = Math.min(count + 1, MAX_SECTIONS);
  return (
    <>
      <ErrorSummary failure={failure?.errors && Object.keys(failure.errors).length ? failure : null} />
      <Form method="post" noValidate className="form">
        <input type="hidden" name="intent" value="save" />
        <TextField name="title" label={t("newsletter.issue.title")} maxLength={150} defaultValue={v.title} failure={f} />
        <TextField
          name="preview"
          label={t("newsletter.issue.preview")}
          hint={t("newsletter.issue.previewHint")}
          maxLength={200}
          defaultValue={v.preview}
          failure={f}
        />
        {Array.from({ length: rows }, (_, i) => (
          <fieldset key={i} className="row-group">
            <legend className="form-label">{i < count ? t("newsletter.issue.sectionN", { n: i + 1 }) : t("newsletter.issue.newSection")}</legend>
            <TextField
              name={`sections.${i}.heading`}
              label={t("newsletter.issue.heading")}
              optional={i >= count}
              maxLength={150}
              defaultValue={v[`sections.${i}.heading`]}
              failure={f}
            />
            <TextAreaField
              name={`sections.${i}.markdown`}
              label={t("newsletter.issue.markdown")}
              hint={t("newsletter.issue.markdownHint")}
              optional={i >= count}
              rows={8}
              maxLength={10000}
              defaultValue={v[`sections.${i}.markdown`]}
              failure={f}
            />
            {i < count ? <CheckboxField name={`sections.${i}.remove`} label={t("plan.remove")} failure={null} /> : null}
          </fieldset>
        ))}
        <button type="submit" className="button button-primary">
          {submitLabel}
        </button>
      </Form>
    </>
  );
}
