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
  // Both updates are conditional and atomic, so processes checking the same code at once can neither
  // lose a counted attempt nor both use the code.
  if (!safeEqual(row.code_hash, hashCode(row.id, input.code))) {
    const counted = await db
      .updateTable("login_codes")
      .set((eb) => ({ attempts: eb("attempts", "+", 1) }))
      .where("id", "=", row.id)
      .where("attempts", "<", MAX_CODE_ATTEMPTS)
      .returning("attempts")
      .executeTakeFirst();
    return { ok: false, error: !counted || Number(counted.attempts) >= MAX_CODE_ATTEMPTS ? "tooManyAttempts" : "codeInvalid" };
  }
  const used = await db
    .updateTable("login_codes")
    .set({ used_at: nowIso(), payload: null })
    .where("id", "=", row.id)
    .where("used_at", "is", null)
    .where("attempts", "<", MAX_CODE_ATTEMPTS)
    .executeTakeFirst();
  if (Number(used.numUpdatedRows) !== 1) return { ok: false, error: "codeInvalid" };
  return { ok: true, payload: row.payload ? JSON.parse(row.payload) : null };
}
