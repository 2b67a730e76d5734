/**
 * The content of a retention plan (fastholdelsesplan), its validation, and the
 * readable difference between two versions. Pure: no database, no clock.
 */
import { addDays, daysBetween, isValidDate } from "~/utils/dates";

export const goals = ["own_job", "own_job_changed", "other_job"] as const;
export const assessments = ["can", "can_adjusted", "cannot"] as const;
export const accommodationKinds = ["changed_tasks", "reduced_hours", "aids", "workplace", "jobcenter_service"] as const;
export const responsibles = ["employer", "employee", "jobcenter"] as const;
export const measureStatuses = ["planned", "active", "done", "cancelled"] as const;
export const meetingKinds = ["follow_up", "round_table"] as const;

export type Goal = (typeof goals)[number];
export type Assessment = (typeof assessments)[number];

/** TaskAssessment: a work task and whether the employee can do it. */
export type TaskAssessment = { id: string; name: string; assessment: Assessment; note: string };
/** Accommodation: a measure, who is responsible for it, when, and how it goes. */
export type Accommodation = {
  id: string;
  kind: (typeof accommodationKinds)[number];
  description: string;
  responsible: (typeof responsibles)[number];
  start: string | null;
  end: string | null;
  status: (typeof measureStatuses)[number];
  comment: string;
};
/** StepUpSchedule: weekly hours from a start date up to full hours. */
export type StepUpSchedule = { startDate: string | null; weeklyHours: number[] };
export type Meeting = { id: string; date: string; kind: (typeof meetingKinds)[number]; note: string };

export type PlanContent = {
  goal: Goal | null;
  jobTitle: string;
  normalWeeklyHours: number | null;
  tasks: TaskAssessment[];
  accommodations: Accommodation[];
  stepUp: StepUpSchedule;
  meetings: Meeting[];
  evaluationDate: string | null;
};

export const sections = ["goal", "tasks", "accommodations", "stepUp", "followUp"] as const;
export type Section = (typeof sections)[number];

export function emptyPlan(jobTitle = "", normalWeeklyHours: number | null = null): PlanContent {
  return {
    goal: null,
    jobTitle,
    normalWeeklyHours,
    tasks: [],
    accommodations: [],
    stepUp: { startDate: null, weeklyHours: [] },
    meetings: [],
    evaluationDate: null,
  };
}

/**
 * Nothing agreed yet: no goal, task, measure, step-up, meeting or evaluation date
 * (the job title and normal hours come from the case). Such a plan cannot be approved.
 */
export function isEmptyPlan(content: PlanContent): boolean {
  return (
    !content.goal &&
    content.tasks.length === 0 &&
    content.accommodations.length === 0 &&
    content.stepUp.weeklyHours.length === 0 &&
    content.meetings.length === 0 &&
    !content.evaluationDate
  );
}

/** The part of the content a section covers. */
export function sectionOf(content: PlanContent, section: Section): unknown {
  switch (section) {
    case "goal":
      return { goal: content.goal, jobTitle: content.jobTitle, normalWeeklyHours: content.normalWeeklyHours };
    case "tasks":
      return content.tasks;
    case "accommodations":
      return content.accommodations;
    case "stepUp":
      return content.stepUp;
    case "followUp":
      return { meetings: content.meetings, evaluationDate: content.evaluationDate };
  }
}

export function withSection(target: PlanContent, from: PlanContent, section: Section): PlanContent {
  switch (section) {
    case "goal":
      return { ...target, goal: from.goal, jobTitle: from.jobTitle, normalWeeklyHours: from.normalWeeklyHours };
    case "tasks":
      return { ...target, tasks: from.tasks };
    case "accommodations":
      return { ...target, accommodations: from.accommodations };
    case "stepUp":
      return { ...target, stepUp: from.stepUp };
    case "followUp":
      return { ...target, meetings: from.meetings, evaluationDate: from.evaluationDate };
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function changedSections(a: PlanContent, b: PlanContent): Section[] {
  return sections.filter((s) => !same(sectionOf(a, s), sectionOf(b, s)));
}

/**
 * Three-way view of a refused save: what I changed from the base, what they
 * changed, and where both changed the same section (those need a choice).
 */
export function conflictOf(base: PlanContent, mine: PlanContent, theirs: PlanContent) {
  const mineChanged = changedSections(base, mine);
  const theirsChanged = changedSections(base, theirs);
  const both = mineChanged.filter((s) => theirsChanged.includes(s) && !same(sectionOf(mine, s), sectionOf(theirs, s)));
  return { mineChanged, theirsChanged, both };
}

/** Builds the merged content: their version, with the sections the user chose as theirs or only they changed. */
export function mergeSections(base: PlanContent, mine: PlanContent, theirs: PlanContent, choices: Partial<Record<Section, "mine" | "theirs">>): PlanContent {
  const { mineChanged, both } = conflictOf(base, mine, theirs);
  let merged = theirs;
  for (const s of mineChanged) {
    const choice = both.includes(s) ? (choices[s] ?? "theirs") : "mine";
    if (choice === "mine") merged = withSection(merged, mine, s);
  }
  return merged;
}

// ---- Step-up validation -------------------------------------------------------

export const MIN_WEEKLY_ABSENCE_HOURS = 4;
export const MAX_STEP_UP_WEEKS = 26;

export type StepUpIssue =
  | { week: number; code: "aboveNormal" }
  | { week: number; code: "tooLittleAbsence" }
  | { week: number; code: "goesDown" }
  | { week: number; code: "negative" }
  | { week: null; code: "noStart" | "noNormalHours" | "notFull" | "tooLong" };

/**
 * A step-up schedule must never go above normal hours; while partly sick the
 * absence is at least 4 hours a week (delvis sygemelding), so a week is either
 * full hours or at most normal − 4; hours rise (or hold); and it ends on full hours.
 */
export function validateStepUp(stepUp: StepUpSchedule, normalWeeklyHours: number | null): StepUpIssue[] {
  const hours = stepUp.weeklyHours;
  if (hours.length === 0) return [];
  const issues: StepUpIssue[] = [];
  if (!stepUp.startDate) issues.push({ week: null, code: "noStart" });
  if (!normalWeeklyHours) return [...issues, { week: null, code: "noNormalHours" }];
  if (hours.length > MAX_STEP_UP_WEEKS) issues.push({ week: null, code: "tooLong" });
  hours.forEach((h, i) => {
    const week = i + 1;
    if (h < 0) issues.push({ week, code: "negative" });
    else if (h > normalWeeklyHours) issues.push({ week, code: "aboveNormal" });
    else if (h < normalWeeklyHours && normalWeeklyHours - h < MIN_WEEKLY_ABSENCE_HOURS) issues.push({ week, code: "tooLittleAbsence" });
    if (i > 0 && h < hours[i - 1]) issues.push({ week, code: "goesDown" });
  });
  if (hours[hours.length - 1] !== normalWeeklyHours) issues.push({ week: null, code: "notFull" });
  return issues;
}

/** The week of the schedule a date falls in (1-based), or null before the start or after the end. */
export function stepUpWeekOn(stepUp: StepUpSchedule, date: string): number | null {
  if (!stepUp.startDate || stepUp.weeklyHours.length === 0) return null;
  const days = daysBetween(stepUp.startDate, date);
  if (days < 0) return null;
  const week = Math.floor(days / 7) + 1;
  return week <= stepUp.weeklyHours.length ? week : null;
}

/** Partial return (delvis raskmelding) on a date, from a schedule: hours worked that week. */
export function partialReturnOn(content: PlanContent, date: string): { week: number; hours: number; normal: number; partial: boolean } | null {
  const week = stepUpWeekOn(content.stepUp, date);
  if (week === null || !content.normalWeeklyHours) return null;
  const hours = content.stepUp.weeklyHours[week - 1];
  return { week, hours, normal: content.normalWeeklyHours, partial: hours > 0 && hours < content.normalWeeklyHours };
}

export function stepUpEnd(stepUp: StepUpSchedule): string | null {
  return stepUp.startDate && stepUp.weeklyHours.length ? addDays(stepUp.startDate, stepUp.weeklyHours.length * 7 - 1) : null;
}

export function isPlanDate(value: string | null): boolean {
  return value === null || isValidDate(value);
}

// ---- The readable difference between two versions ------------------------------

export type Value = string | number | null;
export type Change =
  | { section: Section; type: "field"; field: string; from: Value; to: Value }
  | { section: Section; type: "added"; item: string }
  | { section: Section; type: "removed"; item: string }
  | { section: Section; type: "itemField"; item: string; field: string; from: Value; to: Value }
  | { section: "stepUp"; type: "week"; week: number; from: number | null; to: number | null };

function fieldChanges<T extends Record<string, unknown>>(section: Section, a: T, b: T, fields: (keyof T & string)[]): Change[] {
  return fields.filter((f) => !same(a[f], b[f])).map((f) => ({ section, type: "field", field: f, from: a[f] as Value, to: b[f] as Value }));
}

function listChanges<T extends { id: string }>(section: Section, a: T[], b: T[], label: (item: T) => string, fields: (keyof T & string)[]): Change[] {
  const changes: Change[] = [];
  const before = new Map(a.map((x) => [x.id, x]));
  const after = new Map(b.map((x) => [x.id, x]));
  for (const item of a) if (!after.has(item.id)) changes.push({ section, type: "removed", item: label(item) });
  for (const item of b) {
    const old = before.get(item.id);
    if (!old) {
      changes.push({ section, type: "added", item: label(item) });
      continue;
    }
    for (const f of fields) {
      if (!same(old[f], item[f])) changes.push({ section, type: "itemField", item: label(item), field: f, from: old[f] as Value, to: item[f] as Value });
    }
  }
  return changes;
}

/** What changed from version a to version b, section by section, in words a reader can follow. */
export function diffPlans(a: PlanContent, b: PlanContent): Change[] {
  const changes: Change[] = [
    ...fieldChanges("goal", a, b, ["goal", "jobTitle", "normalWeeklyHours"]),
    ...listChanges("tasks", a.tasks, b.tasks, (t) => t.name, ["name", "assessment", "note"]),
    ...listChanges("accommodations", a.accommodations, b.accommodations, (m) => m.description, [
      "kind",
      "description",
      "responsible",
      "start",
      "end",
      "status",
      "comment",
    ]),
  ];
  if (a.stepUp.startDate !== b.stepUp.startDate)
    changes.push({ section: "stepUp", type: "field", field: "startDate", from: a.stepUp.startDate, to: b.stepUp.startDate });
  const weeks = Math.max(a.stepUp.weeklyHours.length, b.stepUp.weeklyHours.length);
  for (let i = 0; i < weeks; i++) {
    const from = a.stepUp.weeklyHours[i] ?? null;
    const to = b.stepUp.weeklyHours[i] ?? null;
    if (from !== to) changes.push({ section: "stepUp", type: "week", week: i + 1, from, to });
  }
  changes.push(...listChanges("followUp", a.meetings, b.meetings, (m) => m.date, ["date", "kind", "note"]));
  if (a.evaluationDate !== b.evaluationDate)
    changes.push({ section: "followUp", type: "field", field: "evaluationDate", from: a.evaluationDate, to: b.evaluationDate });
  return changes;
}

/** Every free-text field of a plan, for the health-data guard. */
export function freeTexts(content: PlanContent): string[] {
  return [
    content.jobTitle,
    ...content.tasks.flatMap((t) => [t.name, t.note]),
    ...content.accommodations.flatMap((a) => [a.description, a.comment]),
    ...content.meetings.map((m) => m.note),
  ].filter(Boolean);
}
