import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

const base64Key = z.string().refine((v) => Buffer.from(v, "base64").length === 32, "must be 32 bytes, base64-encoded");

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    /** Public address of the portal, used in emailed links. */
    APP_URL: z.url().optional(),
    DATABASE_PATH: z.string().min(1).default("data/fasthold.db"),
    /** postgres://… selects PostgreSQL (several app processes on one database); unset: the SQLite file. */
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
      .optional(),
    SESSION_SECRET: z.string().min(32).optional(),
    CPR_ENCRYPTION_KEY: base64Key.optional(),
    RESEND_API_KEY: z.string().min(1).optional(),
    RESEND_BASE_URL: z.url().optional(),
    MAIL_FROM: z.string().min(3).default("Fasthold – Jobcenter <fasthold@jobcenter.example>"),
    /** The authority responsible for the portal, shown in the header and footer (DKFDS) and on the statements. */
    AUTHORITY_NAME: z.string().min(2).max(120).default("Jobcenter Eksempelby"),
    AUTHORITY_PHONE: z.string().min(3).max(40).default("70 10 20 30"),
    AUTHORITY_EMAIL: z.email().default("jobcenter@jobcenter.example"),
    JOB_POLL_MS: z.coerce.number().int().min(50).default(1000),
    /** The response-time promise for company inquiries. */
    INQUIRY_RESPONSE_HOURS: z.coerce.number().positive().default(24),
    /** Praktik: the most weeks per target group before an extension (job-ready: 4 by law). */
    PLACEMENT_MAX_WEEKS_SICK_LEAVE: z.coerce.number().int().min(1).max(52).default(13),
    PLACEMENT_MAX_WEEKS_ACTIVITY_READY: z.coerce.number().int().min(1).max(52).default(13),
    PLACEMENT_MAX_WEEKS_JOB_READY: z.coerce.number().int().min(1).max(4).default(4),
    /** Sign-in: codes sent and code checks per IP address in 15 minutes. */
    SIGN_IN_CODES_PER_IP: z.coerce.number().int().min(1).max(100_000).default(20),
    SIGN_IN_CHECKS_PER_IP: z.coerce.number().int().min(1).max(100_000).default(30),
    SIGN_IN_CODES_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(5),
    SIGN_IN_CHECKS_PER_ADDRESS: z.coerce.number().int().min(1).max(100_000).default(10),
    /** Meetings: the parties may move or cancel until this many hours before the start. */
    MEETING_CHANGE_CUTOFF_HOURS: z.coerce.number().min(0).max(336).default(24),
    /** Meetings: the earliest bookable slot is this many hours from now. */
    MEETING_MIN_NOTICE_HOURS: z.coerce.number().min(0).max(336).default(24),
    /** Newsletter: requests a second to Resend's batch endpoint (stays below their limit). */
    NEWSLETTER_REQUESTS_PER_SECOND: z.coerce.number().positive().max(10_000).default(2),
    /** Resend's webhook signing secret (whsec_…); without it the webhook endpoint refuses everything. */
    RESEND_WEBHOOK_SECRET: z.string().min(10).optional(),
    /** Staff sessions end after this many minutes without a request (employers: only the 12 hours in all). */
    STAFF_SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(30),
    /** The seed enrols the demo staff users' authenticators with this base32 secret (tests and the demo); unset: they enrol at first sign-in. */
    DEMO_STAFF_TOTP_SECRET: z
      .string()
      .regex(/^[A-Z2-7]{16,64}$/, "must be a base32 secret (A–Z, 2–7), 16 to 64 characters")
      .optional(),
    /** An open case with no activity for this many days is flagged on the worklist (README, "Retention and deletion"). */
    INACTIVE_CASE_DAYS: z.coerce.number().int().min(1).max(3650).default(28),
    /** Retention (README, "Retention and deletion"): months after a case's closing day until its personal data is removed. */
    RETENTION_CLOSED_CASE_MONTHS: z.coerce.number().int().min(1).max(240).default(24),
    /** Months after a Fast Track request was declined or expired until its texts (and a case without a plan) are removed. */
    RETENTION_DECLINED_FAST_TRACK_MONTHS: z.coerce.number().int().min(1).max(240).default(3),
    /** Months after a guest's (no account) inquiry was closed until its contact details and messages are removed. */
    RETENTION_GUEST_INQUIRY_MONTHS: z.coerce.number().int().min(1).max(240).default(6),
    /** Days after a newsletter subscriber left until only a suppression hash of the address remains. */
    RETENTION_UNSUBSCRIBED_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
    /** Days the demo mailbox keeps a delivered email's content. */
    RETENTION_MAILBOX_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
    /** A public demo on purpose: allows the demo mailbox (every sign-in code, to anyone) on an https:// address. */
    DEMO: z.stringbool().default(false),
  })
  .superRefine((e, ctx) => {
    // The demo mailbox shows every sign-in code to whoever opens it: fine on a
    // developer's machine, an open door on a public (https) address.
    if (e.APP_URL?.startsWith("https://") && !e.RESEND_API_KEY && !e.DEMO) {
      ctx.addIssue({
        code: "custom",
        path: ["RESEND_API_KEY"],
        message:
          "APP_URL is an https:// address but RESEND_API_KEY is not set, so every sign-in code would be shown to anyone in the demo mailbox at /dev/mailbox. Set RESEND_API_KEY, or DEMO=1 for a public demo on purpose.",
      });
    }
  });

export type Env = z.infer<typeof schema> & {
  APP_URL: string;
  SESSION_SECRET: string;
  CPR_ENCRYPTION_KEY: string;
};

/**
 * Secrets come from the environment. For the offline demo, missing ones are
 * generated once and kept beside the database, so a restart keeps sessions
 * valid and encrypted CPR numbers readable.
 */
function localSecrets(databasePath: string): { SESSION_SECRET: string; CPR_ENCRYPTION_KEY: string } {
  const file = path.join(path.dirname(path.resolve(databasePath)), "secrets.json");
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    const secrets = {
      SESSION_SECRET: crypto.randomBytes(32).toString("base64url"),
      CPR_ENCRYPTION_KEY: crypto.randomBytes(32).toString("base64"),
    };
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
    console.warn(`No SESSION_SECRET/CPR_ENCRYPTION_KEY set: generated local ones in ${file}`);
    return secrets;
  }
}

let cached: Env | null = null;

export function env(): Env {
  if (cached) return cached;
  // An empty variable (`RESEND_API_KEY=`) means unset, as in most .env files.
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== "")));
  if (!parsed.success) {
    throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`);
  }
  const e = parsed.data;
  const needLocal = !e.SESSION_SECRET || !e.CPR_ENCRYPTION_KEY;
  const local = needLocal ? localSecrets(e.DATABASE_PATH) : null;
  cached = {
    ...e,
    APP_URL: (e.APP_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ""),
    SESSION_SECRET: e.SESSION_SECRET ?? local!.SESSION_SECRET,
    CPR_ENCRYPTION_KEY: e.CPR_ENCRYPTION_KEY ?? local!.CPR_ENCRYPTION_KEY,
  };
  return cached;
}

/** Tests only: read the environment again. */
export function resetEnvCache(): void {
  cached = null;
}

/** Real mail goes through Resend; otherwise the local mailbox at /dev/mailbox. */
export function usesLocalMailbox(): boolean {
  return !env().RESEND_API_KEY;
}

export function placementDurationConfig() {
  const e = env();
  return { sick_leave: e.PLACEMENT_MAX_WEEKS_SICK_LEAVE, activity_ready: e.PLACEMENT_MAX_WEEKS_ACTIVITY_READY, job_ready: e.PLACEMENT_MAX_WEEKS_JOB_READY };
}

/** The responsible authority's name and contact, as the pages show it. */
export function authority(): { name: string; phone: string; email: string } {
  const e = env();
  return { name: e.AUTHORITY_NAME, phone: e.AUTHORITY_PHONE, email: e.AUTHORITY_EMAIL };
}
