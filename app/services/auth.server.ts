import { createCookie, redirect } from "@remix-run/node";
import { db, type DB } from "~db/index";
import type { UserRole } from "~db/schema";
import { writeAudit } from "~/models/audit.server";
import { CODE_TTL_MINUTES, consumeCode, issueCode, MAX_CODE_ATTEMPTS } from "~/models/oneTimeCode.server";
import { allowHit } from "~/models/rateLimit.server";
import {
  findActiveUserByEmail,
  findLiveSession,
  isStaff,
  langsOfAddresses,
  loadSessionUser,
  type EmployerUser,
  type SessionUser,
  type StaffUser,
} from "~/models/user.server";
import { MINUTE, now, nowIso } from "~/utils/clock";
import type { Lang } from "~/utils/dates";
import { newToken, sha256 } from "~/utils/crypto.server";
import { env } from "~/utils/env.server";
import { enqueueEmail } from "./outbox.server";

export { CODE_TTL_MINUTES, MAX_CODE_ATTEMPTS };
const SESSION_TTL_MS = 12 * 60 * MINUTE;
const WINDOW = 15 * MINUTE;
export const limits = {
  get codesPerAddress() {
    return env().SIGN_IN_CODES_PER_ADDRESS;
  },
  /** Per IP address: configurable, as one office (or a test run) may sign many people in from one address. */
  get codesPerIp() {
    return env().SIGN_IN_CODES_PER_IP;
  },
  get verifyPerAddress() {
    return env().SIGN_IN_CHECKS_PER_ADDRESS;
  },
  get verifyPerIp() {
    return env().SIGN_IN_CHECKS_PER_IP;
  },
};

// ---- Session cookie ----------------------------------------------------------

const cookies = new Map<string, ReturnType<typeof createCookie>>();

/**
 * A signed, HTTP-only cookie holding a session token; created once per name,
 * after the environment is read. Over HTTPS the __Host- prefix pins it to
 * this host, over HTTPS, for the whole site.
 */
export function sessionTokenCookie(name: string, maxAgeMs: number) {
  let cookie = cookies.get(name);
  if (!cookie) {
    const secure = env().APP_URL.startsWith("https://");
    cookie = createCookie(secure ? `__Host-${name}` : name, {
      httpOnly: true,
      secure,
      sameSite: "lax",
      path: "/",
      secrets: [env().SESSION_SECRET],
      maxAge: maxAgeMs / 1000,
    });
    cookies.set(name, cookie);
  }
  return cookie;
}

const sessionCookie = () => sessionTokenCookie("fasthold_session", SESSION_TTL_MS);

async function sessionTokenFrom(request: Request): Promise<string | null> {
  const value = await sessionCookie().parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.length > 20 ? value : null;
}

export async function createSession(trx: DB, userId: string, opts: { secondFactor?: boolean; userAgent?: string | null } = {}): Promise<string> {
  const token = newToken();
  const at = nowIso();
  await trx
    .insertInto("sessions")
    .values({
      id: sha256(token),
      user_id: userId,
      created_at: at,
      expires_at: new Date(now().getTime() + SESSION_TTL_MS).toISOString(),
      revoked_at: null,
      second_factor_at: opts.secondFactor ? at : null,
      last_seen_at: at,
      user_agent: opts.userAgent ? opts.userAgent.slice(0, 200) : null,
    })
    .execute();
  return token;
}

export async function sessionCookieHeader(token: string): Promise<string> {
  return sessionCookie().serialize(token);
}

export type SessionState = { sessionId: string; user: SessionUser; full: boolean; secondFactorPending: boolean };

const TOUCH_EVERY_MS = MINUTE;

/**
 * The request's session as it stands. Staff sessions end after
 * STAFF_SESSION_IDLE_MINUTES without a request, and count as "full" only
 * once the second factor was given; employers' sessions are full at once.
 * Every session ends 12 hours after sign-in.
 */
export async function getSessionState(request: Request): Promise<SessionState | null> {
  const token = await sessionTokenFrom(request);
  if (!token) return null;
  const id = sha256(token);
  const session = await findLiveSession(db, id, nowIso());
  if (!session) return null;
  const { user } = session;
  const staff = isStaff(user);
  const lastSeen = new Date(session.lastSeenAt ?? session.createdAt).getTime();
  const at = now().getTime();
  if (staff && at - lastSeen > env().STAFF_SESSION_IDLE_MINUTES * MINUTE) {
    await db.updateTable("sessions").set({ revoked_at: nowIso() }).where("id", "=", id).where("revoked_at", "is", null).execute();
    return null;
  }
  if (at - lastSeen > TOUCH_EVERY_MS) await db.updateTable("sessions").set({ last_seen_at: nowIso() }).where("id", "=", id).execute();
  const pending = staff && !session.secondFactorAt;
  return { sessionId: id, user, full: !pending, secondFactorPending: pending };
}

/** The signed-in user, with a full session (staff: after the second factor). */
export async function getUser(request: Request): Promise<SessionUser | null> {
  const state = await getSessionState(request);
  return state?.full ? state.user : null;
}

function notFound(): Response {
  return new Response("Not Found", { status: 404 });
}

function backHere(request: Request): string {
  const url = new URL(request.url);
  return encodeURIComponent(url.pathname + url.search);
}

/** Signed in, with one of the roles; otherwise to sign-in (or to the second factor), or a 404 that reveals nothing. */
export async function requireUser(request: Request, roles?: UserRole[]): Promise<SessionUser> {
  const state = await getSessionState(request);
  if (state && !state.full) throw redirect(`/log-ind/totp?redirectTo=${backHere(request)}`);
  const user = state?.user;
  if (!user) throw redirect(`/log-ind?redirectTo=${backHere(request)}`);
  if (roles && !roles.includes(user.role)) throw notFound();
  return user;
}

export async function requireEmployer(request: Request): Promise<EmployerUser> {
  const user = await requireUser(request, ["employer"]);
  if (!user.companyId) throw notFound();
  return user as EmployerUser;
}

export async function requireStaff(request: Request, roles: StaffUser["role"][] = ["consultant", "team_lead"]): Promise<StaffUser> {
  return (await requireUser(request, roles)) as StaffUser;
}

/** A staff user between the email code and the second factor; others are sent on (signed in: home; none: sign-in). */
export async function requirePendingSecondFactor(request: Request): Promise<{ sessionId: string; user: StaffUser }> {
  const state = await getSessionState(request);
  if (!state) throw redirect("/log-ind");
  if (state.full) throw redirect(isStaff(state.user) ? "/jobcenter" : "/virksomhed");
  return { sessionId: state.sessionId, user: state.user as StaffUser };
}

/** The current session's id (its hash), for marking it current in the list of one's sessions. */
export async function currentSessionId(request: Request): Promise<string | null> {
  const token = await sessionTokenFrom(request);
  return token ? sha256(token) : null;
}

export async function signOut(request: Request): Promise<string> {
  const token = await sessionTokenFrom(request);
  if (token) {
    await db.updateTable("sessions").set({ revoked_at: nowIso() }).where("id", "=", sha256(token)).execute();
  }
  return sessionCookie().serialize("", { maxAge: 0 });
}

// ---- Sign-in codes -----------------------------------------------------------

/**
 * Creates a sign-in code and puts its email in the outbox, inside the caller's
 * transaction. The email is in the language of the request that asked for it
 * (its `lang` cookie); without a choice there, in the language the user chose
 * earlier (`users.lang`), else Danish.
 */
export async function issueSignInCode(trx: DB, email: string, requestLang: Lang | null = null): Promise<void> {
  const lang = requestLang ?? (await langsOfAddresses(trx, [email])).get(email.toLowerCase()) ?? "da";
  const { id, code } = await issueCode(trx, { email, purpose: "sign_in" });
  const link = `${env().APP_URL}/log-ind/kode?${new URLSearchParams({ email, code })}`;
  await enqueueEmail(trx, {
    template: "sign-in-code",
    to: email,
    props: { code, link, minutes: CODE_TTL_MINUTES },
    dedupeKey: `sign-in-code:${id}`,
    lang,
  });
}

/** Limits on sending codes, per address and per IP, for every purpose. */
export async function allowCodeRequest(trx: DB, email: string, ip: string): Promise<boolean> {
  return (await allowHit(trx, `code:ip:${ip}`, limits.codesPerIp, WINDOW)) && (await allowHit(trx, `code:email:${email}`, limits.codesPerAddress, WINDOW));
}

/** Limits on entering codes, per address and per IP, for every purpose. */
export async function allowCodeAttempt(trx: DB, email: string, ip: string): Promise<boolean> {
  return (
    (await allowHit(trx, `verify:ip:${ip}`, limits.verifyPerIp, WINDOW)) && (await allowHit(trx, `verify:email:${email}`, limits.verifyPerAddress, WINDOW))
  );
}

export type CodeRequestResult = { ok: true } | { ok: false; error: "rateLimited" };

/** Always answers the same for known and unknown addresses. */
export async function requestSignInCode(email: string, ip: string, requestLang: Lang | null = null): Promise<CodeRequestResult> {
  return db.transaction().execute(async (trx) => {
    if (!(await allowCodeRequest(trx, email, ip))) return { ok: false, error: "rateLimited" } as const;
    const user = await findActiveUserByEmail(trx, email);
    if (user) await issueSignInCode(trx, user.email, requestLang);
    return { ok: true } as const;
  });
}

export type VerifyResult = { ok: true; sessionToken: string; user: SessionUser } | { ok: false; error: "rateLimited" | "codeInvalid" | "tooManyAttempts" };

export async function verifySignInCode(email: string, code: string, ip: string, userAgent: string | null = null): Promise<VerifyResult> {
  const outcome = await db.transaction().execute(async (trx) => {
    if (!(await allowCodeAttempt(trx, email, ip))) return { ok: false, error: "rateLimited" } as const;
    const check = await consumeCode(trx, { email, purpose: "sign_in", code });
    if (!check.ok) return check;
    const user = await findActiveUserByEmail(trx, email);
    if (!user) return { ok: false, error: "codeInvalid" } as const;
    const sessionToken = await createSession(trx, user.id, { userAgent });
    await writeAudit(trx, {
      actor: { kind: "user", id: user.id },
      action: "user.signed_in",
      entityType: "user",
      entityId: user.id,
      companyId: user.company_id,
    });
    return { ok: true, sessionToken, userId: user.id } as const;
  });
  if (!outcome.ok) return outcome;
  const user = await loadSessionUser(db, outcome.userId);
  if (!user) return { ok: false, error: "codeInvalid" };
  return { ok: true, sessionToken: outcome.sessionToken, user };
}

/** Revokes the session the request came with (if any): sign-in always starts a new one. */
export async function revokeCurrentSession(request: Request): Promise<void> {
  const token = await sessionTokenFrom(request);
  if (token) await db.updateTable("sessions").set({ revoked_at: nowIso() }).where("id", "=", sha256(token)).execute();
}

export function clientIp(request: Request, context?: { clientIp?: string }): string {
  return context?.clientIp || "unknown";
}
