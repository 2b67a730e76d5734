/** The forms of virksomhedspraktik, parsed with a message key per field (server only: zod stays out of the browser). */
import { z } from "zod";
import { parseCpr } from "~/domain/cpr";
import { isValidDate, parseDateInput } from "~/utils/dates";
import { email, msg, optionalText, phone, requiredText } from "~/utils/forms.server";
import { isMunicipality } from "~/domain/municipalities";
import { attendances, hows, industries, offerAccommodations, outcomes, targetGroups } from "./placementRules";

const date = () =>
  z
    .string({ error: msg("error.required") })
    .trim()
    .min(1, msg("error.required"))
    .transform((v) => parseDateInput(v) ?? v)
    .refine(isValidDate, msg("error.date"));

const number = (min: number, max: number, integer = false) =>
  z
    .string({ error: msg("error.required") })
    .trim()
    .min(1, msg("error.required"))
    .transform((v) => Number(v.replace(",", ".")))
    .pipe(
      z
        .number(msg("error.number"))
        .min(min, msg("praktik.error.range"))
        .max(max, msg("praktik.error.range"))
        .refine((n) => !integer || Number.isInteger(n), msg("praktik.error.whole")),
    );

export const offerSchema = z
  .object({
    title: requiredText(120),
    tasks: requiredText(2000),
    industry: z.enum(industries, { error: msg("praktik.error.choose") }),
    address: requiredText(200),
    postcode: z
      .string({ error: msg("error.required") })
      .trim()
      .regex(/^[1-9]\d{3}$/, msg("praktik.error.postcode")),
    municipality: z.string({ error: msg("error.required") }).refine(isMunicipality, msg("praktik.error.choose")),
    hoursMin: number(1, 45),
    hoursMax: number(1, 45),
    availableFrom: date(),
    maxWeeks: number(1, 52, true),
    places: number(1, 50, true),
    contactName: requiredText(120),
    contactPhone: phone(),
    contactEmail: email(),
    ...Object.fromEntries(offerAccommodations.map((a) => [`acc_${a}`, z.string().optional()])),
  })
  .refine((v) => v.hoursMin <= v.hoursMax, { path: ["hoursMax"], message: msg("praktik.error.hoursOrder") })
  .transform((v) => ({
    title: v.title,
    tasks: v.tasks,
    industry: v.industry,
    address: v.address,
    postcode: v.postcode,
    municipality: v.municipality,
    hoursMin: v.hoursMin,
    hoursMax: v.hoursMax,
    availableFrom: v.availableFrom,
    maxWeeks: v.maxWeeks,
    places: v.places,
    contactName: v.contactName,
    contactPhone: v.contactPhone,
    contactEmail: v.contactEmail,
    accommodations: offerAccommodations.filter((a) => (v as Record<string, unknown>)[`acc_${a}`] === "on"),
  }));

export function requestSchema(today: string) {
  return z
    .object({
      purpose: z.enum(["retention", "hosting"], { error: msg("praktik.error.purpose") }),
      caseId: z.string().optional(),
      employeeName: optionalText(120),
      cpr: optionalText(20),
      wishedStart: date().refine((d) => d >= today, msg("praktik.error.past")),
      wishedWeeks: number(1, 52, true),
      wishedHours: number(1, 45),
      wishedTasks: requiredText(2000),
    })
    .superRefine((v, ctx) => {
      if (v.purpose !== "retention") return;
      const chosen = v.caseId && v.caseId !== "other";
      if (chosen) return;
      if (!v.employeeName) ctx.addIssue({ code: "custom", path: ["employeeName"], message: msg("praktik.error.employee") });
      const cpr = parseCpr(v.cpr ?? "", today);
      if (!cpr.ok) ctx.addIssue({ code: "custom", path: ["cpr"], message: cpr.reason === "format" ? msg("error.cprFormat") : msg("error.cprDate") });
    })
    .transform((v) => ({
      purpose: v.purpose,
      caseId: v.purpose === "retention" && v.caseId && v.caseId !== "other" ? v.caseId : undefined,
      employeeName: v.purpose === "retention" && (!v.caseId || v.caseId === "other") ? v.employeeName : undefined,
      cpr: v.purpose === "retention" && (!v.caseId || v.caseId === "other") && v.cpr ? (parseCpr(v.cpr) as { cpr: string }).cpr : undefined,
      wishedStart: v.wishedStart,
      wishedWeeks: v.wishedWeeks,
      wishedHours: v.wishedHours,
      wishedTasks: v.wishedTasks,
    }));
}

export const proposalSchema = z
  .object({
    offerId: z
      .string()
      .regex(/^[A-Za-z0-9_-]{8,64}$/)
      .optional(),
    candidateName: optionalText(120),
    targetGroup: z.enum(targetGroups, { error: msg("praktik.error.choose") }),
    startDate: date(),
    weeks: number(1, 52, true),
    hours: number(1, 45),
  })
  .refine((v) => v.offerId || v.candidateName, { path: ["candidateName"], message: msg("praktik.error.offerOrCandidate") });

/** The steps of a placement the company takes. */
export const employerPlacementIntentSchema = z.enum(["accept", "decline", "start", "checkin", "evaluate", "cancel"]);

/** What the company does with its offer: save it, or set its state. */
export const offerIntentSchema = z.enum(["save", "active", "paused", "withdrawn"]);

/** The steps of a placement the jobcenter takes. */
export const staffPlacementIntentSchema = z.enum(["propose", "approve", "start", "extend", "evaluate", "complete", "cancel"]);

export const approveSchema = z.object({ staffRepName: requiredText(120), consentDate: date() });
export const reasonSchema = z.object({ reason: requiredText(1000) });
export const extendSchema = z.object({ extraWeeks: number(1, 26, true), reason: requiredText(1000) });
export const checkinSchema = z.object({
  weekStart: date(),
  attendance: z.enum(attendances, { error: msg("praktik.error.choose") }),
  hours: number(0, 45),
  how: z.enum(hows, { error: msg("praktik.error.choose") }),
  comment: optionalText(1000),
});
export const evaluationSchema = z.object({
  how: z.enum(hows, { error: msg("praktik.error.choose") }),
  outcome: z.enum(outcomes).optional(),
  text: requiredText(2000),
});

/** The company's evaluation: how it went (the outcome is the jobcenter's to record). */
export const employerEvaluationSchema = evaluationSchema.omit({ outcome: true });
