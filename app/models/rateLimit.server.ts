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

/** Counters whose windows ended long ago (the purge job). */
export async function purgeRateLimits(db: DB, before: Date): Promise<number> {
  const result = await db.deleteFrom("rate_limit_counters").where("window_start", "<", before.toISOString()).executeTakeFirst();
  return Number(result.numDeletedRows);
}
