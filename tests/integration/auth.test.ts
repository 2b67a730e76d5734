import { describe, expect, it } from "vitest";
import { db } from "~db/index";
import { action as codeAction, loader as codeLoader } from "~/routes/log-ind.kode";
import { action as signInAction } from "~/routes/log-ind._index";
import { action as signOutAction } from "~/routes/log-ud";
import { loader as casesLoader } from "~/routes/virksomhed._index";
import { getUser, limits, MAX_CODE_ATTEMPTS } from "~/services/auth.server";
import { advanceClock, MINUTE, setNow } from "~/utils/clock";
import { makeEmployer } from "../support/factories";
import { codeIn, deliverAll, emailJobs, lastMailTo, mailsTo } from "../support/mail";
import { callAction, callLoader, formRequest, getRequest, jsonOf } from "../support/requests";

async function requestCode(email: string, ip = "198.51.100.1") {
  return callAction(signInAction, formRequest("/log-ind", { email }), { ip });
}

async function submitCode(email: string, code: string, ip = "198.51.100.1", cookie?: string) {
  return callAction(codeAction, formRequest("/log-ind/kode", { email, code }, cookie), { ip });
}

async function freshCode(email: string, ip?: string) {
  await requestCode(email, ip);
  await deliverAll();
  return codeIn((await lastMailTo(email, /kode/i)).text);
}

function sessionCookieFrom(response: Response): string {
  const header = response.headers.get("Set-Cookie") ?? "";
  return header.split(";")[0];
}

describe("sign-in by email code", () => {
  it("sends a code to a known address and signs in with it, once", async () => {
    const { user } = await makeEmployer();
    const res = await requestCode(user.email);
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toContain("/log-ind/kode?email=");
    await deliverAll();
    const mail = await lastMailTo(user.email);
    expect(mail.subject).toMatch(/Din kode til Fasthold: \d{6}/);
    const code = codeIn(mail.text);

    const signedIn = await submitCode(user.email, code);
    expect(signedIn.status).toBe(302);
    expect(signedIn.headers.get("Location")).toBe("/virksomhed");
    const cookie = sessionCookieFrom(signedIn);
    expect(cookie).toMatch(/^fasthold_session=/);
    expect((await getUser(getRequest("/", cookie)))?.id).toBe(user.id);

    // Single use.
    const again = await submitCode(user.email, code);
    expect(again.status).toBe(400);
    expect((await jsonOf(again)).errors.code).toMatch(/forkert eller udløbet/);
  });

  it("stores the code hashed and erases it from the outbox once delivered", async () => {
    const { user } = await makeEmployer();
    await requestCode(user.email);
    const queued = (await emailJobs()).find((j) => j.payload.to.includes(user.email) && j.payload.template === "sign-in-code")!;
    const code = queued.payload.props.code as string;
    const row = await db.selectFrom("login_codes").selectAll().where("email", "=", user.email).executeTakeFirstOrThrow();
    expect(row.code_hash).not.toContain(code);
    await deliverAll();
    const done = await db.selectFrom("jobs").select("payload").where("id", "=", queued.id).executeTakeFirstOrThrow();
    expect(done.payload).not.toContain(code);
  });

  it("answers an unknown address exactly like a known one, and sends nothing", async () => {
    const before = (await emailJobs()).length;
    const res = await requestCode("nobody@example.test");
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toContain("/log-ind/kode?email=nobody%40example.test");
    expect((await emailJobs()).length).toBe(before);
    expect(await mailsTo("nobody@example.test")).toHaveLength(0);
  });

  it("expires the code after 10 minutes", async () => {
    setNow("2026-11-23T09:00:00Z");
    const { user } = await makeEmployer();
    const code = await freshCode(user.email);
    advanceClock(10 * MINUTE + 1000);
    const res = await submitCode(user.email, code);
    expect(res.status).toBe(400);
  });

  it(`blocks the code after ${MAX_CODE_ATTEMPTS} wrong attempts, even for the right code`, async () => {
    const { user } = await makeEmployer();
    const code = await freshCode(user.email);
    const wrong = code === "000000" ? "111111" : "000000";
    for (let i = 1; i <= MAX_CODE_ATTEMPTS; i++) {
      const res = await submitCode(user.email, wrong);
      expect(res.status).toBe(400);
      const message = (await jsonOf(res)).errors.code;
      expect(message).toMatch(i < MAX_CODE_ATTEMPTS ? /forkert/ : /spærret/);
    }
    const right = await submitCode(user.email, code);
    expect(right.status).toBe(400);
    expect((await jsonOf(right)).errors.code).toMatch(/spærret/);
  });

  it("only the newest code works", async () => {
    const { user } = await makeEmployer();
    const first = await freshCode(user.email);
    const second = await freshCode(user.email);
    if (first !== second) expect((await submitCode(user.email, first)).status).toBe(400);
    expect((await submitCode(user.email, second)).status).toBe(302);
  });

  it("rate-limits code requests per address and per IP", async () => {
    const { user } = await makeEmployer();
    for (let i = 0; i < limits.codesPerAddress; i++) expect((await requestCode(user.email, `192.0.2.${i}`)).status).toBe(302);
    const limited = await requestCode(user.email, "192.0.2.200");
    expect(limited.status).toBe(429);
    expect((await jsonOf(limited)).errors.email).toMatch(/For mange forsøg/);

    for (let i = 0; i < limits.codesPerIp; i++) expect((await requestCode(`x${i}@example.test`, "192.0.2.99")).status).toBe(302);
    expect((await requestCode("another@example.test", "192.0.2.99")).status).toBe(429);

    advanceClock(16 * MINUTE);
    expect((await requestCode(user.email, "192.0.2.201")).status).toBe(302);
  });

  it("rate-limits code attempts per IP", async () => {
    for (let i = 0; i < limits.verifyPerIp; i++) await submitCode(`guess${i}@example.test`, "123456", "192.0.2.50");
    const res = await submitCode("guess-last@example.test", "123456", "192.0.2.50");
    expect(res.status).toBe(429);
  });

  it("the emailed link opens a confirm page and does not sign in by itself", async () => {
    const { user } = await makeEmployer();
    const code = await freshCode(user.email);
    const res = await callLoader(codeLoader, getRequest(`/log-ind/kode?email=${encodeURIComponent(user.email)}&code=${code}`));
    expect(res.status).toBe(200);
    expect(await jsonOf(res)).toMatchObject({ email: user.email, code });
    const codeRow = await db
      .selectFrom("login_codes")
      .select("used_at")
      .where("email", "=", user.email)
      .orderBy("created_at", "desc")
      .executeTakeFirstOrThrow();
    expect(codeRow.used_at).toBeNull();
    expect((await submitCode(user.email, code)).status).toBe(302);
  });

  it("rejects malformed posts with 400 and a message per field", async () => {
    const res = await callAction(signInAction, formRequest("/log-ind", { email: "not an email" }));
    expect(res.status).toBe(400);
    expect((await jsonOf(res)).errors.email).toMatch(/gyldig e-mailadresse/);
    const res2 = await callAction(codeAction, formRequest("/log-ind/kode", { email: "a@example.test", code: "12ab" }));
    expect(res2.status).toBe(400);
    expect((await jsonOf(res2)).errors.code).toBe("Koden er 6 cifre.");
    const res3 = await callAction(codeAction, formRequest("/log-ind/kode", {}));
    expect(res3.status).toBe(400);
  });

  it("renews the session at sign-in and revokes it at sign-out", async () => {
    const { user, cookie: oldCookie } = await makeEmployer();
    const code = await freshCode(user.email);
    const res = await submitCode(user.email, code, undefined, oldCookie);
    const newCookie = sessionCookieFrom(res);
    expect(newCookie).not.toBe(oldCookie);
    expect(await getUser(getRequest("/", oldCookie))).toBeNull();
    expect((await getUser(getRequest("/", newCookie)))?.id).toBe(user.id);

    const out = await callAction(signOutAction, formRequest("/log-ud", {}, newCookie));
    expect(out.status).toBe(302);
    expect(await getUser(getRequest("/", newCookie))).toBeNull();
    const page = await callLoader(casesLoader, getRequest("/virksomhed", newCookie));
    expect(page.status).toBe(302);
    expect(page.headers.get("Location")).toBe("/log-ind?redirectTo=%2Fvirksomhed");
  });

  it("expires sessions after 12 hours", async () => {
    setNow("2026-11-23T08:00:00Z");
    const { cookie } = await makeEmployer();
    advanceClock(11 * 60 * MINUTE);
    expect(await getUser(getRequest("/", cookie))).not.toBeNull();
    advanceClock(61 * MINUTE);
    expect(await getUser(getRequest("/", cookie))).toBeNull();
  });

  it("ends a disabled user's sessions: the session and its user are looked up together", async () => {
    const { user, cookie } = await makeEmployer();
    expect((await getUser(getRequest("/", cookie)))?.companyName).toBeTruthy();
    await db.updateTable("users").set({ disabled_at: new Date().toISOString() }).where("id", "=", user.id).execute();
    expect(await getUser(getRequest("/", cookie))).toBeNull();
    const page = await callLoader(casesLoader, getRequest("/virksomhed", cookie));
    expect(page.status).toBe(302);
    expect(page.headers.get("Location")).toBe("/log-ind?redirectTo=%2Fvirksomhed");
  });
});
