import { db } from "~db/index";
import { enqueueJob } from "~/models/job.server";
import { purgeRateLimits } from "~/models/rateLimit.server";
import { DAY, now } from "~/utils/clock";
import { copenhagenDate } from "~/utils/dates";

/** How long what is only kept for operations stays once it is spent. */
export const KEEP = {
  /** Expired or revoked sign-in sessions (staff, companies, employee links). */
  sessionsDays: 7,
  /** Used or expired one-time codes. */
  codesDays: 7,
  /** Rate-limit counters: their windows are an hour at most. */
  countersDays: 2,
  /** Finished jobs (done, cancelled, failed): their dedupe keys guard against repeats meanwhile. */
  jobsDays: 30,
  /** Verified webhook event ids: replays are refused within Resend's 5-minute tolerance anyway. */
  webhookEventsDays: 30,
};

/**
 * Deletes what has served its purpose: old sessions, codes, counters,
 * finished jobs and webhook ids. Never audit entries, cases or plans.
 */
export async function purgeOldData(): Promise<Record<string, number>> {
  const at = now().getTime();
  const before = (days: number) => new Date(at - days * DAY).toISOString();
  const count = (r: { numDeletedRows: bigint }) => Number(r.numDeletedRows);
  return db.transaction().execute(async (trx) => ({
    sessions: count(
      await trx
        .deleteFrom("sessions")
        .where((eb) => eb.or([eb("expires_at", "<", before(KEEP.sessionsDays)), eb("revoked_at", "<", before(KEEP.sessionsDays))]))
        .executeTakeFirst(),
    ),
    employeeSessions: count(
      await trx
        .deleteFrom("employee_sessions")
        .where((eb) => eb.or([eb("expires_at", "<", before(KEEP.sessionsDays)), eb("revoked_at", "<", before(KEEP.sessionsDays))]))
        .executeTakeFirst(),
    ),
    codes: count(await trx.deleteFrom("login_codes").where("expires_at", "<", before(KEEP.codesDays)).executeTakeFirst()),
    counters: await purgeRateLimits(trx, new Date(at - KEEP.countersDays * DAY)),
    jobs: count(
      await trx.deleteFrom("jobs").where("status", "in", ["done", "cancelled", "failed"]).where("updated_at", "<", before(KEEP.jobsDays)).executeTakeFirst(),
    ),
    webhookEvents: count(await trx.deleteFrom("webhook_events").where("received_at", "<", before(KEEP.webhookEventsDays)).executeTakeFirst()),
  }));
}

let scheduledFor: string | null = null;

/**
 * Queues today's purge once (the dedupe key is the Danish date, so of several
 * processes exactly one job runs a day). Called by the worker on each tick;
 * a process asks the database once a day.
 */
export async function scheduleDailyJobs(): Promise<void> {
  const today = copenhagenDate(now());
  if (scheduledFor === today) return;
  await enqueueJob(db, { kind: "maintenance.purge", payload: {}, dedupeKey: `maintenance.purge:${today}` });
  // The follow-up steps of every open case, brought in line with the rules once a day (issue 13).
  await enqueueJob(db, { kind: "follow-up.refresh", payload: {}, dedupeKey: `follow-up.refresh:${today}` });
  scheduledFor = today;
}
