import crypto from "node:crypto";
import { generateTOTP, getTOTPAuthUri, verifyTOTP } from "@epic-web/totp";
import QRCode from "qrcode";
import { db } from "~db/index";
import { userActor, writeAudit } from "~/models/audit.server";
import { allowHit, clearHits, hitsInWindow } from "~/models/rateLimit.server";
import {
  clearSecondFactor,
  endAllSessionsOf,
  markEnrolled,
  markSessionSecondFactor,
  replaceRecoveryCodes,
  storePendingSecret,
  totpStateOf,
  useRecoveryCode,
} from "~/models/secondFactor.server";
import { findStaff, type StaffUser } from "~/models/user.server";
import { MINUTE } from "~/utils/clock";
import { env } from "~/utils/env.server";

/** RFC 6238 as authenticator apps expect it: SHA-1, six digits, 30 seconds. */
const TOTP = { algorithm: "SHA-1", digits: 6, period: 30 } as const;
export const RECOVERY_CODE_COUNT = 10;
/** Wrong second factors before the account's second step locks, and for how long the count runs. */
export const MAX_SECOND_FACTOR_FAILURES = 5;
export const SECOND_FACTOR_LOCK_MS = 15 * MINUTE;

const failureKey = (userId: string) => `second-factor:user:${userId}`;

export type Enrolment = { secret: string; uri: string; qrSvg: string };

/** Base32 in groups of four, as the page shows it for typing into an app by hand. */
export function groupSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, "$1 ");
}

/** The not yet confirmed authenticator of a staff user being enrolled: made once, kept until confirmed. */
export async function enrolmentFor(user: StaffUser): Promise<Enrolment | null> {
  const state = await totpStateOf(db, user.id);
  if (!state || state.enrolledAt) return null;
  let secret = state.secret;
  if (!secret) {
    secret = (await generateTOTP(TOTP)).secret;
    await storePendingSecret(db, user.id, secret);
  }
  const uri = getTOTPAuthUri({ ...TOTP, secret, accountName: user.email, issuer: `Fasthold ${env().AUTHORITY_NAME}` });
  const qrSvg = await QRCode.toString(uri, { type: "svg", margin: 2, errorCorrectionLevel: "M" });
  return { secret, uri, qrSvg };
}

export async function isEnrolled(userId: string): Promise<boolean> {
  return Boolean((await totpStateOf(db, userId))?.enrolledAt);
}

function newRecoveryCode(): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  const chars = [...crypto.randomBytes(10)].map((b) => alphabet[b % alphabet.length]).join("");
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

export type SecondFactorResult = { ok: true; recoveryCodes?: string[] } | { ok: false; error: "codeInvalid" | "locked" };

async function locked(userId: string): Promise<boolean> {
  return (await hitsInWindow(db, failureKey(userId), SECOND_FACTOR_LOCK_MS)) >= MAX_SECOND_FACTOR_FAILURES;
}

async function failed(user: StaffUser): Promise<SecondFactorResult> {
  await db.transaction().execute(async (trx) => {
    await allowHit(trx, failureKey(user.id), 1_000, SECOND_FACTOR_LOCK_MS);
    await writeAudit(trx, { actor: userActor(user), action: "user.second_factor_failed", entityType: "user", entityId: user.id });
  });
  return { ok: false, error: (await locked(user.id)) ? "locked" : "codeInvalid" };
}

async function totpMatches(secret: string, code: string): Promise<boolean> {
  return Boolean(await verifyTOTP({ ...TOTP, otp: code, secret, window: 1 }));
}

/** Confirms the new authenticator with a code from it; gives the ten recovery codes, shown once. */
export async function confirmEnrolment(sessionId: string, user: StaffUser, code: string): Promise<SecondFactorResult> {
  if (await locked(user.id)) return { ok: false, error: "locked" };
  const state = await totpStateOf(db, user.id);
  if (!state?.secret || state.enrolledAt) return { ok: false, error: "codeInvalid" };
  if (!(await totpMatches(state.secret, code))) return failed(user);
  const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await db.transaction().execute(async (trx) => {
    await markEnrolled(trx, user.id);
    await replaceRecoveryCodes(trx, user.id, recoveryCodes);
    await markSessionSecondFactor(trx, sessionId, user.id);
    await writeAudit(trx, { actor: userActor(user), action: "user.second_factor_enrolled", entityType: "user", entityId: user.id });
  });
  return { ok: true, recoveryCodes };
}

/** The second step of a staff sign-in: a code from the authenticator, or an unused recovery code. */
export async function giveSecondFactor(sessionId: string, user: StaffUser, code: string): Promise<SecondFactorResult> {
  if (await locked(user.id)) return { ok: false, error: "locked" };
  const state = await totpStateOf(db, user.id);
  if (!state?.secret || !state.enrolledAt) return { ok: false, error: "codeInvalid" };
  const compact = code.replace(/\s/g, "");
  if (/^\d{6}$/.test(compact)) {
    if (!(await totpMatches(state.secret, compact))) return failed(user);
    await db.transaction().execute(async (trx) => {
      await markSessionSecondFactor(trx, sessionId, user.id);
      await writeAudit(trx, { actor: userActor(user), action: "user.second_factor_given", entityType: "user", entityId: user.id });
    });
    return { ok: true };
  }
  const used = await db.transaction().execute(async (trx) => {
    if (!(await useRecoveryCode(trx, user.id, code))) return false;
    await markSessionSecondFactor(trx, sessionId, user.id);
    await writeAudit(trx, { actor: userActor(user), action: "user.recovery_code_used", entityType: "user", entityId: user.id });
    return true;
  });
  return used ? { ok: true } : failed(user);
}

/**
 * A team lead resets a colleague's second factor (lost phone): the
 * authenticator and recovery codes are forgotten, the colleague's sessions
 * end, a lock after wrong codes is lifted, and their next sign-in enrols
 * again. Audited. Only jobcenter staff
 * can be reset; any other id answers as a missing one.
 */
export async function resetSecondFactor(teamLead: StaffUser, userId: string): Promise<boolean> {
  const colleague = await findStaff(db, userId);
  if (!colleague) return false;
  await db.transaction().execute(async (trx) => {
    await clearSecondFactor(trx, colleague.id);
    await endAllSessionsOf(trx, colleague.id);
    await clearHits(trx, failureKey(colleague.id));
    await writeAudit(trx, { actor: userActor(teamLead), action: "user.second_factor_reset", entityType: "user", entityId: colleague.id });
  });
  return true;
}

/** The demo and the end-to-end tests: staff enrolled with a known secret (DEMO_STAFF_TOTP_SECRET), so their sign-in can be completed. */
export async function currentTotpFor(secret: string): Promise<string> {
  return (await generateTOTP({ ...TOTP, secret })).otp;
}
