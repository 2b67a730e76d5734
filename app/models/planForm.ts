/**
 * The plan's edit form: flat field names (tasks.0.name) that work without
 * JavaScript, parsed into PlanContent with a message per field.
 */
import { z } from "zod";
import { isValidDate } from "~/utils/dates";
import type { MessageKey, Translate } from "~/utils/i18n";
import {
  accommodationKinds,
  assessments,
  goals,
  measureStatuses,
  meetingKinds,
  responsibles,
  validateStepUp,
  type Accommodation,
  type Meeting,
  type PlanContent,
  type TaskAssessment,
} from "./planContent";

/** Empty rows offered under each list, for adding without JavaScript. */
export const BLANK_ROWS = 2;
export const STEP_UP_ROWS = 8;

type Values = Record<string, string>;

const num = (n: number | null) => (n === null ? "" : String(n).replace(".", ","));

/** The form's values for a content (what the edit page starts from). */
export function contentToValues(c: PlanContent): Values {
  const v: Values = {
    goal: c.goal ?? "",
    jobTitle: c.jobTitle,
    normalWeeklyHours: num(c.normalWeeklyHours),
    stepUpStart: c.stepUp.startDate ?? "",
    evaluationDate: c.evaluationDate ?? "",
  };
  c.tasks.forEach((t, i) => Object.assign(v, { [`tasks.${i}.id`]: t.id, [`tasks.${i}.name`]: t.name, [`tasks.${i}.assessment`]: t.assessment, [`tasks.${i}.note`]: t.note }));
  c.accommodations.forEach((a, i) =>
    Object.assign(v, {
      [`acc.${i}.id`]: a.id,
      [`acc.${i}.kind`]: a.kind,
      [`acc.${i}.description`]: a.description,
      [`acc.${i}.responsible`]: a.responsible,
      [`acc.${i}.start`]: a.start ?? "",
      [`acc.${i}.end`]: a.end ?? "",
      [`acc.${i}.status`]: a.status,
      [`acc.${i}.comment`]: a.comment,
    }),
  );
  c.stepUp.weeklyHours.forEach((h, i) => (v[`week.${i}`] = num(h)));
  c.meetings.forEach((m, i) => Object.assign(v, { [`meet.${i}.id`]: m.id, [`meet.${i}.date`]: m.date, [`meet.${i}.kind`]: m.kind, [`meet.${i}.note`]: m.note }));
  return v;
}

/** How many rows of a list the values hold (the highest index + 1). */
export function rowCount(values: Values, prefix: string): number {
  let max = -1;
  for (const key of Object.keys(values)) {
    const m = new RegExp(`^${prefix}\\.(\\d+)\\.`).exec(key) ?? new RegExp(`^${prefix}\\.(\\d+)$`).exec(key);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max + 1;
}

export type PlanFormResult = { ok: true; content: PlanContent } | { ok: false; errors: Record<string, string> };

const MAX_TEXT = 1000;

export function parsePlanForm(values: Values, t: Translate, newId: () => string): PlanFormResult {
  const errors: Record<string, string> = {};
  const err = (field: string, key: MessageKey, vars?: Record<string, string | number>) => {
    if (!errors[field]) errors[field] = t(key, vars);
  };
  const text = (field: string, max = MAX_TEXT) => {
    const value = (values[field] ?? "").trim();
    if (value.length > max) err(field, "error.tooLong");
    return value;
  };
  const oneOf = <T extends string>(field: string, options: readonly T[], fallback?: T): T | null => {
    const value = values[field] ?? "";
    if ((options as readonly string[]).includes(value)) return value as T;
    if (value === "" && fallback) return fallback;
    if (value !== "") err(field, "error.invalid");
    return null;
  };
  const date = (field: string, required = false): string | null => {
    const value = (values[field] ?? "").trim();
    if (!value) {
      if (required) err(field, "error.required");
      return null;
    }
    if (!isValidDate(value)) err(field, "error.date");
    return isValidDate(value) ? value : null;
  };
  const hours = (field: string): number | null => {
    const value = (values[field] ?? "").trim().replace(",", ".");
    if (!value) return null;
    const n = Number(value);
    if (!Number.isFinite(n) || n < 0 || n > 80) {
      err(field, "error.hoursRange");
      return null;
    }
    return Math.round(n * 2) / 2;
  };
  const keepId = (field: string) => (/^[A-Za-z0-9_-]{8,64}$/.test(values[field] ?? "") ? values[field] : newId());
  const removed = (prefix: string) => values[`${prefix}.remove`] === "on";

  const goal = oneOf("goal", goals);
  const jobTitle = text("jobTitle", 120);
  const normalWeeklyHours = hours("normalWeeklyHours");

  const tasks: TaskAssessment[] = [];
  for (let i = 0; i < rowCount(values, "tasks"); i++) {
    const p = `tasks.${i}`;
    const name = text(`${p}.name`, 200);
    const note = text(`${p}.note`);
    if (removed(p) || (!name && !note && !values[`${p}.id`])) continue;
    if (!name) err(`${p}.name`, "plan.error.taskName");
    const assessment = oneOf(`${p}.assessment`, assessments);
    if (!assessment) err(`${p}.assessment`, "plan.error.assessment");
    tasks.push({ id: keepId(`${p}.id`), name, assessment: assessment ?? "can", note });
  }

  const accommodations: Accommodation[] = [];
  for (let i = 0; i < rowCount(values, "acc"); i++) {
    const p = `acc.${i}`;
    const description = text(`${p}.description`);
    const comment = text(`${p}.comment`);
    if (removed(p) || (!description && !comment && !values[`${p}.id`])) continue;
    if (!description) err(`${p}.description`, "plan.error.description");
    const start = date(`${p}.start`);
    const end = date(`${p}.end`);
    if (start && end && end < start) err(`${p}.end`, "plan.error.endBeforeStart");
    accommodations.push({
      id: keepId(`${p}.id`),
      kind: oneOf(`${p}.kind`, accommodationKinds, "changed_tasks") ?? "changed_tasks",
      description,
      responsible: oneOf(`${p}.responsible`, responsibles, "employer") ?? "employer",
      start,
      end,
      status: oneOf(`${p}.status`, measureStatuses, "planned") ?? "planned",
      comment,
    });
  }

  const weeklyHours: number[] = [];
  let gap = false;
  for (let i = 0; i < Math.max(rowCount(values, "week"), 0); i++) {
    const h = hours(`week.${i}`);
    if (h === null) {
      gap = true;
      continue;
    }
    if (gap) err(`week.${i}`, "plan.error.weekGap");
    weeklyHours.push(h);
  }
  const stepUp = { startDate: date("stepUpStart", weeklyHours.length > 0), weeklyHours };
  for (const issue of validateStepUp(stepUp, normalWeeklyHours)) {
    const vars = { normal: num(normalWeeklyHours), min: 4 };
    const key: Record<typeof issue.code, MessageKey> = {
      aboveNormal: "plan.error.aboveNormal",
      tooLittleAbsence: "plan.error.tooLittleAbsence",
      goesDown: "plan.error.goesDown",
      negative: "error.hoursRange",
      noStart: "error.required",
      noNormalHours: "plan.error.noNormalHours",
      notFull: "plan.error.notFull",
      tooLong: "plan.error.tooLong",
    };
    const field = issue.week !== null ? `week.${issue.week - 1}` : issue.code === "noStart" ? "stepUpStart" : issue.code === "noNormalHours" ? "normalWeeklyHours" : "stepUp";
    err(field, key[issue.code], vars);
  }

  const meetings: Meeting[] = [];
  for (let i = 0; i < rowCount(values, "meet"); i++) {
    const p = `meet.${i}`;
    const note = text(`${p}.note`);
    if (removed(p) || (!values[`${p}.date`] && !note && !values[`${p}.id`])) continue;
    const d = date(`${p}.date`, true);
    meetings.push({ id: keepId(`${p}.id`), date: d ?? "", kind: oneOf(`${p}.kind`, meetingKinds, "follow_up") ?? "follow_up", note });
  }
  meetings.sort((a, b) => a.date.localeCompare(b.date));
  const evaluationDate = date("evaluationDate");

  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, content: { goal, jobTitle, normalWeeklyHours, tasks, accommodations, stepUp, meetings, evaluationDate } };
}

/** PlanContent as JSON from a form (the merge step): never trusted, always checked. */
const id = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
const date = z.string().refine(isValidDate);
export const planContentSchema = z.object({
  goal: z.enum(goals).nullable(),
  jobTitle: z.string().max(120),
  normalWeeklyHours: z.number().min(0).max(80).nullable(),
  tasks: z.array(z.object({ id, name: z.string().max(200), assessment: z.enum(assessments), note: z.string().max(MAX_TEXT) })).max(100),
  accommodations: z
    .array(
      z.object({
        id,
        kind: z.enum(accommodationKinds),
        description: z.string().max(MAX_TEXT),
        responsible: z.enum(responsibles),
        start: date.nullable(),
        end: date.nullable(),
        status: z.enum(measureStatuses),
        comment: z.string().max(MAX_TEXT),
      }),
    )
    .max(100),
  stepUp: z.object({ startDate: date.nullable(), weeklyHours: z.array(z.number().min(0).max(80)).max(52) }),
  meetings: z.array(z.object({ id, date, kind: z.enum(meetingKinds), note: z.string().max(MAX_TEXT) })).max(100),
  evaluationDate: date.nullable(),
});
