import type { DB } from "~db/index";
import type { GuideContent, GuideStatus } from "~db/schema";
import { nowIso } from "~/utils/clock";
import { newId } from "~/utils/crypto.server";

export const contentOf = (g: { content: string }) => JSON.parse(g.content) as GuideContent;

/** Guides in their order; the public sees the published ones only. */
export async function listGuides(db: DB, opts: { publishedOnly: boolean }) {
  let q = db.selectFrom("guides").selectAll().orderBy("position").orderBy("id");
  if (opts.publishedOnly) q = q.where("status", "=", "published");
  return q.execute();
}

export async function findGuideBySlug(db: DB, slug: string, opts: { publishedOnly: boolean }) {
  let q = db.selectFrom("guides").selectAll().where("slug", "=", slug);
  if (opts.publishedOnly) q = q.where("status", "=", "published");
  return q.executeTakeFirst();
}

/**
 * Saves a new version when the editor worked on the current one; null when
 * someone else saved in between (the editor sees the newer version first).
 */
export async function saveGuideVersion(
  db: DB,
  guideId: string,
  input: { basedOn: number; status: GuideStatus; content: GuideContent; author: { id: string; name: string } },
): Promise<{ version: number } | null> {
  const at = nowIso();
  const version = input.basedOn + 1;
  const content = JSON.stringify(input.content);
  const r = await db
    .updateTable("guides")
    .set({ version, status: input.status, content, updated_at: at, updated_by: input.author.id })
    .where("id", "=", guideId)
    .where("version", "=", input.basedOn)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) return null;
  await db
    .insertInto("guide_versions")
    .values({
      id: newId(),
      guide_id: guideId,
      version,
      status: input.status,
      content,
      author_id: input.author.id,
      author_name: input.author.name,
      created_at: at,
    })
    .execute();
  return { version };
}

export const HISTORY_PAGE = 20;

/** A guide's versions, newest first, a page at a time along (guide_id, version). */
export async function listGuideVersions(db: DB, guideId: string, before?: number) {
  let q = db
    .selectFrom("guide_versions")
    .select(["version", "status", "author_name", "created_at", "content"])
    .where("guide_id", "=", guideId)
    .orderBy("version", "desc")
    .limit(HISTORY_PAGE + 1);
  if (before !== undefined) q = q.where("version", "<", before);
  const rows = await q.execute();
  return { rows: rows.slice(0, HISTORY_PAGE), next: rows.length > HISTORY_PAGE ? rows[HISTORY_PAGE - 1].version : null };
}
