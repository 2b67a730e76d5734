import { db, type DB } from "~db/index";
import { systemActor, writeAudit } from "~/models/audit.server";
import { enqueueJob } from "~/models/job.server";
import {
  anonymiseCase,
  anonymiseInquiries,
  caseHasPlan,
  clearRequestTexts,
  closedCasesDue,
  declinedRequestsDue,
  guestInquiriesDue,
  reduceUnsubscribed,
} from "~/models/retention.server";
import { purgeRateLimits } from "~/models/rateLimit.server";
import { DAY, now } from "~/utils/clock";
import { copenhagenDate, monthsBefore } from "~/utils/dates";
import { env } from "~/utils/env.server";

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

/** The retention periods in force (env, defaults in the README), as /privatliv states them. */
export function retentionPeriods() {
  const e = env();
  return {
    closedCaseMonths: e.RETENTION_CLOSED_CASE_MONTHS,
    declinedFastTrackMonths: e.RETENTION_DECLINED_FAST_TRACK_MONTHS,
    guestInquiryMonths: e.RETENTION_GUEST_INQUIRY_MONTHS,
    unsubscribedDays: e.RETENTION_UNSUBSCRIBED_DAYS,
    mailboxDays: e.RETENTION_MAILBOX_DAYS,
    sessionsDays: KEEP.sessionsDays,
    codesDays: KEEP.codesDays,
    countersDays: KEEP.countersDays,
    jobsDays: KEEP.jobsDays,
  };
}

/** At most this many batches (of the models' 200 rows) of each kind in one transaction: a round. */
const ROUND_BATCHES = 5;

type PurgeCounts = { cases: number; fastTrackRequests: number; guestInquiries: number; subscribers: number; mailbox: number };

/**
 * Personal data past its period (GDPR art. 5(1)(e)): closed cases N months
 * after their closing day, declined or expired Fast Track requests sooner
 * (and their case, when no plan was started), closed guest inquiries, and
 * newsletter subscribers who left (a suppression hash remains). Rows are
 * anonymised, not deleted, so every count and duration in the reports stays.
 * Idempotent: what is done is marked, a second run finds nothing.
 *
 * Done in rounds: each round is one transaction with its own audit entry (counts only) and at most
 * ROUND_BATCHES batches of each kind. A daily run is one round; a large backlog (a first run over
 * years of history) is worked off round by round, and the process serves requests between rounds
 * instead of holding one transaction, and the event loop, for minutes.
 */
export async function purgePersonalData(): Promise<PurgeCounts> {
  const totals: PurgeCounts = { cases: 0, fastTrackRequests: 0, guestInquiries: 0, subscribers: 0, mailbox: 0 };
  for (;;) {
    const { counts, more } = await db.transaction().execute((trx) => purgeRound(trx));
    for (const key of Object.keys(totals) as (keyof PurgeCounts)[]) totals[key] += counts[key];
    if (!more) return totals;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** One round of purgePersonalData; `more` when a kind filled its last batch (more may be due). */
async function purgeRound(trx: DB): Promise<{ counts: PurgeCounts; more: boolean }> {
  const p = retentionPeriods();
  const today = copenhagenDate(now());
  const at = now().toISOString();
  const counts: PurgeCounts = { cases: 0, fastTrackRequests: 0, guestInquiries: 0, subscribers: 0, mailbox: 0 };
  let more = false;
  /** Runs `batch` until it finds nothing, at most ROUND_BATCHES times. */
  const batches = async (batch: () => Promise<number>) => {
    for (let i = 0; i < ROUND_BATCHES; i++) if ((await batch()) === 0) return;
    more = true;
  };
  await batches(async () => {
    const due = await closedCasesDue(trx, monthsBefore(today, p.closedCaseMonths));
    for (const id of due) await anonymiseCase(trx, id, at);
    counts.cases += due.length;
    return due.length;
  });
  const declinedBefore = new Date(`${monthsBefore(today, p.declinedFastTrackMonths)}T00:00:00Z`).toISOString();
  await batches(async () => {
    const due = await declinedRequestsDue(trx, declinedBefore);
    for (const r of due) {
      if (await caseHasPlan(trx, r.case_id)) await clearRequestTexts(trx, r.id, at);
      else {
        await anonymiseCase(trx, r.case_id, at);
        counts.cases += 1;
      }
    }
    counts.fastTrackRequests += due.length;
    return due.length;
  });
  const guestBefore = new Date(`${monthsBefore(today, p.guestInquiryMonths)}T00:00:00Z`).toISOString();
  await batches(async () => {
    const due = await guestInquiriesDue(trx, guestBefore);
    await anonymiseInquiries(trx, due, at);
    counts.guestInquiries += due.length;
    return due.length;
  });
  await batches(async () => {
    const n = await reduceUnsubscribed(trx, new Date(now().getTime() - p.unsubscribedDays * DAY).toISOString(), at);
    counts.subscribers += n;
    return n;
  });
  const mailbox = await trx
    .deleteFrom("dev_mailbox")
    .where("created_at", "<", new Date(now().getTime() - p.mailboxDays * DAY).toISOString())
    .executeTakeFirst();
  counts.mailbox = Number(mailbox.numDeletedRows);
  // Counts only: never who.
  await writeAudit(trx, { actor: systemActor, action: "retention.purged", entityType: "retention", entityId: today, meta: { ...counts } });
  return { counts, more };
}

/**
 * Deletes what has served its purpose: old sessions, codes, counters,
 * finished jobs and webhook ids; then removes personal data past its
 * retention period (purgePersonalData). Never audit entries.
 */
export async function purgeOldData(): Promise<Record<string, number>> {
  const operational = await purgeOperationalData();
  const personal = await purgePersonalData();
  return { ...operational, ...Object.fromEntries(Object.entries(personal).map(([k, v]) => [`personal.${k}`, v])) };
}

async function purgeOperationalData(): Promise<Record<string, number>> {
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
