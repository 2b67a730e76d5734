import type { DB } from "~db/index";
import { now } from "~/utils/clock";
import { newId } from "~/utils/crypto.server";

/**
 * A sliding-window limit kept in the database, so it holds across restarts
 * and across processes. Returns false when the limit is reached (nothing is
 * counted then).
 */
export async function allowHit(db: DB, key: string, limit: number, windowMs: number): Promise<boolean> {
  const at = now();
  const since = new Date(at.getTime() - windowMs).toISOString();
  await db.deleteFrom("rate_limit_hits").where("key", "=", key).where("at", "<", since).execute();
  const row = await db
    .selectFrom("rate_limit_hits")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("key", "=", key)
    .executeTakeFirstOrThrow();
  if (Number(row.n) >= limit) return false;
  await db.insertInto("rate_limit_hits").values({ id: newId(), key, at: at.toISOString() }).execute();
  return true;
}
