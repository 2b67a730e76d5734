import crypto from "node:crypto";
import { env } from "./env.server";

/** Random ids: not guessable, not sequential. */
export function newId(): string {
  return crypto.randomBytes(12).toString("base64url");
}

/** A token for a link or a cookie: 256 bits. */
export function newToken(): string {
  return crypto.randomBytes(32).toString("base64url");
}

export function sha256(value: string): string {
  return crypto.createHash("sha256").update(value).digest("base64url");
}

export function hmac(value: string, purpose: string): string {
  return crypto.createHmac("sha256", `${env().SESSION_SECRET}:${purpose}`).update(value).digest("base64url");
}

export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && crypto.timingSafeEqual(ab, bb);
}

// ---- CPR at rest -----------------------------------------------------------

function cprKey(): Buffer {
  return Buffer.from(env().CPR_ENCRYPTION_KEY, "base64");
}

/** AES-256-GCM: "v1.<iv>.<tag>.<ciphertext>", each base64url. */
export function encryptCpr(cpr: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", cprKey(), iv);
  const ciphertext = Buffer.concat([cipher.update(cpr, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return ["v1", iv, tag, ciphertext].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
}

export function decryptCpr(stored: string): string {
  const [version, iv, tag, ciphertext] = stored.split(".");
  if (version !== "v1") throw new Error("unknown CPR encryption version");
  const decipher = crypto.createDecipheriv("aes-256-gcm", cprKey(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
}

/** Another secret kept at rest the same way (AES-256-GCM under the same key), e.g. a staff user's TOTP secret. */
export const encryptAtRest = encryptCpr;
export const decryptAtRest = decryptCpr;

/** Finds the same person again without decrypting every row. */
export function cprLookupHash(cpr: string): string {
  return crypto.createHmac("sha256", cprKey()).update(`cpr:${cpr}`).digest("base64url");
}
