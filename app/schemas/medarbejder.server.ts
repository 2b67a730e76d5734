/**
 * What the employee's pages (`app/routes/medarbejder.*`, `samtykke.$token`) accept: their forms and
 * query strings as zod schemas. Server only — a `.server.ts` module stays out of the browser's
 * bundle, and with it zod (an ESLint rule keeps zod out of every non-server file under app/).
 */
import { z } from "zod";
import { checkbox, msg, oneTimeCode, optionalText } from "~/utils/forms.server";

// ---- medarbejder.$token.tsx --------------------------------------------------------------

/** The code emailed to the employee when they open their link. */
export const employeeCodeSchema = z.object({
  code: oneTimeCode(),
});

// ---- medarbejder.fremgang.tsx ------------------------------------------------------------

export const progressionIntentSchema = z.enum(["rate", "share"]);

const score = z
  .string({ error: msg("progression.error.rating") })
  .regex(/^(10|[0-9])$/, msg("progression.error.rating"))
  .transform(Number);

/** One rating of each statement (0–10), a comment and the health-word confirmation. */
export const rateProgressionSchema = z.object({
  tasks: score,
  nextStep: score,
  support: score,
  confidence: score,
  comment: optionalText(1000),
  confirmHealth: checkbox(),
});
export const shareProgressionSchema = z.object({ share: z.enum(["yes", "no"], { error: msg("error.required") }) });

// ---- medarbejder.indsigt.tsx -------------------------------------------------------------

/** The format of the employee's own data; anything else is PDF. */
export const employeeExportFormat = z.enum(["json", "pdf"]).catch("pdf");

// ---- samtykke.$token.tsx -----------------------------------------------------------------

/** The employee's consent to the Fast Track request, and what they add to it. */
export const consentSchema = z.object({
  decision: z.enum(["consent", "decline"], { error: msg("consent.decisionRequired") }),
  affectedFunctions: optionalText(2000),
  affectedDuration: optionalText(1000),
  workAdapted: optionalText(2000),
});
