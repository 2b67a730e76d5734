import { Form } from "@remix-run/react";
import { MAX_GUIDE_SECTIONS } from "~/domain/guideForm";
import type { FormFailure } from "~/utils/forms";
import { useT } from "~/utils/i18n";
import { CheckboxField, ErrorSummary, RadioGroup, TextAreaField, TextField } from "./forms";

/** The guide editor: title, summary and sections in Danish and English; one empty section to add; preview or save. */
export function GuideEditor({ values, failure }: { values: Record<string, string>; failure?: FormFailure | null }) {
  const { t } = useT();
  const f = failure ?? { errors: {}, values };
  const v = failure?.values ?? values;
  const filled = (i: number) => ["anchor", "heading_da", "markdown_da", "heading_en", "markdown_en"].some((k) => v[`sections.${i}.${k}`]);
  let count = 0;
  while (count < MAX_GUIDE_SECTIONS && filled(count)) count++;
  const rows = Math.min(count + 1, MAX_GUIDE_SECTIONS);
  return (
    <>
      <ErrorSummary failure={failure?.errors && Object.keys(failure.errors).length ? failure : null} />
      <Form method="post" noValidate className="form">
        <input type="hidden" name="basedOn" defaultValue={v.basedOn} />
        <TextField name="title_da" label={t("guides.edit.titleDa")} maxLength={150} defaultValue={v.title_da} failure={f} />
        <TextField name="title_en" label={t("guides.edit.titleEn")} optional maxLength={150} defaultValue={v.title_en} failure={f} />
        <TextAreaField name="summary_da" label={t("guides.edit.summaryDa")} rows={3} maxLength={500} defaultValue={v.summary_da} failure={f} />
        <TextAreaField name="summary_en" label={t("guides.edit.summaryEn")} optional rows={3} maxLength={500} defaultValue={v.summary_en} failure={f} />
        {Array.from({ length: rows }, (_, i) => {
          const p = `sections.${i}.`;
          const isNew = i >= count;
          return (
            <fieldset key={i} className="row-group">
              <legend className="form-label">{isNew ? t("guides.edit.newSection") : t("guides.edit.sectionN", { n: i + 1 })}</legend>
              <TextField
                name={`${p}anchor`}
                label={t("guides.edit.anchor")}
                hint={t("guides.edit.anchorHint")}
                optional={isNew}
                maxLength={40}
                className="input-width-m"
                defaultValue={v[`${p}anchor`]}
                failure={f}
              />
              <TextField
                name={`${p}heading_da`}
                label={t("guides.edit.headingDa")}
                optional={isNew}
                maxLength={150}
                defaultValue={v[`${p}heading_da`]}
                failure={f}
              />
              <TextAreaField
                name={`${p}markdown_da`}
                label={t("guides.edit.markdownDa")}
                hint={t("newsletter.issue.markdownHint")}
                optional={isNew}
                rows={8}
                maxLength={10000}
                defaultValue={v[`${p}markdown_da`]}
                failure={f}
              />
              <TextField name={`${p}heading_en`} label={t("guides.edit.headingEn")} optional maxLength={150} defaultValue={v[`${p}heading_en`]} failure={f} />
              <TextAreaField
                name={`${p}markdown_en`}
                label={t("guides.edit.markdownEn")}
                optional
                rows={6}
                maxLength={10000}
                defaultValue={v[`${p}markdown_en`]}
                failure={f}
              />
              {!isNew ? <CheckboxField name={`${p}remove`} label={t("plan.remove")} failure={null} /> : null}
            </fieldset>
          );
        })}
        <RadioGroup
          name="status"
          legend={t("guides.edit.status")}
          defaultValue={v.status ?? "published"}
          options={[
            { value: "published", label: t("guides.status.published") },
            { value: "draft", label: t("guides.status.draft"), hint: t("guides.status.draftHint") },
          ]}
        />
        <button type="submit" name="intent" value="preview" className="button button-secondary">
          {t("guides.edit.preview")}
        </button>{" "}
        <button type="submit" name="intent" value="save" className="button button-primary">
          {t("guides.edit.save")}
        </button>
      </Form>
    </>
  );
}
