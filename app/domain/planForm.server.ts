/** The plan's content as JSON from a form (the merge step), checked on the server only (zod stays out of the browser). */
import { z } from "zod";
import { isValidDate } from "~/utils/dates";
import { accommodationKinds, assessments, goals, measureStatuses, meetingKinds, responsibles } from "./planContent";
import { JOB_TITLE_MAX, LIST_MAX, MAX_TEXT, TASK_NAME_MAX } from "./planForm";

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
