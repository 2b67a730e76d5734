import type { Translate } from "~/utils/i18n";

export const MAX_SECTIONS = 12;

export type IssueForm = { title: string; preview: string; sections: { heading: string; markdown: string }[] };

/** The issue form: title, preview line and sections (heading + Markdown), rows without JavaScript. */
export function parseIssueForm(values: Record<string, string>, t: Translate): { ok: true; data: IssueForm } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const title = (values.title ?? "").trim();
  const preview = (values.preview ?? "").trim();
  if (!title) errors.title = t("error.required");
  else if (title.length > 150) errors.title = t("error.tooLong");
  if (!preview) errors.preview = t("error.required");
  else if (preview.length > 200) errors.preview = t("error.tooLong");
  const sections: IssueForm["sections"] = [];
  for (let i = 0; i < MAX_SECTIONS + 1; i++) {
    const heading = (values[`sections.${i}.heading`] ?? "").trim();
    const markdown = (values[`sections.${i}.markdown`] ?? "").trim();
    if (values[`sections.${i}.remove`] === "on" || (!heading && !markdown)) continue;
    if (!heading) errors[`sections.${i}.heading`] = t("error.required");
    else if (heading.length > 150) errors[`sections.${i}.heading`] = t("error.tooLong");
    if (!markdown) errors[`sections.${i}.markdown`] = t("error.required");
    else if (markdown.length > 10_000) errors[`sections.${i}.markdown`] = t("error.tooLong");
    sections.push({ heading, markdown });
  }
  if (sections.length === 0 && !Object.keys(errors).some((k) => k.startsWith("sections."))) errors["sections.0.heading"] = t("newsletter.error.noSections");
  if (sections.length > MAX_SECTIONS) errors["sections.0.heading"] = t("newsletter.error.tooManySections");
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, data: { title, preview, sections } };
}

export function issueToValues(issue: IssueForm): Record<string, string> {
  const v: Record<string, string> = { title: issue.title, preview: issue.preview };
  issue.sections.forEach((s, i) => {
    v[`sections.${i}.heading`] = s.heading;
    v[`sections.${i}.markdown`] = s.markdown;
  });
  return v;
}
