import type { Kysely } from "kysely";
import { isPostgres } from "~db/dialect";
import type { DB } from "~db/index";
import type { Database, Job } from "~db/schema";
import { now } from "~/utils/clock";
import { newId } from "~/utils/crypto.server";

export type NewJob = {
  kind: string;
  payload: unknown;
  /** Unique across all jobs: enqueuing the same key twice is a no-op. */
  dedupeKey: string;
  runAt?: Date;
  maxAttempts?: number;
};

/** Call inside the transaction that makes the change the job follows from. */
export async function enqueueJob(db: DB, job: NewJob): Promise<void> {
  const at = now().toISOString();
  await db
    .insertInto("jobs")
    .values({
      id: newId(),
      kind: job.kind,
      payload: JSON.stringify(job.payload),
      dedupe_key: job.dedupeKey,
      run_at: (job.runAt ?? now()).toISOString(),
      status: "pending",
      attempts: 0,
      max_attempts: job.maxAttempts ?? 8,
      locked_until: null,
      last_error: null,
      created_at: at,
      updated_at: at,
      done_at: null,
    })
    .onConflict((oc) => oc.column("dedupe_key").doNothing())
    .execute();
}

/** Cancels pending jobs by their dedupe keys (e.g. the reminders of an answered inquiry). */
export async function cancelPendingJobs(db: DB, dedupeKeys: string[]): Promise<number> {
  if (dedupeKeys.length === 0) return 0;
  const result = await db
    .updateTable("jobs")
    .set({ status: "cancelled", updated_at: now().toISOString() })
    .where("status", "=", "pending")
    .where("dedupe_key", "in", dedupeKeys)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** How long a claimed job is its worker's; after that another process takes it (the first one died). */
const leaseMs = () => Number(process.env.JOB_LEASE_MS || 5 * 60_000);

/**
 * Takes the next due job: pending and due, or running with an expired lease
 * (its worker died). The conditional update makes two workers never take the
 * same job; on PostgreSQL the row is also locked with SKIP LOCKED, so workers
 * in several processes pass each other instead of queueing on one row.
 */
export async function claimNextJob(db: Kysely<Database>): Promise<Job | null> {
  if (!isPostgres(db)) return claimFrom(db);
  return db.transaction().execute((trx) => claimFrom(trx));
}

async function claimFrom(db: DB): Promise<Job | null> {
  const at = now();
  const iso = at.toISOString();
  let query = db
    .selectFrom("jobs")
    .selectAll()
    .where((eb) =>
      eb.or([eb.and([eb("status", "=", "pending"), eb("run_at", "<=", iso)]), eb.and([eb("status", "=", "running"), eb("locked_until", "<=", iso)])]),
    )
    .orderBy("run_at")
    .limit(1);
  if (isPostgres(db)) query = query.forUpdate().skipLocked();
  const candidate = await query.executeTakeFirst();
  if (!candidate) return null;
  const lockedUntil = new Date(at.getTime() + leaseMs()).toISOString();
  const result = await db
    .updateTable("jobs")
    .set({ status: "running", attempts: candidate.attempts + 1, locked_until: lockedUntil, updated_at: iso })
    .where("id", "=", candidate.id)
    .where("status", "=", candidate.status)
    .where("attempts", "=", candidate.attempts)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return null;
  return { ...candidate, status: "running", attempts: candidate.attempts + 1, locked_until: lockedUntil };
}

/** `keptPayload` replaces the payload, so secrets (codes, links) do not outlive delivery. */
export async function completeJob(db: DB, job: Job, keptPayload?: unknown): Promise<void> {
  const iso = now().toISOString();
  await db
    .updateTable("jobs")
    .set({
      status: "done",
      done_at: iso,
      updated_at: iso,
      locked_until: null,
      last_error: null,
      ...(keptPayload === undefined ? {} : { payload: JSON.stringify(keptPayload) }),
    })
    .where("id", "=", job.id)
    .where("attempts", "=", job.attempts)
    .execute();
}

/** Backoff: 30 s, 2 min, 8 min, 32 min, … capped at 6 hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 4 ** Math.max(0, attempts - 1), 6 * 3_600_000);
}

export async function failJob(db: DB, job: Job, error: string, permanent = false): Promise<void> {
  const at = now();
  const giveUp = permanent || job.attempts >= job.max_attempts;
  await db
    .updateTable("jobs")
    .set({
      status: giveUp ? "failed" : "pending",
      run_at: giveUp ? job.run_at : new Date(at.getTime() + retryDelayMs(job.attempts)).toISOString(),
      locked_until: null,
      last_error: error.slice(0, 1000),
      updated_at: at.toISOString(),
    })
    .where("id", "=", job.id)
    .where("attempts", "=", job.attempts)
    .execute();
}

/** Waits out a "try again later" (e.g. Retry-After on a 429) without counting it as a failure to give up on. */
export async function postponeJob(db: DB, job: Job, runAt: Date, reason: string): Promise<void> {
  await db
    .updateTable("jobs")
    .set({
      status: "pending",
      run_at: runAt.toISOString(),
      locked_until: null,
      last_error: reason.slice(0, 1000),
      attempts: Math.max(0, job.attempts - 1),
      updated_at: now().toISOString(),
    })
    .where("id", "=", job.id)
    .where("attempts", "=", job.attempts)
    .execute();
}
