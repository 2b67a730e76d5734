import { db } from "~db/index";
import type { Job } from "~db/schema";
import { claimNextJob, completeJob, failJob, postponeJob } from "~/models/job.server";
import { now } from "~/utils/clock";
import { expireConsentJob } from "./fastTrack.server";
import { inquiryEscalationJob, inquiryReminderJob } from "./inquiries.server";
import { planEvaluationReminderJob } from "./plans.server";
import { meetingReminderJob } from "./meetings.server";
import { checkinReminderJob } from "./placements.server";
import { refreshAllCasesJob, stepReminderJob } from "./followUp.server";
import { prepareIssueJob, sendBatchJob } from "./newsletter.server";
import { purgeOldData, scheduleDailyJobs } from "./maintenance.server";
import { deliverEmailJob, PermanentJobError, RetryLaterError, type EmailJobPayload } from "./outbox.server";

/** A handler may return what to keep of the payload once done (undefined keeps it all). */
type Handler = (payload: any, job: Job) => Promise<unknown>;

/** Every kind of durable job, by name. */
const handlers: Record<string, Handler> = {
  email: async (payload: EmailJobPayload, job) => {
    await deliverEmailJob(payload, job.dedupe_key);
    // Sign-in codes and consent links must not outlive delivery; which language it went in may.
    return { template: payload.template, to: payload.to, lang: payload.lang ?? "da", delivered: true };
  },
  "fast-track.consent-expire": (payload: { requestId: string }) => expireConsentJob(payload.requestId),
  "inquiry.reminder": (payload: { inquiryId: string }) => inquiryReminderJob(payload.inquiryId),
  "inquiry.escalation": (payload: { inquiryId: string }) => inquiryEscalationJob(payload.inquiryId),
  "placement.checkin-reminder": (payload: { placementId: string; weekStart: string }) => checkinReminderJob(payload.placementId, payload.weekStart),
  "newsletter.prepare": (payload: { issueId: string; at: string }) => prepareIssueJob(payload.issueId, payload.at),
  "newsletter.batch": (payload: { issueId: string; batchNo: number }, job) => sendBatchJob(payload.issueId, payload.batchNo, job.attempts),
  "plan.evaluation-reminder": (payload: { planId: string; date: string }) => planEvaluationReminderJob(payload.planId, payload.date),
  "maintenance.purge": () => purgeOldData(),
  "follow-up.step-reminder": (payload: { stepId: string; dueOn: string }) => stepReminderJob(payload.stepId, payload.dueOn),
  "follow-up.refresh": () => refreshAllCasesJob(),
  "meeting.reminder": (payload: { meetingId: string; sequence: number }) => meetingReminderJob(payload.meetingId, payload.sequence),
};

/** Runs one claimed job; a thrown error schedules a retry (or gives up). */
async function runJob(job: Job): Promise<void> {
  const handler = handlers[job.kind];
  if (!handler) {
    await failJob(db, job, `no handler for job kind ${job.kind}`, true);
    return;
  }
  try {
    const kept = await handler(JSON.parse(job.payload), job);
    await completeJob(db, job, kept);
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    if (e instanceof RetryLaterError) {
      await postponeJob(db, job, new Date(now().getTime() + e.afterMs), message);
      return;
    }
    await failJob(db, job, message, e instanceof PermanentJobError);
    // Job kinds and ids only: payloads may hold personal data.
    console.error(`job ${job.kind} ${job.id} attempt ${job.attempts} failed`);
  }
}

/** Runs every job that is due now, one at a time. Returns how many ran. */
export async function runDueJobs(limit = 100): Promise<number> {
  let ran = 0;
  while (ran < limit) {
    const job = await claimNextJob(db);
    if (!job) break;
    await runJob(job);
    ran++;
  }
  return ran;
}

let timer: NodeJS.Timeout | null = null;
let running: Promise<void> | null = null;
let again = false;

function tick(): void {
  if (running) {
    again = true;
    return;
  }
  running = scheduleDailyJobs()
    .then(() => runDueJobs())
    .then(() => undefined)
    .catch((e) => console.error("job worker tick failed", e instanceof Error ? e.message : e))
    .finally(() => {
      running = null;
      if (again) {
        again = false;
        setImmediate(tick);
      }
    });
}

export function startJobWorker(pollMs: number): void {
  if (timer) return;
  timer = setInterval(tick, pollMs);
  timer.unref();
  tick();
}

export async function stopJobWorker(): Promise<void> {
  if (timer) clearInterval(timer);
  timer = null;
  await running;
}

/** After a commit that enqueued something: deliver now rather than at the next poll. */
export function nudgeJobWorker(): void {
  if (timer) setImmediate(tick);
}
