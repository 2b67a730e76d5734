import { z } from "zod";
import { parseCpr } from "./cpr";
import { email, msg, phone, requiredText } from "~/utils/forms.server";

/**
 * Corrections (GDPR art. 16): the fields of a case that hold personal data and can be corrected.
 * The names are the form's field names; the audit entry names the fields that changed, never a value.
 */
export const CORRECTABLE_FIELDS = ["employeeName", "employeeEmail", "cpr", "contactName", "contactPhone", "contactEmail"] as const;
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];
export type Correction = Partial<Record<CorrectableField, string>>;

/** A CPR number typed to correct the one held: empty keeps it; otherwise validated as at Fast Track registration. */
function correctedCpr(today: string) {
  return z
    .string()
    .optional()
    .transform((v, ctx) => {
      const typed = v?.trim() ?? "";
      if (!typed) return undefined;
      const result = parseCpr(typed, today);
      if (!result.ok) {
        ctx.addIssue({ code: "custom", message: result.reason === "format" ? msg("error.cprFormat") : msg("error.cprDate") });
        return z.NEVER;
      }
      return result.cpr;
    });
}

/** The consultant's form on the case page: the employee's name, email and CPR, and the employer's contact person. */
export function staffCorrectionSchema(today: string) {
  return z.object({
    employeeName: requiredText(120),
    employeeEmail: email(),
    cpr: correctedCpr(today),
    contactName: requiredText(120),
    contactPhone: phone(),
    contactEmail: email(),
  });
}

/** The employee's own contact details, from their link page. */
export const employeeContactSchema = z.object({ employeeEmail: email() });
