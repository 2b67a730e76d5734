import { db, type DB } from "~db/index";
import type { CaseStepKind } from "~db/schema";
import { findCase } from "~/models/absenceCase.server";
import { systemActor, userActor, writeAudit } from "~/models/audit.server";
import {
  findCaseLife,
  listCaseMeetings,
  listCaseSteps,
  listWorklist,
  markStepDone,
  openCaseIds,
  refreshCaseSteps,
  setCaseConsultant,
  updateNextStep,
  type WorklistCursor,
  type WorklistView,
} from "~/models/followUp.server";
import { isAway } from "~/models/inquiry.server";
import { staffScope } from "~/models/scope.server";
import { findStaff, listStaff, type StaffUser } from "~/models/user.server";
import { quietCutoff, quietDays } from "~/domain/caseActivity";
import { absenceDayNumber, normalFollowUpBy } from "~/domain/deadlines";
import { now, nowIso } from "~/utils/clock";
import { copenhagenDate, formatDate, type Lang } from "~/utils/dates";
import { env } from "~/utils/env.server";
import type { MessageKey } from "~/utils/i18n";
import { translator } from "~/utils/i18n.server";
import { effectiveConsentStatus, findFastTrackForCase } from "./fastTrack.server";
import { enqueueEmailInTheirLanguage } from "./outbox.server";
import { planSummariesForCase } from "./plans.server";

export const WORKLIST_PAGE_SIZE = 25;

const staffCaseUrl = (caseId: string) => `${env().APP_URL}/jobcenter/sager/${caseId}`;

/** A step's name in a language: "Opfølgning 2 af 4", "Første samtale (Fast Track)". */
export function stepLabel(lang: Lang, kind: CaseStepKind, seq: number | null): string {
  return translator(lang)(`followUp.step.${kind}` as MessageKey, { n: seq ?? "" });
}

/**
 * The worklist page: each open case once with its next step, overdue first, each flagged with its
 * days without activity once that reaches INACTIVE_CASE_DAYS; `quietOnly`: just those, quiet longest first.
 */
export async function worklist(staff: StaffUser, view: WorklistView, after: WorklistCursor | null, quietOnly = false) {
  const at = now();
  const limit = env().INACTIVE_CASE_DAYS;
  const page = await listWorklist(db, { view, staffId: staff.id, after, limit: WORKLIST_PAGE_SIZE, quietBefore: quietOnly ? quietCutoff(at, limit) : null });
  return { ...page, rows: page.rows.map((r) => ({ ...r, quietDays: quietDays(r.last_activity_at, at, limit) })) };
}

/** The jobcenter's case page: summary, steps, meetings, plans, who follows it and how it ended. */
export async function staffCaseView(staff: StaffUser, caseId: string) {
  const scope = staffScope(staff);
  const [absenceCase, life] = await Promise.all([findCase(db, scope, caseId), findCaseLife(db, scope, caseId)]);
  if (!absenceCase || !life) return null;
  const [fastTrack, steps, meetings, plans] = await Promise.all([
    findFastTrackForCase(scope, caseId),
    listCaseSteps(db, scope, caseId),
    listCaseMeetings(db, scope, caseId),
    planSummariesForCase(scope, caseId),
  ]);
  const today = copenhagenDate(now());
  return {
    case: absenceCase,
    life: { ...life, consultant_email: undefined, proposer_email: undefined },
    today,
    dayNumber: absenceDayNumber(absenceCase.first_absence_day, today),
    normalFollowUpBy: normalFollowUpBy(absenceCase.first_absence_day),
    fastTrack: fastTrack
      ? {
          requestedAt: fastTrack.requested_at,
          consentStatus: effectiveConsentStatus(fastTrack),
          consentDeadline: fastTrack.consent_deadline,
          firstConversationDue: fastTrack.first_conversation_due,
        }
      : null,
    steps,
    meetings,
    plans,
    quietDays: life.status === "open" ? quietDays(life.last_activity_at, now(), env().INACTIVE_CASE_DAYS) : null,
  };
}

export type CaseActionResult = { ok: true } | { ok: false; error: "notFound" | "closed" | "stepNotOpen" | "dateInFuture" | "dateBeforeAbsence" };

/** The consultant takes the case: they follow it from now (reminders go to them). */
export async function takeCase(staff: StaffUser, caseId: string): Promise<CaseActionResult> {
  return db.transaction().execute(async (trx): Promise<CaseActionResult> => {
    const c = await findCaseLife(trx, staffScope(staff), caseId);
    if (!c) return { ok: false, error: "notFound" };
    if (c.status !== "open") return { ok: false, error: "closed" };
    await setCaseConsultant(trx, caseId, staff.id);
    await writeAudit(trx, {
      actor: userActor(staff),
      action: "absence_case.taken",
      entityType: "absence_case",
      entityId: caseId,
      companyId: c.company_id,
      meta: { previous_consultant: c.consultant_id },
    });
    return { ok: true };
  });
}

/**
 * Records that a step was done outside a meeting in the portal: the week-22 reassessment decided, a
 * follow-up held by phone, a plan evaluated, a placement's end followed up, the 52-week assessment.
 */
export async function recordStep(staff: StaffUser, caseId: string, stepId: string, doneOn: string): Promise<CaseActionResult> {
  const today = copenhagenDate(now());
  if (doneOn > today) return { ok: false, error: "dateInFuture" };
  return db.transaction().execute(async (trx): Promise<CaseActionResult> => {
    const c = await findCaseLife(trx, staffScope(staff), caseId);
    if (!c) return { ok: false, error: "notFound" };
    if (c.status !== "open") return { ok: false, error: "closed" };
    if (doneOn < c.first_absence_day) return { ok: false, error: "dateBeforeAbsence" };
    const step = await trx
      .selectFrom("case_steps")
      .select(["id", "due_on", "kind", "key"])
      .where("id", "=", stepId)
      .where("case_id", "=", caseId)
      .executeTakeFirst();
    if (!step) return { ok: false, error: "notFound" };
    if (!(await markStepDone(trx, step, { at: nowIso(), on: doneOn, by: staff.id }))) return { ok: false, error: "stepNotOpen" };
    await updateNextStep(trx, caseId);
    await writeAudit(trx, {
      actor: userActor(staff),
      action: "case_step.recorded",
      entityType: "absence_case",
      entityId: caseId,
      companyId: c.company_id,
      meta: { step: step.key, done_on: doneOn },
    });
    return { ok: true };
  });
}

/** Who hears about a case: its consultant, or the team (every consultant present) when none or away. */
export async function caseConsultants(trx: DB, consultantId: string | null) {
  const consultant = consultantId ? await findStaff(trx, consultantId) : undefined;
  if (consultant && !isAway(consultant)) return { toTeam: false, recipients: [consultant] };
  const team = await listStaff(trx, ["consultant"]);
  const present = team.filter((c) => !isAway(c));
  return { toTeam: true, recipients: present.length ? present : team };
}

/**
 * The durable reminder before a step is due. Re-checks that the step is still open with the same due
 * date and the case still open; the email's dedupe key per step, date and recipient makes a rerun
 * (after a crash or on another process) send nothing twice.
 */
export async function stepReminderJob(stepId: string, dueOn: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const step = await trx
      .selectFrom("case_steps")
      .innerJoin("absence_cases", "absence_cases.id", "case_steps.case_id")
      .innerJoin("companies", "companies.id", "absence_cases.company_id")
      .select([
        "case_steps.id",
        "case_steps.case_id",
        "case_steps.kind",
        "case_steps.seq",
        "case_steps.due_on",
        "case_steps.done_at",
        "absence_cases.status",
        "absence_cases.consultant_id",
        "absence_cases.employee_name",
        "absence_cases.company_id",
        "companies.name as company_name",
      ])
      .where("case_steps.id", "=", stepId)
      .executeTakeFirst();
    if (!step || step.done_at || step.status !== "open" || step.due_on !== dueOn) return;
    const { toTeam, recipients } = await caseConsultants(trx, step.consultant_id);
    for (const r of recipients) {
      await enqueueEmailInTheirLanguage(trx, {
        template: "follow-up-reminder",
        to: r.email,
        props: (lang) => ({
          employeeName: step.employee_name,
          companyName: step.company_name,
          stepLabel: stepLabel(lang, step.kind, step.seq),
          dueOn: formatDate(step.due_on, lang),
          toTeam,
          caseUrl: staffCaseUrl(step.case_id),
        }),
        dedupeKey: `follow-up-reminder:${step.id}:${dueOn}:${r.id}`,
      });
    }
    await writeAudit(trx, {
      actor: systemActor,
      action: "case_step.reminded",
      entityType: "absence_case",
      entityId: step.case_id,
      companyId: step.company_id,
      meta: { step_id: step.id, due_on: dueOn },
    });
  });
}

/**
 * Once a day: every open case's steps brought in line with the rules (an awaited consent whose
 * deadline passed, cases from before the worklist existed), in batches of 200, one transaction each.
 */
export async function refreshAllCasesJob(): Promise<void> {
  let after = "";
  for (;;) {
    const ids = await openCaseIds(db, after, 200);
    if (ids.length === 0) return;
    await db.transaction().execute(async (trx) => {
      for (const id of ids) await refreshCaseSteps(trx, id);
    });
    after = ids[ids.length - 1];
  }
}
