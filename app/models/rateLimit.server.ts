import type { DB } from "~db/index";
import { now } from "~/utils/clock";

/**
 * A sliding-window limit kept in the database, so it holds across restarts
 * and across app processes. Each key counts its hits per fixed window in one
 * row raised by an atomic upsert; the sliding count weighs the previous
 * window by how much of it still overlaps. Returns false when the limit is
 * reached (the refused hit is not counted then).
 */
export async function allowHit(db: DB, key: string, limit: number, windowMs: number): Promise<boolean> {
  const at = now().getTime();
  const start = Math.floor(at / windowMs) * windowMs;
  const windowStart = new Date(start).toISOString();
  const raised = await db
    .insertInto("rate_limit_counters")
    .values({ key, window_start: windowStart, hits: 1 })
    .onConflict((oc) => oc.columns(["key", "window_start"]).doUpdateSet((eb) => ({ hits: eb("rate_limit_counters.hits", "+", 1) })))
    .returning("hits")
    .executeTakeFirstOrThrow();
  const previous = await db
    .selectFrom("rate_limit_counters")
    .select("hits")
    .where("key", "=", key)
    .where("window_start", "=", new Date(start - windowMs).toISOString())
    .executeTakeFirst();
  const overlap = 1 - (at - start) / windowMs;
  const count = Number(raised.hits) + Math.floor(Number(previous?.hits ?? 0) * overlap);
  if (count <= limit) return true;
  await db
    .updateTable("rate_limit_counters")
    .set((eb) => ({ hits: eb("hits", "-", 1) }))
    .where("key", "=", key)
    .where("window_start", "=", windowStart)
    .execute();
  return false;
}

/** The sliding count of a key now, without adding a hit (e.g. failures so far, before trying again). */
export async function hitsInWindow(db: DB, key: string, windowMs: number): Promise<number> {
  const at = now().getTime();
  const start = Math.floor(at / windowMs) * windowMs;
  const rows = await db
    .selectFrom("rate_limit_counters")
    .select(["window_start", "hits"])
    .where("key", "=", key)
    .where("window_start", "in", [new Date(start).toISOString(), new Date(start - windowMs).toISOString()])
    .execute();
  const current = Number(rows.find((r) => r.window_start === new Date(start).toISOString())?.hits ?? 0);
  const previous = Number(rows.find((r) => r.window_start !== new Date(start).toISOString())?.hits ?? 0);
  return current + Math.floor(previous * (1 - (at - start) / windowMs));
}

/** Forgets a key's counts (e.g. a team lead's reset lifts a locked second factor). */
export async function clearHits(db: DB, key: string): Promise<void> {
  await db.deleteFrom("rate_limit_counters").where("key", "=", key).execute();
}

/** Counters whose windows ended long ago (the purge job). */
export async function purgeRateLimits(db: DB, before: Date): Promise<number> {
  const result = await db.deleteFrom("rate_limit_counters").where("window_start", "<", before.toISOString()).executeTakeFirst();
  return Number(result.numDeletedRows);
}
