/**
 * The plan's edit form: flat field names (tasks.0.name) that work without
 * JavaScript, parsed into PlanContent with a message per field.
 */
import { parseDateInput } from "~/utils/dates";
import { cutToLength } from "~/utils/forms";
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
  c.tasks.forEach((t, i) =>
    Object.assign(v, { [`tasks.${i}.id`]: t.id, [`tasks.${i}.name`]: t.name, [`tasks.${i}.assessment`]: t.assessment, [`tasks.${i}.note`]: t.note }),
  );
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
  c.meetings.forEach((m, i) =>
    Object.assign(v, { [`meet.${i}.id`]: m.id, [`meet.${i}.date`]: m.date, [`meet.${i}.kind`]: m.kind, [`meet.${i}.note`]: m.note }),
  );
  return v;
}

/** How many rows of a list the values hold (the highest index + 1). */
export function rowCount(values: Values, prefix: string): number {
  let max = -1;
  const row = new RegExp(`^${prefix}\\.(\\d+)(?:\\.|$)`);
  for (const key of Object.keys(values)) {
    const m = row.exec(key);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max + 1;
}

export type PlanFormResult = { ok: true; content: PlanContent } | { ok: false; errors: Record<string, string> };

/** The most characters of a note, a description, a comment; a job title and a task name take fewer. */
export const MAX_TEXT = 1000;
export const JOB_TITLE_MAX = 120;
export const TASK_NAME_MAX = 200;

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
    const iso = parseDateInput(value);
    if (!iso) err(field, "error.date");
    return iso;
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
  const jobTitle = text("jobTitle", JOB_TITLE_MAX);
  const normalWeeklyHours = hours("normalWeeklyHours");

  const tasks: TaskAssessment[] = [];
  for (let i = 0; i < Math.min(rowCount(values, "tasks"), LIST_MAX.tasks); i++) {
    const p = `tasks.${i}`;
    const name = text(`${p}.name`, TASK_NAME_MAX);
    const note = text(`${p}.note`);
    if (removed(p) || (!name && !note && !values[`${p}.id`])) continue;
    if (!name) err(`${p}.name`, "plan.error.taskName");
    const assessment = oneOf(`${p}.assessment`, assessments);
    if (!assessment) err(`${p}.assessment`, "plan.error.assessment");
    tasks.push({ id: keepId(`${p}.id`), name, assessment: assessment ?? "can", note });
  }

  const accommodations: Accommodation[] = [];
  for (let i = 0; i < Math.min(rowCount(values, "acc"), LIST_MAX.acc); i++) {
    const p = `acc.${i}`;
    const description = text(`${p}.description`);
    const comment = text(`${p}.comment`);
    if (removed(p) || (!description && !comment && !values[`${p}.id`])) continue;
    if (!description) err(`${p}.description`, "plan.error.description");
    const start = date(`${p}.start`);
    const end = date(`${p}.end`);
    if (start && end && end < start) err(`${p}.end`, "plan.error.endBeforeStart");
    // A new measure starts with nothing chosen: a row with content needs its type, owner and status.
    const kind = oneOf(`${p}.kind`, accommodationKinds);
    if (!kind) err(`${p}.kind`, "plan.error.accKind");
    const responsible = oneOf(`${p}.responsible`, responsibles);
    if (!responsible) err(`${p}.responsible`, "plan.error.responsible");
    const status = oneOf(`${p}.status`, measureStatuses);
    if (!status) err(`${p}.status`, "plan.error.measureStatus");
    accommodations.push({
      id: keepId(`${p}.id`),
      kind: kind ?? "changed_tasks",
      description,
      responsible: responsible ?? "employer",
      start,
      end,
      status: status ?? "planned",
      comment,
    });
  }

  const weeklyHours: number[] = [];
  let gap = false;
  for (let i = 0; i < Math.min(rowCount(values, "week"), LIST_MAX.week); i++) {
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
    const field =
      issue.week !== null
        ? `week.${issue.week - 1}`
        : issue.code === "noStart"
          ? "stepUpStart"
          : issue.code === "noNormalHours"
            ? "normalWeeklyHours"
            : "stepUp";
    err(field, key[issue.code], vars);
  }

  const meetings: Meeting[] = [];
  for (let i = 0; i < Math.min(rowCount(values, "meet"), LIST_MAX.meet); i++) {
    const p = `meet.${i}`;
    const note = text(`${p}.note`);
    if (removed(p) || (!values[`${p}.date`] && !note && !values[`${p}.id`])) continue;
    const d = date(`${p}.date`, true);
    const kind = oneOf(`${p}.kind`, meetingKinds);
    if (!kind) err(`${p}.kind`, "plan.error.meetingKind");
    meetings.push({ id: keepId(`${p}.id`), date: d ?? "", kind: kind ?? "follow_up", note });
  }
  meetings.sort((a, b) => a.date.localeCompare(b.date));
  const evaluationDate = date("evaluationDate");

  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, content: { goal, jobTitle, normalWeeklyHours, tasks, accommodations, stepUp, meetings, evaluationDate } };
}

// ---- The edit form's rows: bounded, and blank rows offered once ---------------------

/**
 * The most rows each list of the form may have. The content schema (`planContentSchema` in
 * `planForm.server.ts`, kept out of the browser with zod) takes its `.max()` from these.
 */
export const LIST_MAX = { tasks: 100, acc: 100, meet: 100, week: 52 } as const;
type List = keyof typeof LIST_MAX;

const LIST_KEY = /^(tasks|acc|meet|week)\.(\d+)(?:\.|$)/;

/**
 * Whether the list fields of a posted form are what the form itself sends: every
 * index written plainly (no leading zeros), below the list's maximum, and without
 * gaps (rows 0..n-1). Checked before any row is built, so a 50-byte post cannot
 * make the server loop over, or render, a million rows.
 */
export function listIndexesValid(values: Values): boolean {
  const seen: Record<List, Set<number>> = { tasks: new Set(), acc: new Set(), meet: new Set(), week: new Set() };
  let ok = true;
  for (const key of Object.keys(values)) {
    const m = LIST_KEY.exec(key);
    if (!m) continue;
    const list = m[1] as List;
    const index = Number(m[2]);
    if (m[2] !== String(index) || index >= LIST_MAX[list]) {
      ok = false;
      break;
    }
    seen[list].add(index);
  }
  if (!ok) return false;
  return (Object.keys(seen) as List[]).every((list) => seen[list].size === 0 || Math.max(...seen[list]) === seen[list].size - 1);
}

/** The choices a blank row is posted with; leaving them as they are is not filling the row in. */
const blankChoices: Record<List, Record<string, string>> = {
  tasks: { assessment: "" },
  acc: { kind: "", responsible: "", status: "" },
  meet: { kind: "" },
  week: {},
};
const isBlank = (list: List, field: string, value: string) =>
  value.trim() === "" || (Object.hasOwn(blankChoices[list], field) && blankChoices[list][field] === value);

/** Rows up to the last one with anything in it (an id, text, a date, a choice other than the default). */
function filledRows(values: Values, list: List): number {
  let last = -1;
  for (const [key, value] of Object.entries(values)) {
    const m = LIST_KEY.exec(key);
    if (!m || m[1] !== list) continue;
    const index = Number(m[2]);
    if (index <= last || index >= LIST_MAX[list]) continue;
    const field = key.slice(m[0].length);
    if (!isBlank(list, field, value)) last = index;
  }
  return last + 1;
}

/** The lists a user adds rows to with a button ("Tilføj opgave / tiltag / møde"). */
export const addableLists = ["tasks", "acc", "meet"] as const;
export type AddableList = (typeof addableLists)[number];

/**
 * How many rows the edit form shows of each list: every row the form posted
 * (blank ones too, so a row the user added stays however often the form is
 * refused), plus one when the user asked to add a row to that list. The
 * step-up always offers a few blank weeks.
 */
export function editorRows(values: Values, added?: AddableList): Record<List, number> {
  const rows = (list: AddableList) => Math.min(Math.max(rowCount(values, list), filledRows(values, list)) + (added === list ? 1 : 0), LIST_MAX[list]);
  return {
    tasks: rows("tasks"),
    acc: rows("acc"),
    meet: rows("meet"),
    week: Math.min(Math.max(filledRows(values, "week") + 2, STEP_UP_ROWS), LIST_MAX.week),
  };
}

/** Short inputs: numbers, dates, checkboxes, the version number. */
const SHORT = 20;
/** Ids are at most 64 characters (see `keepId`). */
const ID_MAX = 64;
/** The longest option of a choice. */
const longest = (options: readonly string[]) => Math.max(...options.map((o) => o.length));

const scalarMax: Record<string, number> = {
  basedOn: SHORT,
  goal: longest(goals),
  jobTitle: JOB_TITLE_MAX,
  normalWeeklyHours: SHORT,
  stepUpStart: SHORT,
  evaluationDate: SHORT,
  confirmHealth: SHORT,
};
const rowFieldMax: Record<Exclude<List, "week">, Record<string, number>> = {
  tasks: { id: ID_MAX, name: TASK_NAME_MAX, assessment: longest(assessments), note: MAX_TEXT, remove: SHORT },
  acc: {
    id: ID_MAX,
    kind: longest(accommodationKinds),
    description: MAX_TEXT,
    responsible: longest(responsibles),
    start: SHORT,
    end: SHORT,
    status: longest(measureStatuses),
    comment: MAX_TEXT,
    remove: SHORT,
  },
  meet: { id: ID_MAX, date: SHORT, kind: longest(meetingKinds), note: MAX_TEXT, remove: SHORT },
};

const own = (table: Record<string, number>, key: string): number | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);

/**
 * What a refused save sends back to the form: only the form's own fields, within
 * the lists' bounds, each cut to its field's maximum length.
 */
export function echoPlanValues(values: Values): Values {
  const echo: Values = {};
  for (const [key, value] of Object.entries(values)) {
    let limit = own(scalarMax, key);
    const m = limit === undefined ? LIST_KEY.exec(key) : null;
    if (m) {
      const list = m[1] as List;
      const index = Number(m[2]);
      const field = key.slice(m[0].length);
      if (m[2] !== String(index) || index >= LIST_MAX[list]) continue;
      limit = list === "week" ? (field === "" ? SHORT : undefined) : own(rowFieldMax[list], field);
    }
    if (limit !== undefined) echo[key] = cutToLength(value, limit);
  }
  return echo;
}
