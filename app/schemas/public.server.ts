/**
 * What the pages open to everyone accept (`kontakt.*`, `log-ind.*`, `nyhedsbrev.*`, `sprog`, `soeg`,
 * `dev.mailbox.*`): their forms, params and query strings as zod schemas. Server only — a `.server.ts`
 * module stays out of the browser's bundle, and with it zod (an ESLint rule keeps zod out of every
 * non-server file under app/). One section per route file.
 */
import { z } from "zod";
import { normalizeCvr } from "~/domain/cvr";
import { email, msg, oneTimeCode, optionalPhone, optionalText, requiredText } from "~/utils/forms.server";

/** An address in a link (`?email=`), as the sign-in and confirmation pages are opened. */
export const emailQuery = z.email();

// ---- kontakt._index.tsx --------------------------------------------------------------

/** A company's inquiry, signed in or not. */
export const inquiryFields = z
  .object({
    subject: requiredText(160),
    message: requiredText(5000),
    preferredContact: z.enum(["phone", "email", "meeting"], { error: msg("contact.preferredRequired") }),
    contactName: requiredText(120),
    contactEmail: email(),
    contactPhone: optionalPhone(),
  })
  .refine((v) => v.preferredContact === "email" || v.contactPhone, { path: ["contactPhone"], message: msg("contact.phoneRequired") });

/** What a company without an account adds: who it is. */
export const guestFields = z.object({
  companyName: requiredText(160),
  cvr: z
    .string({ error: msg("error.required") })
    .trim()
    .min(1, msg("error.required"))
    .transform((v, ctx) => normalizeCvr(v) ?? (ctx.addIssue({ code: "custom", message: msg("error.cvr") }), z.NEVER)),
});

/** The inquiry of a company without an account. */
export const guestInquiryFields = z.intersection(inquiryFields, guestFields);

// ---- kontakt.bekraeft.tsx, log-ind.kode.tsx -------------------------------------------

/** An address and the code emailed to it (the sign-in page also carries where to go next). */
export const emailCodeSchema = z.object({
  email: email(),
  code: oneTimeCode(),
});
export const signInCodeSchema = emailCodeSchema.extend({ redirectTo: z.string().optional() });

// ---- log-ind._index.tsx ---------------------------------------------------------------

export const signInSchema = z.object({ email: email(), redirectTo: z.string().optional() });

// ---- log-ind.totp.tsx ----------------------------------------------------------------

/** The first code from a new authenticator app. */
export const totpEnrolSchema = z.object({
  code: z
    .string({ error: msg("error.required") })
    .transform((v) => v.replace(/\s/g, ""))
    .pipe(
      z
        .string()
        .min(1, msg("error.required"))
        .regex(/^\d{6}$/, msg("signIn.codeFormat")),
    ),
  redirectTo: z.string().max(2000).optional(),
});

/** A code from the app (123 456) or a recovery code (abcde-12345). */
export const totpVerifySchema = z.object({
  code: z
    .string({ error: msg("error.required") })
    .trim()
    .pipe(
      z
        .string()
        .min(1, msg("error.required"))
        .max(20, msg("twoFactor.codeFormat"))
        .regex(/^(\d{3}\s?\d{3}|[A-Za-z0-9]{5}-?[A-Za-z0-9]{5})$/, msg("twoFactor.codeFormat")),
    ),
  redirectTo: z.string().max(2000).optional(),
});

// ---- nyhedsbrev._index.tsx -----------------------------------------------------------

/** Signing up for the newsletter: a company and its CVR are optional. */
export const subscribeSchema = z.object({
  name: requiredText(120),
  email: email(),
  company: optionalText(160),
  cvr: z
    .string()
    .trim()
    .optional()
    .transform((v, ctx) => {
      if (!v) return undefined;
      const cvr = normalizeCvr(v);
      if (!cvr) {
        ctx.addIssue({ code: "custom", message: msg("error.cvr") });
        return z.NEVER;
      }
      return cvr;
    }),
});

// ---- soeg.tsx -------------------------------------------------------------------------

/** The search's words; anything longer is no search. */
export const searchQuery = z.string().trim().max(100).catch("");

// ---- sprog.tsx ------------------------------------------------------------------------

/** The language switch: the language and the page to go back to. */
export const languageSchema = z.object({ lang: z.enum(["da", "en"]), redirectTo: z.string().optional() });

// ---- dev.mailbox.$id.tsx --------------------------------------------------------------

/** Which attachment of a local email to download (`?vedhaeftning=0`). */
export const attachmentIndexQuery = z.coerce.number().int().min(0).max(20);
