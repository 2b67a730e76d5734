/**
 * What the company's pages (`app/routes/virksomhed.*`, `opret-virksomhed`) accept: their forms, params
 * and query strings as zod schemas. Server only — a `.server.ts` module stays out of the browser's
 * bundle, and with it zod (an ESLint rule keeps zod out of every non-server file under app/). One
 * section per route file; praktik's forms are in `app/domain/placementForms.server.ts`.
 */
import { z } from "zod";
import { parseCpr } from "~/domain/cpr";
import { normalizeCvr } from "~/domain/cvr";
import { caseOutcomes } from "~/domain/followUp";
import { isValidDate, parseDateInput } from "~/utils/dates";
import { checkbox, email, hours, isoDate, msg, optionalPhone, optionalText, phone, requiredText } from "~/utils/forms.server";

// ---- virksomhed.fast-track.tsx ---------------------------------------------------

/** dd.mm.åååå as typed into the DKFDS date field (or ISO) becomes ISO; anything else stays for the check to refuse. */
export function normalizeDate(value: string): string {
  return parseDateInput(value) ?? value.trim();
}

/** The weekly hours still worked during a partial absence: more than none. */
export const partialHoursSchema = hours().refine((n) => n > 0, msg("error.hoursRange"));

/** The Fast Track request; `today` decides which CPR numbers can be real. */
export function fastTrackSchema(today: string) {
  return z
    .object({
      employeeName: requiredText(120),
      cpr: z
        .string({ error: msg("error.required") })
        .trim()
        .min(1, msg("error.required"))
        .transform((v, ctx) => {
          const result = parseCpr(v, today);
          if (!result.ok) {
            ctx.addIssue({ code: "custom", message: result.reason === "format" ? msg("error.cprFormat") : msg("error.cprDate") });
            return z.NEVER;
          }
          return result.cpr;
        }),
      employeeEmail: email(),
      firstAbsenceDay: z
        .string({ error: msg("error.required") })
        .transform(normalizeDate)
        .pipe(z.string().min(1, msg("error.required")).refine(isValidDate, msg("error.date"))),
      absenceType: z.enum(["full", "partial"], { error: msg("fastTrack.absenceTypeRequired") }),
      weeklyHoursWorked: z.string().optional(),
      expectsLongAbsence: checkbox().refine((v) => v, msg("fastTrack.expectsLongRequired")),
      affectedFunctions: optionalText(2000),
      affectedDuration: optionalText(1000),
      workAdapted: optionalText(2000),
      contactName: requiredText(120),
      contactPhone: phone(),
      contactEmail: email(),
    })
    .transform((v, ctx) => {
      let weeklyHoursWorked: number | null = null;
      if (v.absenceType === "partial") {
        const h = partialHoursSchema.safeParse(v.weeklyHoursWorked ?? "");
        if (!h.success) {
          ctx.addIssue({ code: "custom", path: ["weeklyHoursWorked"], message: h.error.issues[0]?.message ?? msg("error.number") });
          return z.NEVER;
        }
        weeklyHoursWorked = h.data;
      }
      const { expectsLongAbsence: _confirmed, ...rest } = v;
      return { ...rest, weeklyHoursWorked };
    });
}

// ---- virksomhed.sager.$caseId.tsx ----------------------------------------------------

export const employerCaseIntentSchema = z.object({ intent: z.enum(["reveal-cpr", "start-plan", "propose-closure"]) });
/** The company's proposal to close a case (the jobcenter confirms it). */
export const proposeClosureSchema = z
  .object({
    outcome: z.enum(caseOutcomes, { error: msg("closure.error.outcome") }),
    closedOn: isoDate(),
    note: optionalText(300),
    confirmHealth: checkbox(),
  })
  .refine((v) => v.outcome !== "other" || Boolean(v.note), { path: ["note"], message: msg("closure.error.noteRequired") });

// ---- opret-virksomhed.tsx ------------------------------------------------------------

/** A company signing up: its CVR, name and the first user. */
export const signupSchema = z.object({
  cvr: z
    .string({ error: msg("error.required") })
    .trim()
    .min(1, msg("error.required"))
    .transform((v, ctx) => {
      const cvr = normalizeCvr(v);
      if (!cvr) {
        ctx.addIssue({ code: "custom", message: msg("error.cvr") });
        return z.NEVER;
      }
      return cvr;
    }),
  companyName: requiredText(160),
  name: requiredText(120),
  email: email(),
  phone: optionalPhone(),
});

// ---- virksomhed.profil.tsx -----------------------------------------------------------

/** The newsletter switch on the company's profile. */
export const profileSubscriptionIntent = z.enum(["subscribe", "unsubscribe"]);
