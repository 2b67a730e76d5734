import type { DB } from "~db/index";
import { nowIso } from "~/utils/clock";
import { decryptAtRest, encryptAtRest, hmac, newId } from "~/utils/crypto.server";

/** A recovery code as the user types it: letters and digits, case and dashes ignored. */
export function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9]/g, "");
}

const recoveryHash = (code: string) => hmac(normaliseRecoveryCode(code), "recovery-code");

export async function totpStateOf(db: DB, userId: string): Promise<{ secret: string | null; enrolledAt: string | null } | null> {
  const row = await db.selectFrom("users").select(["totp_secret", "totp_enrolled_at"]).where("id", "=", userId).executeTakeFirst();
  if (!row) return null;
  return { secret: row.totp_secret ? decryptAtRest(row.totp_secret) : null, enrolledAt: row.totp_enrolled_at };
}

/** Keeps a new, not yet confirmed secret (only while the user is not enrolled). */
export async function storePendingSecret(db: DB, userId: string, secret: string): Promise<void> {
  await db
    .updateTable("users")
    .set({ totp_secret: encryptAtRest(secret) })
    .where("id", "=", userId)
    .where("totp_enrolled_at", "is", null)
    .execute();
}

export async function markEnrolled(db: DB, userId: string): Promise<void> {
  await db.updateTable("users").set({ totp_enrolled_at: nowIso() }).where("id", "=", userId).execute();
}

/** Replaces the user's recovery codes with new ones (stored hashed). */
export async function replaceRecoveryCodes(db: DB, userId: string, codes: string[]): Promise<void> {
  await db.deleteFrom("recovery_codes").where("user_id", "=", userId).execute();
  const at = nowIso();
  await db
    .insertInto("recovery_codes")
    .values(codes.map((code) => ({ id: newId(), user_id: userId, code_hash: recoveryHash(code), created_at: at, used_at: null })))
    .execute();
}

/** Uses a recovery code up; true only for an unused code of this user (at most once, even in a race). */
export async function useRecoveryCode(db: DB, userId: string, code: string): Promise<boolean> {
  const result = await db
    .updateTable("recovery_codes")
    .set({ used_at: nowIso() })
    .where("user_id", "=", userId)
    .where("code_hash", "=", recoveryHash(code))
    .where("used_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function unusedRecoveryCodes(db: DB, userId: string): Promise<number> {
  const row = await db
    .selectFrom("recovery_codes")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("user_id", "=", userId)
    .where("used_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Forgets the authenticator and the recovery codes: the next sign-in enrols again. */
export async function clearSecondFactor(db: DB, userId: string): Promise<void> {
  await db.updateTable("users").set({ totp_secret: null, totp_enrolled_at: null }).where("id", "=", userId).execute();
  await db.deleteFrom("recovery_codes").where("user_id", "=", userId).execute();
}

export async function markSessionSecondFactor(db: DB, sessionId: string, userId: string): Promise<void> {
  await db.updateTable("sessions").set({ second_factor_at: nowIso() }).where("id", "=", sessionId).where("user_id", "=", userId).execute();
}

/** The user's sessions still running (newest first). */
export async function activeSessionsOf(db: DB, userId: string) {
  return db
    .selectFrom("sessions")
    .select(["id", "created_at", "last_seen_at", "user_agent", "second_factor_at"])
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .where("expires_at", ">", nowIso())
    .orderBy("created_at", "desc")
    .limit(50)
    .execute();
}

/** Ends one of the user's own sessions; another user's session id changes nothing. */
export async function endSessionOf(db: DB, userId: string, sessionId: string): Promise<boolean> {
  const result = await db
    .updateTable("sessions")
    .set({ revoked_at: nowIso() })
    .where("id", "=", sessionId)
    .where("user_id", "=", userId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Ends every session of the user but the one in use; returns how many ended. */
export async function endOtherSessionsOf(db: DB, userId: string, keepSessionId: string): Promise<number> {
  const result = await db
    .updateTable("sessions")
    .set({ revoked_at: nowIso() })
    .where("user_id", "=", userId)
    .where("id", "!=", keepSessionId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function endAllSessionsOf(db: DB, userId: string): Promise<void> {
  await db.updateTable("sessions").set({ revoked_at: nowIso() }).where("user_id", "=", userId).where("revoked_at", "is", null).execute();
}

/** Jobcenter staff by name, with whether their authenticator is set up; keyset-paged after (name, id). */
export async function staffSecondFactorPage(db: DB, after: { name: string; id: string } | null, limit: number) {
  let query = db
    .selectFrom("users")
    .select(["id", "name", "email", "role", "totp_enrolled_at"])
    .where("role", "in", ["consultant", "team_lead"])
    .where("disabled_at", "is", null);
  if (after) query = query.where((eb) => eb.or([eb("name", ">", after.name), eb.and([eb("name", "=", after.name), eb("id", ">", after.id)])]));
  const rows = await query
    .orderBy("name")
    .orderBy("id")
    .limit(limit + 1)
    .execute();
  return { rows: rows.slice(0, limit), more: rows.length > limit };
}
