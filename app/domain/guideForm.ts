import type { GuideContent, GuideStatus } from "~db/schema";
import type { Lang } from "~/utils/dates";
import type { Translate } from "~/utils/i18n";
import { foldDanish } from "./danishSearch";

export const MAX_GUIDE_SECTIONS = 15;
const MAX_MARKDOWN = 10_000;
const ANCHOR = /^[a-z0-9][a-z0-9-]{0,39}$/;

export type GuideForm = { basedOn: number; status: GuideStatus; content: GuideContent };

/** A section anchor from a heading: folded, dashes, short ("Hvem kan bede?" → "hvem-kan-bede"). */
export function anchorFrom(heading: string): string {
  return foldDanish(heading).split(" ").filter(Boolean).join("-").slice(0, 40).replace(/-+$/, "");
}

function text(values: Record<string, string>, name: string, max: number, required: boolean, t: Translate, errors: Record<string, string>): string {
  const v = (values[name] ?? "").trim();
  if (required && !v) errors[name] = t("error.required");
  else if (v.length > max) errors[name] = t("error.tooLong");
  return v;
}

/**
 * The guide editor's form: title and summary in Danish (English optional, falls back to Danish),
 * sections with a stable anchor, heading and Markdown; rows work without JavaScript.
 */
export function parseGuideForm(values: Record<string, string>, t: Translate): { ok: true; data: GuideForm } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const basedOn = Number(values.basedOn);
  if (!Number.isInteger(basedOn) || basedOn < 1 || basedOn > 1_000_000) errors._form = t("error.invalid");
  const status: GuideStatus = values.status === "draft" ? "draft" : "published";
  const content: GuideContent = {
    title: { da: text(values, "title_da", 150, true, t, errors), en: text(values, "title_en", 150, false, t, errors) },
    summary: { da: text(values, "summary_da", 500, true, t, errors), en: text(values, "summary_en", 500, false, t, errors) },
    sections: [],
  };
  const anchors = new Set<string>();
  for (let i = 0; i < MAX_GUIDE_SECTIONS + 1; i++) {
    const p = `sections.${i}.`;
    const raw = ["heading_da", "markdown_da", "heading_en", "markdown_en"].map((f) => (values[p + f] ?? "").trim());
    if (values[p + "remove"] === "on" || raw.every((v) => !v)) continue;
    const heading = { da: text(values, p + "heading_da", 150, true, t, errors), en: text(values, p + "heading_en", 150, false, t, errors) };
    const markdown = {
      da: text(values, p + "markdown_da", MAX_MARKDOWN, true, t, errors),
      en: text(values, p + "markdown_en", MAX_MARKDOWN, false, t, errors),
    };
    const anchor = (values[p + "anchor"] ?? "").trim() || anchorFrom(heading.da);
    if (!ANCHOR.test(anchor)) errors[p + "anchor"] = t("guides.error.anchor");
    else if (anchors.has(anchor)) errors[p + "anchor"] = t("guides.error.anchorTaken");
    anchors.add(anchor);
    content.sections.push({ anchor, heading, markdown });
  }
  if (content.sections.length === 0 && !Object.keys(errors).some((k) => k.startsWith("sections.")))
    errors["sections.0.heading_da"] = t("guides.error.noSections");
  if (content.sections.length > MAX_GUIDE_SECTIONS) errors["sections.0.heading_da"] = t("guides.error.tooManySections");
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, data: { basedOn, status, content } };
}

export function guideToValues(content: GuideContent, version: number, status: GuideStatus): Record<string, string> {
  const v: Record<string, string> = {
    basedOn: String(version),
    status,
    title_da: content.title.da,
    title_en: content.title.en,
    summary_da: content.summary.da,
    summary_en: content.summary.en,
  };
  content.sections.forEach((s, i) => {
    v[`sections.${i}.anchor`] = s.anchor;
    v[`sections.${i}.heading_da`] = s.heading.da;
    v[`sections.${i}.heading_en`] = s.heading.en;
    v[`sections.${i}.markdown_da`] = s.markdown.da;
    v[`sections.${i}.markdown_en`] = s.markdown.en;
  });
  return v;
}

/** A guide in one language: English falls back to Danish field by field. */
export function guideIn(content: GuideContent, lang: Lang) {
  const pick = (b: { da: string; en: string }) => (lang === "en" && b.en ? b.en : b.da);
  return {
    title: pick(content.title),
    summary: pick(content.summary),
    sections: content.sections.map((s) => ({ anchor: s.anchor, heading: pick(s.heading), markdown: pick(s.markdown) })),
  };
}
