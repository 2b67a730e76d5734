import type { DB } from "~db/index";
import type { CaseStep, ConsentStatus, Meeting } from "~db/schema";
import { conversationKinds, dueSteps, NO_STEP_DUE, stepReminderAt, type FollowUpFacts } from "~/domain/followUp";
import { endDate } from "~/domain/placementRules";
import type { PlanContent } from "~/domain/planContent";
import { now, nowIso } from "~/utils/clock";
import { newId } from "~/utils/crypto.server";
import { copenhagenDate } from "~/utils/dates";
import { cancelPendingJobs, enqueueJob } from "./job.server";
import { casesIn, type Scope } from "./scope.server";

/**
 * The follow-up steps of a case. `refreshCaseSteps` makes the stored steps match the rules
 * (app/domain/followUp.ts) and keeps the case's next open step on the case, in the caller's
 * transaction: call it after every change that moves a due date (a new case, consent answered or
 * expired, a plan signed, a placement approved/extended/ended, a case closed or reopened).
 */

export const stepReminderKey = (stepId: string, dueOn: string) => `follow-up:reminder:${stepId}:${dueOn}`;

async function scheduleReminder(trx: DB, step: { id: string; due_on: string; kind: string }) {
  // The consent is the employee's to give: nothing for the consultant to do before its deadline.
  if (step.kind === "consent") return;
  const at = now();
  const runAt = stepReminderAt(step.due_on, copenhagenDate(at), at);
  if (!runAt) return;
  const dedupeKey = stepReminderKey(step.id, step.due_on);
  await enqueueJob(trx, { kind: "follow-up.step-reminder", payload: { stepId: step.id, dueOn: step.due_on }, dedupeKey, runAt });
  // A reminder cancelled when the case was closed comes back when it is reopened (its key is taken by the cancelled row).
  await trx
    .updateTable("jobs")
    .set({ status: "pending", run_at: runAt.toISOString(), attempts: 0, last_error: null, updated_at: nowIso() })
    .where("dedupe_key", "=", dedupeKey)
    .where("status", "=", "cancelled")
    .execute();
}

/** The consent status as shown: an awaited consent past its deadline counts as expired. */
function shownConsent(ft: { consent_status: ConsentStatus; consent_deadline: string }): ConsentStatus {
  return ft.consent_status === "awaiting" && ft.consent_deadline < nowIso() ? "expired" : ft.consent_status;
}

/** What the rules need to know about a case. */
async function factsOf(trx: DB, caseId: string, firstAbsenceDay: string): Promise<FollowUpFacts> {
  const ft = await trx
    .selectFrom("fast_track_requests")
    .select(["consent_status", "consent_deadline", "first_conversation_due"])
    .where("case_id", "=", caseId)
    .orderBy("requested_at", "desc")
    .executeTakeFirst();
  const plans = await trx
    .selectFrom("retention_plans")
    .innerJoin("retention_plan_versions as v", (j) => j.onRef("v.plan_id", "=", "retention_plans.id").onRef("v.version", "=", "retention_plans.signed_version"))
    .select(["retention_plans.id", "v.content"])
    .where("retention_plans.case_id", "=", caseId)
    .where("retention_plans.status", "=", "active")
    .execute();
  const placements = await trx
    .selectFrom("placements")
    .select(["id", "start_date", "weeks", "extra_weeks"])
    .where("case_id", "=", caseId)
    .where("status", "in", ["approved", "active"])
    .execute();
  return {
    firstAbsenceDay,
    fastTrack: ft
      ? {
          consentStatus: shownConsent(ft),
          consentDeadlineOn: copenhagenDate(new Date(ft.consent_deadline)),
          firstConversationDue: ft.first_conversation_due,
        }
      : null,
    planEvaluations: plans.flatMap((p) => {
      const date = (JSON.parse(p.content) as PlanContent).evaluationDate;
      return date ? [{ planId: p.id, date }] : [];
    }),
    placementEnds: placements.flatMap((p) => (p.start_date && p.weeks ? [{ placementId: p.id, endDate: endDate(p.start_date, p.weeks + p.extra_weeks) }] : [])),
  };
}

/** Moves the case's next step to its earliest open step (or none). */
export async function updateNextStep(trx: DB, caseId: string): Promise<void> {
  const next = await trx
    .selectFrom("case_steps")
    .select(["id", "due_on"])
    .where("case_id", "=", caseId)
    .where("done_at", "is", null)
    .orderBy("due_on")
    .orderBy("key")
    .limit(1)
    .executeTakeFirst();
  await trx
    .updateTable("absence_cases")
    .set({ next_step_id: next?.id ?? null, next_step_due_on: next?.due_on ?? NO_STEP_DUE })
    .where("id", "=", caseId)
    .execute();
}

/**
 * Makes the stored steps of a case match the rules: new steps are added (with their reminder), open
 * steps whose date or kind changed are moved (their old reminder cancelled, a new one queued), open
 * steps that no longer apply are removed (the consent step is marked done once answered); done steps
 * stay as they are. A closed case keeps its steps, loses its reminders and leaves the worklist.
 */
export async function refreshCaseSteps(trx: DB, caseId: string): Promise<void> {
  const c = await trx.selectFrom("absence_cases").select(["id", "company_id", "status", "first_absence_day"]).where("id", "=", caseId).executeTakeFirst();
  if (!c) return;
  const existing = await trx.selectFrom("case_steps").selectAll().where("case_id", "=", caseId).execute();
  if (c.status === "closed") {
    await cancelStepReminders(trx, existing);
    await trx.updateTable("absence_cases").set({ next_step_id: null, next_step_due_on: NO_STEP_DUE }).where("id", "=", caseId).execute();
    return;
  }
  const at = nowIso();
  const desired = dueSteps(await factsOf(trx, caseId, c.first_absence_day));
  const byKey = new Map(existing.map((s) => [s.key, s]));
  for (const d of desired) {
    const have = byKey.get(d.key);
    byKey.delete(d.key);
    if (!have) {
      const row = {
        id: newId(),
        case_id: caseId,
        company_id: c.company_id,
        key: d.key,
        kind: d.kind,
        seq: d.seq,
        due_on: d.dueOn,
        source_id: d.sourceId,
        done_at: null,
        done_on: null,
        done_by: null,
        meeting_id: null,
        created_at: at,
        updated_at: at,
      };
      await trx.insertInto("case_steps").values(row).execute();
      await scheduleReminder(trx, row);
      continue;
    }
    if (have.done_at) continue;
    if (have.due_on !== d.dueOn || have.kind !== d.kind) {
      await cancelPendingJobs(trx, [stepReminderKey(have.id, have.due_on)]);
      await trx.updateTable("case_steps").set({ due_on: d.dueOn, kind: d.kind, updated_at: at }).where("id", "=", have.id).execute();
      await scheduleReminder(trx, { id: have.id, due_on: d.dueOn, kind: d.kind });
    } else {
      // Reopened cases (and steps created before reminders existed) get their reminder back; the key keeps it once.
      await scheduleReminder(trx, have);
    }
  }
  for (const gone of byKey.values()) {
    if (gone.done_at) continue;
    await cancelPendingJobs(trx, [stepReminderKey(gone.id, gone.due_on)]);
    if (gone.kind === "consent") {
      await trx
        .updateTable("case_steps")
        .set({ done_at: at, done_on: copenhagenDate(now()), updated_at: at })
        .where("id", "=", gone.id)
        .execute();
    } else {
      await trx.deleteFrom("case_steps").where("id", "=", gone.id).execute();
    }
  }
  await updateNextStep(trx, caseId);
}

/** Cancels the pending reminders of the open steps given. */
export async function cancelStepReminders(trx: DB, steps: Pick<CaseStep, "id" | "due_on" | "done_at">[]): Promise<number> {
  return cancelPendingJobs(
    trx,
    steps.filter((s) => !s.done_at).map((s) => stepReminderKey(s.id, s.due_on)),
  );
}

/** Marks one open step done (and cancels its reminder). False when it was not open. */
export async function markStepDone(
  trx: DB,
  step: Pick<CaseStep, "id" | "due_on">,
  done: { at: string; on: string; by: string | null; meetingId?: string | null },
) {
  const result = await trx
    .updateTable("case_steps")
    .set({ done_at: done.at, done_on: done.on, done_by: done.by, meeting_id: done.meetingId ?? null, updated_at: nowIso() })
    .where("id", "=", step.id)
    .where("done_at", "is", null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  await cancelPendingJobs(trx, [stepReminderKey(step.id, step.due_on)]);
  return true;
}

/**
 * Called in the same transaction when a meeting is recorded as held: marks the follow-up step it
 * fulfils as done (the first open conversation step: the first conversation or first follow-up, else
 * the next of the 4 follow-ups) and cancels its pending reminder. A closed case is left alone.
 *
 * Contract between the meetings work and the worklist work (issue 13).
 */
export async function markStepsDoneByMeeting(trx: DB, meeting: Meeting): Promise<void> {
  const c = await trx.selectFrom("absence_cases").select(["status"]).where("id", "=", meeting.case_id).executeTakeFirst();
  if (!c || c.status !== "open") return;
  const already = await trx.selectFrom("case_steps").select("id").where("meeting_id", "=", meeting.id).executeTakeFirst();
  if (already) return;
  const step = await trx
    .selectFrom("case_steps")
    .select(["id", "due_on"])
    .where("case_id", "=", meeting.case_id)
    .where("done_at", "is", null)
    .where("kind", "in", conversationKinds)
    .orderBy("seq")
    .limit(1)
    .executeTakeFirst();
  if (step) {
    const at = meeting.held_at ?? nowIso();
    await markStepDone(trx, step, { at, on: copenhagenDate(new Date(meeting.starts_at)), by: meeting.consultant_id, meetingId: meeting.id });
  }
  await updateNextStep(trx, meeting.case_id);
}

/** The steps of a case the scope reaches, by due date. */
export async function listCaseSteps(db: DB, scope: Scope, caseId: string) {
  return db
    .selectFrom("case_steps")
    .innerJoin("absence_cases", "absence_cases.id", "case_steps.case_id")
    .leftJoin("users", "users.id", "case_steps.done_by")
    .selectAll("case_steps")
    .select("users.name as done_by_name")
    .where("case_steps.case_id", "=", caseId)
    .where(casesIn(scope))
    .orderBy("case_steps.due_on")
    .orderBy("case_steps.key")
    .execute();
}

export type WorklistCursor = { due: string; id: string };
export type WorklistView = "mine" | "team";

/**
 * The worklist: every open case once, by its next step's due date (overdue first), then id; keyset
 * paged on the index (status, next_step_due_on, id), or (consultant_id, status, next_step_due_on, id)
 * for a consultant's own. Reads `limit` + 1 rows to know whether there is a next page.
 *
 * `quietBefore` ("Kun uden aktivitet"): only the open cases whose last activity is at or before
 * that instant, quiet longest first, keyset paged on (status, last_activity_at, id) (the cursor's `due`
 * is then the last activity).
 */
export async function listWorklist(
  db: DB,
  opts: { view: WorklistView; staffId: string; after?: WorklistCursor | null; limit: number; quietBefore?: string | null },
) {
  let q = db
    .selectFrom("absence_cases")
    .innerJoin("companies", "companies.id", "absence_cases.company_id")
    .leftJoin("case_steps", "case_steps.id", "absence_cases.next_step_id")
    .leftJoin("users", "users.id", "absence_cases.consultant_id")
    .select([
      "absence_cases.id",
      "absence_cases.employee_name",
      "absence_cases.first_absence_day",
      "absence_cases.next_step_due_on",
      "absence_cases.last_activity_at",
      "absence_cases.consultant_id",
      "absence_cases.closure_proposed_at",
      "companies.name as company_name",
      "case_steps.kind as step_kind",
      "case_steps.seq as step_seq",
      "users.name as consultant_name",
    ])
    .where("absence_cases.status", "=", "open");
  if (opts.view === "mine") q = q.where("absence_cases.consultant_id", "=", opts.staffId);
  const key = opts.quietBefore ? "absence_cases.last_activity_at" : "absence_cases.next_step_due_on";
  if (opts.quietBefore) q = q.where("absence_cases.last_activity_at", "<=", opts.quietBefore);
  const after = opts.after;
  if (after) {
    // A row-value comparison (SQLite and PostgreSQL both have it): one range on the index, not an OR.
    q = q.where((eb) => eb(eb.refTuple(key, "absence_cases.id"), ">", eb.tuple(after.due, after.id)));
  }
  const rows = await q
    .orderBy(key)
    .orderBy("absence_cases.id")
    .limit(opts.limit + 1)
    .execute();
  const page = rows.slice(0, opts.limit);
  const last = page.at(-1);
  const keyOf = (r: (typeof rows)[number]) => (opts.quietBefore ? (r.last_activity_at ?? "") : r.next_step_due_on);
  return { rows: page, next: rows.length > opts.limit && last ? { due: keyOf(last), id: last.id } : null };
}

/** Sets who follows a case; `onlyIfUnset` leaves a case someone already follows alone. */
export async function setCaseConsultant(trx: DB, caseId: string, consultantId: string | null, opts: { onlyIfUnset?: boolean } = {}): Promise<boolean> {
  let q = trx.updateTable("absence_cases").set({ consultant_id: consultantId, updated_at: nowIso() }).where("id", "=", caseId);
  if (opts.onlyIfUnset) q = q.where("consultant_id", "is", null);
  const result = await q.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** A case's life: who follows it, whether it is open, how it ended, an employer's pending proposal. */
export async function findCaseLife(db: DB, scope: Scope, caseId: string) {
  return db
    .selectFrom("absence_cases")
    .leftJoin("users as consultant", "consultant.id", "absence_cases.consultant_id")
    .leftJoin("users as proposer", "proposer.id", "absence_cases.closure_proposed_by")
    .select([
      "absence_cases.id",
      "absence_cases.company_id",
      "absence_cases.created_by",
      "absence_cases.employee_name",
      "absence_cases.employee_email",
      "absence_cases.contact_email",
      "absence_cases.first_absence_day",
      "absence_cases.status",
      "absence_cases.consultant_id",
      "absence_cases.closed_at",
      "absence_cases.closed_on",
      "absence_cases.outcome",
      "absence_cases.outcome_note",
      "absence_cases.closure_proposed_at",
      "absence_cases.closure_proposed_on",
      "absence_cases.closure_proposed_outcome",
      "absence_cases.closure_proposed_note",
      "absence_cases.closure_proposed_by",
      "absence_cases.next_step_due_on",
      "absence_cases.last_activity_at",
      "absence_cases.anonymised_at",
      "consultant.name as consultant_name",
      "consultant.email as consultant_email",
      "proposer.name as proposer_name",
      "proposer.email as proposer_email",
    ])
    .where("absence_cases.id", "=", caseId)
    .where(casesIn(scope))
    .executeTakeFirst();
}

/** The meetings of a case the scope reaches, newest first. */
export async function listCaseMeetings(db: DB, scope: Scope, caseId: string) {
  return db
    .selectFrom("meetings")
    .innerJoin("absence_cases", "absence_cases.id", "meetings.case_id")
    .select(["meetings.id", "meetings.kind", "meetings.form", "meetings.status", "meetings.starts_at", "meetings.held_at", "meetings.location"])
    .where("meetings.case_id", "=", caseId)
    .where(casesIn(scope))
    .orderBy("meetings.starts_at", "desc")
    .execute();
}

/** Open case ids after `after`, in id order (for the daily refresh, in batches). */
export async function openCaseIds(db: DB, after: string, limit: number) {
  const rows = await db.selectFrom("absence_cases").select("id").where("status", "=", "open").where("id", ">", after).orderBy("id").limit(limit).execute();
  return rows.map((r) => r.id);
}
