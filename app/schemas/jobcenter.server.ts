/**
 * What the staff pages (`app/routes/jobcenter.*`) accept: their forms, params and query strings as
 * zod schemas. Server only — a `.server.ts` module stays out of the browser's bundle, and with it zod
 * (an ESLint rule keeps zod out of every non-server file under app/). One section per route file.
 */
import { z } from "zod";
import { AUDIT_ACTIONS } from "~/domain/auditActions";
import { caseOutcomes } from "~/domain/followUp";
import { serviceRequestStatuses } from "~/domain/serviceForm";
import { MEETING_FORMS, MEETING_KINDS } from "~/domain/slots";
import { isValidDate, parseDateInput, parseTimeInput } from "~/utils/dates";
import { checkbox, idParam, isoDate, msg, optionalPhone, optionalText, requiredText } from "~/utils/forms.server";

// ---- jobcenter._index.tsx ------------------------------------------------------------

/** Unknown query values fall back to defaults: a typed URL never breaks the desk. */
export const deskQuerySchema = z.object({
  visning: z.enum(["mine", "ufordelt", "team"]).optional().catch(undefined),
  status: z.enum(["aabne", "besvarede", "lukkede"]).catch("aabne"),
  /** A company's id (links) or part of its name (the search field). */
  virksomhed: z.string().trim().max(100).optional().catch(undefined),
  type: z.enum(["fast_track", "general", "plan_comment", "placement", "service"]).optional().catch(undefined),
});

// ---- jobcenter.henvendelser.$inquiryId.tsx -------------------------------------------

export const inquiryIntentSchema = z.enum(["take", "answer", "note", "handover", "close", "reveal-cpr", "start-plan"]);

/** The fields of the intents that have a form; each parsed into plain strings. */
export const inquiryFormSchemas: Record<"answer" | "note" | "handover", z.ZodType<Record<string, string>>> = {
  answer: z.object({ answerKind: z.enum(["reply", "call"], { error: msg("desk.answerKindRequired") }), body: requiredText(5000) }),
  note: z.object({ noteBody: requiredText(5000) }),
  handover: z.object({ handoverTo: idParam.or(z.literal("")).refine(Boolean, msg("desk.handoverToRequired")), handoverNote: requiredText(2000) }),
};

// ---- jobcenter.indsigt.tsx -----------------------------------------------------------

/** A person's keyed CPR hash in the address (never the number itself); anything else is no person. */
export const personRefQuery = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/)
  .nullable()
  .catch(null);

// ---- jobcenter.indsigt.hent.tsx ------------------------------------------------------

/** The keyed CPR hash from the look-up page, and the format of the export. */
export const accessExportQuery = z.object({ person: z.string().regex(/^[A-Za-z0-9_-]{43}$/), format: z.enum(["json", "pdf"]) });

// ---- jobcenter.kolleger.tsx ----------------------------------------------------------

export const colleagueCursorSchema = z.object({ name: z.string().max(200), id: z.string().max(100) });

export const colleagueSchema = z.object({ userId: z.string().min(1).max(100) });

// ---- jobcenter.moeder.$meetingId.tsx -------------------------------------------------

export const meetingHeldSchema = z.object({
  employerPresent: z.enum(["yes", "no"], { error: msg("error.required") }),
  summary: requiredText(2000),
  confirmHealth: checkbox(),
});

// ---- jobcenter.nyhedsbrev.$issueId._index.tsx ----------------------------------------

export const issueIntentSchema = z.enum(["save", "test", "schedule", "send-now"]);

/** When an issue is to be sent: the date as typed dd.mm.åååå, the time tt.mm. */
export const issueScheduleSchema = z.object({
  date: isoDate(),
  /** tt.mm as typed (also tt:mm): "HH:MM". */
  time: z
    .string({ error: msg("error.required") })
    .transform((v) => parseTimeInput(v) ?? v)
    .refine((v) => /^([01]\d|2[0-3]):[0-5]\d$/.test(v), msg("newsletter.error.time")),
});

// ---- jobcenter.opfoelgning.tsx -------------------------------------------------------

/**
 * "efter" is the keyset cursor: the last row's due date (with "inaktive", its last activity) and
 * case id. Anything else starts from the top. "inaktive=1": only cases without activity.
 */
export const followUpQuerySchema = z.object({
  visning: z.enum(["mine", "team"]).catch("mine"),
  inaktive: z
    .enum(["1", "on"])
    .optional()
    .catch(undefined)
    .transform((v) => v !== undefined),
  efter: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z)?_[A-Za-z0-9_-]{8,64}$/)
    .refine((v) => isValidDate(v.slice(0, 10)))
    .optional()
    .catch(undefined),
});

// ---- jobcenter.profil.tsx ------------------------------------------------------------

export const endSessionSchema = z.object({ sessionId: z.string().min(10).max(100) });

/** The staff member's own phone and the day they are away until (both may be emptied). */
export const staffProfileSchema = z.object({
  phone: optionalPhone().transform((v) => v ?? null), // null empties the stored phone
  awayUntil: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? (parseDateInput(v) ?? v) : null))
    .pipe(z.string().refine(isValidDate, msg("error.date")).nullable()),
});

// ---- jobcenter.revision.tsx (and its CSV) -------------------------------------------

const auditDay = z
  .string()
  .trim()
  .max(20)
  .optional()
  .transform((v) => (v ? (parseDateInput(v) ?? v) : undefined))
  .pipe(z.string().refine(isValidDate, msg("error.date")).optional());

/** The page's query: every part optional, each checked. */
export const auditQuerySchema = z
  .object({
    person: z
      .string()
      .regex(/^[A-Za-z0-9_-]{43}$/)
      .optional()
      .catch(undefined),
    user: z
      .string()
      .trim()
      .max(200)
      .optional()
      .transform((v) => v || undefined)
      .pipe(z.email(msg("error.email")).optional()),
    action: z.enum(AUDIT_ACTIONS).optional().catch(undefined),
    from: auditDay,
    to: auditDay,
    efter: z
      .string()
      .max(200)
      .optional()
      .transform((v) => {
        if (!v) return null;
        const [at, id] = Buffer.from(v, "base64url").toString("utf8").split("|");
        return at && id && !Number.isNaN(Date.parse(at)) ? { at, id } : null;
      }),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], message: msg("audit.toBeforeFrom") });

export type AuditQueryInput = z.infer<typeof auditQuerySchema>;

// ---- jobcenter.sager.$caseId.tsx -----------------------------------------------------

export const caseIntentSchema = z.object({
  intent: z.enum(["reveal-cpr", "take-case", "record-step", "close", "confirm-closure", "reject-closure", "reopen", "start-plan", "correct"]),
});
export const recordStepSchema = z
  .object({ stepId: idParam.catch(""), doneOn: isoDate() })
  .refine((v) => v.stepId !== "", { path: ["stepId"], message: msg("followUp.error.step") });
export const closeCaseSchema = z
  .object({
    outcome: z.enum(caseOutcomes, { error: msg("closure.error.outcome") }),
    closedOn: isoDate(),
    note: optionalText(300),
    confirmHealth: checkbox(),
  })
  .refine((v) => v.outcome !== "other" || Boolean(v.note), { path: ["note"], message: msg("closure.error.noteRequired") });
export const rejectClosureSchema = z.object({ rejectReason: requiredText(500) });
export const reopenCaseSchema = z.object({ reopenReason: requiredText(500) });

// ---- jobcenter.tider.tsx -------------------------------------------------------------

/** The first day of the calendar page; anything else is today. */
export const availabilityFromQuery = z.object({ fra: z.string().refine(isValidDate).optional().catch(undefined) });

const time = (required: boolean) =>
  z
    .string()
    .optional()
    .transform((v) => (v?.trim() ? (parseTimeInput(v) ?? "invalid") : undefined))
    .refine((v) => (v === undefined ? !required : v !== "invalid"), msg(required ? "error.required" : "error.invalid"));
const listOf = <T extends string>(values: readonly T[]) => z.array(z.enum(values as unknown as [T, ...T[]])).min(1, msg("meetings.avail.error.choose"));
/** The meeting kinds and forms a published time offers: at least one of each. */
export const availabilityKindsSchema = listOf(MEETING_KINDS);
export const availabilityFormsSchema = listOf(MEETING_FORMS);

export const availabilityRuleSchema = z
  .object({
    weekday: z.coerce.number().int().min(1).max(7),
    start: time(true),
    end: time(true),
    slotMinutes: z.coerce
      .number({ error: msg("error.number") })
      .int()
      .min(15, msg("error.invalid"))
      .max(240, msg("error.invalid")),
    location: optionalText(200),
    validFrom: isoDate(),
  })
  .refine((v) => !v.start || !v.end || v.start < v.end, { path: ["end"], message: msg("meetings.avail.error.order") });
export const availabilityExceptionSchema = z
  .object({
    type: z.enum(["blocked", "extra"]),
    date: isoDate(),
    start: time(false),
    end: time(false),
    slotMinutes: z.coerce.number().int().min(15).max(240).optional().catch(60),
    location: optionalText(200),
  })
  .refine((v) => !v.start || !v.end || v.start < v.end, { path: ["end"], message: msg("meetings.avail.error.order") })
  .refine((v) => v.type === "blocked" || (v.start && v.end), { path: ["start"], message: msg("error.required") })
  .refine((v) => Boolean(v.start) === Boolean(v.end), { path: ["end"], message: msg("error.required") });

// ---- jobcenter.tilbud._index.tsx -----------------------------------------------------

/** The state the list of requests is filtered by; anything else is all. */
export const serviceRequestStatusQuery = z.enum(serviceRequestStatuses).optional().catch(undefined);

// ---- jobcenter.vejledning.$slug.historik.tsx -----------------------------------------

/** The version a page of the history ends before; anything else is the newest. */
export const guideHistoryBeforeQuery = z.coerce.number().int().min(1).max(1_000_000).optional().catch(undefined);

// ---- jobcenter.virksomheder.tsx ------------------------------------------------------

export const companySearchQuery = z.string().max(100).catch("");

/** Verify a company, or set its contact consultant (empty: none). */
export const companyActionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("verify"), companyId: idParam }),
  z.object({ intent: z.literal("contact"), companyId: idParam, consultantId: idParam.or(z.literal("")) }),
]);
