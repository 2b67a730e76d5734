import type { CaseOutcome, CaseStepKind, ConsentStatus } from "~db/schema";
import { addDays, copenhagenToUtc, daysBetween } from "~/utils/dates";
import { normalFollowUpBy } from "./deadlines";

/**
 * The follow-up rhythm of a case (sygedagpengeloven kap. 6, bekendtgørelse om opfølgning i
 * sygedagpengesager): which steps are due and when. Pure: the models store what this says.
 *
 * - consent: a Fast Track request waits for the employee's consent (2 bank days, the request's deadline)
 * - follow-up 1: the first conversation 14 days after a Fast Track request (while the consent is
 *   awaited or given), otherwise the first follow-up by the end of week 8 of the absence
 * - follow-ups 2–4: by the end of weeks 14, 20 and 26, so that 4 follow-ups fall in the first 6 months
 * - the right to sygedagpenge is reassessed by the end of week 22
 * - the case passes 52 weeks at the end of week 52 (a KPI: the consultant records the assessment)
 * - each signed retention plan's evaluation date, and each approved or active placement's last day
 */

/** "Nothing due": the date a case without open steps sorts by (last). */
export const NO_STEP_DUE = "9999-12-31";
/** The end of the week (counted from the first day of absence) by which follow-ups 2, 3 and 4 are due. */
export const FOLLOW_UP_WEEKS = [8, 14, 20, 26] as const;
export const REASSESSMENT_WEEK = 22;
export const LONG_CASE_WEEK = 52;
/** Reminders go to the consultant this many days before a step is due, at 08.00 Danish time. */
export const STEP_REMINDER_DAYS = 3;

export type FollowUpFacts = {
  firstAbsenceDay: string;
  fastTrack: {
    /** As shown (an awaited consent past its deadline is "expired"). */
    consentStatus: ConsentStatus;
    /** The Danish date of the consent deadline. */
    consentDeadlineOn: string;
    firstConversationDue: string;
  } | null;
  /** Signed plans in force, with the evaluation date of the signed version. */
  planEvaluations: { planId: string; date: string }[];
  /** Approved or active placements of the case, with their last day. */
  placementEnds: { placementId: string; endDate: string }[];
};

export type DueStep = { key: string; kind: CaseStepKind; seq: number | null; dueOn: string; sourceId: string | null };

/** The last day of week `week` of the absence (day 1 is the first day of absence). */
export function endOfAbsenceWeek(firstAbsenceDay: string, week: number): string {
  return addDays(firstAbsenceDay, week * 7 - 1);
}

/** Every step a case should have, by due date (then key). */
export function dueSteps(facts: FollowUpFacts): DueStep[] {
  const steps: DueStep[] = [];
  const ft = facts.fastTrack;
  if (ft && ft.consentStatus === "awaiting") {
    steps.push({ key: "consent", kind: "consent", seq: null, dueOn: ft.consentDeadlineOn, sourceId: null });
  }
  const fastTrackApplies = ft && (ft.consentStatus === "awaiting" || ft.consentStatus === "consented");
  steps.push(
    fastTrackApplies
      ? { key: "follow_up:1", kind: "first_conversation", seq: 1, dueOn: ft.firstConversationDue, sourceId: null }
      : { key: "follow_up:1", kind: "first_follow_up", seq: 1, dueOn: normalFollowUpBy(facts.firstAbsenceDay), sourceId: null },
  );
  for (let seq = 2; seq <= FOLLOW_UP_WEEKS.length; seq++) {
    steps.push({ key: `follow_up:${seq}`, kind: "follow_up", seq, dueOn: endOfAbsenceWeek(facts.firstAbsenceDay, FOLLOW_UP_WEEKS[seq - 1]), sourceId: null });
  }
  steps.push({
    key: `reassessment:${REASSESSMENT_WEEK}`,
    kind: "reassessment_w22",
    seq: null,
    dueOn: endOfAbsenceWeek(facts.firstAbsenceDay, REASSESSMENT_WEEK),
    sourceId: null,
  });
  steps.push({ key: `week:${LONG_CASE_WEEK}`, kind: "week_52", seq: null, dueOn: endOfAbsenceWeek(facts.firstAbsenceDay, LONG_CASE_WEEK), sourceId: null });
  for (const p of facts.planEvaluations) {
    steps.push({ key: `plan_evaluation:${p.planId}:${p.date}`, kind: "plan_evaluation", seq: null, dueOn: p.date, sourceId: p.planId });
  }
  for (const p of facts.placementEnds) {
    steps.push({ key: `placement_end:${p.placementId}`, kind: "placement_end", seq: null, dueOn: p.endDate, sourceId: p.placementId });
  }
  return steps.sort((a, b) => (a.dueOn === b.dueOn ? a.key.localeCompare(b.key) : a.dueOn < b.dueOn ? -1 : 1));
}

/** Conversation steps a held meeting can fulfil (the first open one, in order). */
export const conversationKinds: CaseStepKind[] = ["first_conversation", "first_follow_up", "follow_up"];

/** When the reminder before a step goes: STEP_REMINDER_DAYS before, at 08.00 Danish time; null when the step is already due. */
export function stepReminderAt(dueOn: string, today: string, at: Date): Date | null {
  if (dueOn < today) return null;
  const when = copenhagenToUtc(addDays(dueOn, -STEP_REMINDER_DAYS), "08:00:00");
  return when < at ? at : when;
}

/** Days from today until the step is due: negative when overdue, 0 today. */
export function daysUntil(dueOn: string, today: string): number {
  return daysBetween(today, dueOn);
}

export const caseOutcomes: CaseOutcome[] = ["returned_full", "partial_return", "other_job_same_company", "left_company", "other"];

/** A step done after the end of its due day was late (a first conversation after day 14). */
export function doneLate(step: { due_on: string; done_on: string | null }): boolean {
  return Boolean(step.done_on && step.done_on > step.due_on);
}
