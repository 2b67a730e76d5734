import { db } from "~db/index";
import type { GuideStatus } from "~db/schema";
import { guideIn, type GuideForm } from "~/domain/guideForm";
import { matchScore, queryStems, stems } from "~/domain/danishSearch";
import { serviceIn } from "~/domain/serviceForm";
import { writeAudit, userActor } from "~/models/audit.server";
import { contentOf, findGuideBySlug, listGuideVersions, listGuides, saveGuideVersion } from "~/models/guide.server";
import { listServices, serviceContentOf } from "~/models/service.server";
import type { StaffUser } from "~/models/user.server";
import { copenhagenDate, type Lang } from "~/utils/dates";
import { markdownHtml } from "~/utils/markdown.server";

export const SLUG = /^[a-z0-9][a-z0-9-]{1,80}$/;

/** The public list of guides in the reader's language. */
export async function publicGuides(lang: Lang) {
  const rows = await listGuides(db, { publishedOnly: true });
  return rows.map((g) => {
    const c = guideIn(contentOf(g), lang);
    return { slug: g.slug, title: c.title, summary: c.summary };
  });
}

/** A published guide in the reader's language, with the day it was last updated (Danish date). */
export async function publicGuide(slug: string, lang: Lang) {
  if (!SLUG.test(slug)) return null;
  const g = await findGuideBySlug(db, slug, { publishedOnly: true });
  if (!g) return null;
  return { slug: g.slug, ...guideIn(contentOf(g), lang), updatedOn: copenhagenDate(new Date(g.updated_at)) };
}

/** `html` is the section's Markdown already rendered (and made safe) on the server by `markdownHtml`. */
export type GuideHint = { heading: string; html: string; href: string };

/**
 * A guide section for "Hvorfor spørger vi om det?" next to a form field: its text
 * inline (works without JavaScript and keeps what was typed) and the address of the full guide.
 * The text comes as HTML so the form pages need no Markdown parser in the browser.
 */
export async function guideHint(slug: string, anchor: string, lang: Lang): Promise<GuideHint | null> {
  const g = await publicGuide(slug, lang);
  const s = g?.sections.find((x) => x.anchor === anchor);
  return s ? { heading: s.heading, html: markdownHtml(s.markdown), href: `/vejledning/${slug}#${anchor}` } : null;
}

/** The editor's view: both languages, the current version, draft or published. */
export async function staffGuide(slug: string) {
  if (!SLUG.test(slug)) return null;
  const g = await findGuideBySlug(db, slug, { publishedOnly: false });
  return g ? { id: g.id, slug: g.slug, status: g.status, version: g.version, updatedAt: g.updated_at, content: contentOf(g) } : null;
}

export async function staffGuideList() {
  const rows = await listGuides(db, { publishedOnly: false });
  return rows.map((g) => ({ slug: g.slug, status: g.status as GuideStatus, version: g.version, updatedAt: g.updated_at, title: contentOf(g).title.da }));
}

export type EditResult = { ok: true; version: number } | { ok: false; error: "notFound" | "conflict" };

/** A consultant saves a new version of a guide: the version, its author and time, and the audit entry in one transaction. */
export async function editGuide(staff: StaffUser, slug: string, form: GuideForm): Promise<EditResult> {
  if (!SLUG.test(slug)) return { ok: false, error: "notFound" };
  return db.transaction().execute(async (trx): Promise<EditResult> => {
    const g = await findGuideBySlug(trx, slug, { publishedOnly: false });
    if (!g) return { ok: false, error: "notFound" };
    const saved = await saveGuideVersion(trx, g.id, { basedOn: form.basedOn, status: form.status, content: form.content, author: staff });
    if (!saved) return { ok: false, error: "conflict" };
    await writeAudit(trx, {
      actor: userActor(staff),
      action: "guide.updated",
      entityType: "guide",
      entityId: g.id,
      meta: { version: saved.version, status: form.status },
    });
    return { ok: true, version: saved.version };
  });
}

export async function guideHistory(slug: string, before?: number) {
  const g = await staffGuide(slug);
  if (!g) return null;
  const page = await listGuideVersions(db, g.id, before);
  return {
    guide: { slug: g.slug, title: g.content.title.da, version: g.version },
    versions: page.rows.map((v) => ({ version: v.version, status: v.status, author: v.author_name, at: v.created_at, content: contentOf(v) })),
    next: page.next,
  };
}

// ---- Search over the guides and the catalogue ----------------------------------------------

export type SearchHit = { kind: "guide" | "service"; title: string; href: string; excerpt: string; score: number };

const MAX_HITS = 20;

/** The guides' sections and the services that hold every word of the query, best first. Both are few: searched in code. */
export async function searchGuidesAndServices(query: string, lang: Lang): Promise<SearchHit[]> {
  const q = queryStems(query);
  if (!q.length) return [];
  const hits: SearchHit[] = [];
  for (const g of await listGuides(db, { publishedOnly: true })) {
    const c = guideIn(contentOf(g), lang);
    const guideScore = matchScore(q, stems(`${c.summary} ${c.sections.map((s) => `${s.heading} ${s.markdown}`).join(" ")}`), stems(c.title));
    if (!guideScore) continue;
    // The best section takes the reader to the right part; else the guide itself.
    const best = c.sections.map((s) => ({ s, score: matchScore(q, stems(s.markdown), stems(s.heading)) })).sort((a, b) => b.score - a.score)[0];
    if (best && best.score > 0)
      hits.push({
        kind: "guide",
        title: `${c.title}: ${best.s.heading}`,
        href: `/vejledning/${g.slug}#${best.s.anchor}`,
        excerpt: plain(best.s.markdown),
        score: guideScore + best.score,
      });
    else hits.push({ kind: "guide", title: c.title, href: `/vejledning/${g.slug}`, excerpt: c.summary, score: guideScore });
  }
  for (const s of await listServices(db)) {
    const f = serviceIn(serviceContentOf(s), lang);
    const score = matchScore(q, stems(`${f.what} ${f.forWhom} ${f.cost} ${f.duration} ${f.documents} ${s.team}`), stems(f.title));
    if (score) hits.push({ kind: "service", title: f.title, href: `/tilbud/${s.slug}`, excerpt: f.what, score });
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, MAX_HITS);
}

/** A short excerpt without Markdown marks. */
function plain(markdown: string): string {
  const text = markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`#>]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return text.length > 220 ? `${text.slice(0, 217)}…` : text;
}
