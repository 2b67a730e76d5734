import crypto from "node:crypto";
import type { DB } from "~db/index";
import type { CodePurpose } from "~db/schema";
import { MINUTE, now, nowIso } from "~/utils/clock";
import { hmac, newId, safeEqual } from "~/utils/crypto.server";

export const CODE_TTL_MINUTES = 10;
export const MAX_CODE_ATTEMPTS = 5;

function hashCode(codeId: string, code: string): string {
  return hmac(`${codeId}:${code}`, "login-code");
}

/**
 * A 6-digit code for an address and a purpose, stored as an HMAC. Earlier
 * unused codes for the same address and purpose stop working.
 */
export async function issueCode(db: DB, input: { email: string; purpose: CodePurpose; payload?: unknown }): Promise<{ id: string; code: string }> {
  const code = String(crypto.randomInt(0, 1_000_000)).padStart(6, "0");
  const id = newId();
  const at = now();
  await db
    .updateTable("login_codes")
    .set({ used_at: at.toISOString() })
    .where("email", "=", input.email)
    .where("purpose", "=", input.purpose)
    .where("used_at", "is", null)
    .execute();
  await db
    .insertInto("login_codes")
    .values({
      id,
      purpose: input.purpose,
      email: input.email,
      code_hash: hashCode(id, code),
      created_at: at.toISOString(),
      expires_at: new Date(at.getTime() + CODE_TTL_MINUTES * MINUTE).toISOString(),
      attempts: 0,
      used_at: null,
      payload: input.payload === undefined ? null : JSON.stringify(input.payload),
    })
    .execute();
  return { id, code };
}

export type CodeCheck = { ok: true; payload: unknown } | { ok: false; error: "codeInvalid" | "tooManyAttempts" };

/** Valid 10 minutes, single use, at most 5 attempts. Uses the code up when it matches. */
export async function consumeCode(db: DB, input: { email: string; purpose: CodePurpose; code: string }): Promise<CodeCheck> {
  const row = await db
    .selectFrom("login_codes")
    .selectAll()
    .where("email", "=", input.email)
    .where("purpose", "=", input.purpose)
    .where("used_at", "is", null)
    .where("expires_at", ">", nowIso())
    .orderBy("created_at", "desc")
    .executeTakeFirst();
  if (!row) return { ok: false, error: "codeInvalid" };
  if (row.attempts >= MAX_CODE_ATTEMPTS) return { ok: false, error: "tooManyAttempts" };
  if (!safeEqual(row.code_hash, hashCode(row.id, input.code))) {
    const attempts = row.attempts + 1;
    await db.updateTable("login_codes").set({ attempts }).where("id", "=", row.id).execute();
    return { ok: false, error: attempts >= MAX_CODE_ATTEMPTS ? "tooManyAttempts" : "codeInvalid" };
  }
  await db.updateTable("login_codes").set({ used_at: nowIso(), payload: null }).where("id", "=", row.id).execute();
  return { ok: true, payload: row.payload ? JSON.parse(row.payload) : null };
}
