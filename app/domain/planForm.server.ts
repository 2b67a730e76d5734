/** The plan pages' forms (view: approve, comment, decide; edit: add a row, merge), checked on the server only (zod stays out of the browser). */
import { z } from "zod";
import { isValidDate } from "~/utils/dates";
import { checkbox, msg, optionalText, requiredText } from "~/utils/forms.server";
import { accommodationKinds, assessments, goals, measureStatuses, meetingKinds, responsibles, sections } from "./planContent";
import { addableLists, JOB_TITLE_MAX, LIST_MAX, MAX_TEXT, TASK_NAME_MAX, type AddableList } from "./planForm";

const id = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
const date = z.string().refine(isValidDate);
/** PlanContent as JSON from a form: never trusted, always checked. Its bounds are the edit form's own. */
export const planContentSchema = z.object({
  goal: z.enum(goals).nullable(),
  jobTitle: z.string().max(JOB_TITLE_MAX),
  normalWeeklyHours: z.number().min(0).max(80).nullable(),
  tasks: z.array(z.object({ id, name: z.string().max(TASK_NAME_MAX), assessment: z.enum(assessments), note: z.string().max(MAX_TEXT) })).max(LIST_MAX.tasks),
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
    .max(LIST_MAX.acc),
  stepUp: z.object({ startDate: date.nullable(), weeklyHours: z.array(z.number().min(0).max(80)).max(LIST_MAX.week) }),
  meetings: z.array(z.object({ id, date, kind: z.enum(meetingKinds), note: z.string().max(MAX_TEXT) })).max(LIST_MAX.meet),
  evaluationDate: date.nullable(),
});

// ---- The plan page (plan.$planId._index) ----------------------------------------------

export const planIntentSchema = z.enum(["approve", "comment", "decide"]);
/** The version a party approves: the one they saw. */
export const planVersionSchema = z.coerce.number().int().positive();
export const planCommentSchema = z.object({
  section: z.enum(sections, { error: msg("plan.error.section") }),
  body: requiredText(2000),
  toJobcenter: checkbox(),
  confirmHealth: checkbox(),
});
/** The employee's answer to a plan; a "no" needs a reason. */
export const planDecisionSchema = z
  .object({ decision: z.enum(["accept", "decline"], { error: msg("plan.error.decision") }), reason: optionalText(1000) })
  .refine((v) => v.decision === "accept" || v.reason, { path: ["reason"], message: msg("plan.error.reason") });

// ---- The edit page (plan.$planId.rediger) ---------------------------------------------

/** The add buttons' intents: one empty row more in a list. */
export const addRowIntentSchema = z.enum(addableLists.map((list) => `add-${list}` as const) as [`add-${AddableList}`, ...`add-${AddableList}`[]]);
/** The version an edit is based on (0: none yet). */
export const versionOrZeroSchema = z.coerce.number().int().min(0);
