import { generateTOTP } from "@epic-web/totp";
import { describe, expect, it } from "vitest";
import { db } from "~db/index";
import { action as codeAction } from "~/routes/log-ind.kode";
import { action as signInAction } from "~/routes/log-ind._index";
import { action as totpAction, loader as totpLoader } from "~/routes/log-ind.totp";
import { loader as deskLoader } from "~/routes/jobcenter._index";
import { loader as profileLoader, action as profileAction } from "~/routes/jobcenter.profil";
import { action as colleaguesAction, loader as colleaguesLoader } from "~/routes/jobcenter.kolleger";
import { getUser } from "~/services/auth.server";
import { decryptAtRest } from "~/utils/crypto.server";
import { advanceClock, MINUTE, setNow } from "~/utils/clock";
import { resetEnvCache } from "~/utils/env.server";
import { cookieFor, halfSignedInCookieFor, makeEmployer, makeUser } from "../support/factories";
import { codeIn, deliverAll, lastMailTo } from "../support/mail";
import { callAction, callLoader, formRequest, getRequest, jsonOf } from "../support/requests";

const cookieOf = (response: Response) => (response.headers.get("Set-Cookie") ?? "").split(";")[0];
const totpOf = async (secret: string) => (await generateTOTP({ secret, algorithm: "SHA-1", digits: 6, period: 30 })).otp;

/** Email code step: returns the half-signed-in cookie and where it was sent. */
async function emailStep(email: string) {
  await callAction(signInAction, formRequest("/log-ind", { email }));
  await deliverAll();
  const code = codeIn((await lastMailTo(email, /kode/i)).text);
  const res = await callAction(codeAction, formRequest("/log-ind/kode", { email, code }));
  return { cookie: cookieOf(res), location: res.headers.get("Location") };
}

async function secretOf(userId: string) {
  const row = await db.selectFrom("users").select("totp_secret").where("id", "=", userId).executeTakeFirstOrThrow();
  return decryptAtRest(row.totp_secret!);
}

async function enrol(email: string, userId: string) {
  const { cookie } = await emailStep(email);
  await callLoader(totpLoader, getRequest("/log-ind/totp", cookie));
  const res = await callAction(totpAction, formRequest("/log-ind/totp", { code: await totpOf(await secretOf(userId)) }, cookie));
  return { cookie, res };
}

describe("staff two-factor sign-in", () => {
  it("a first sign-in enrols: QR code and secret, confirmation, ten recovery codes stored hashed; the secret is encrypted at rest", async () => {
    const staff = await makeUser("consultant");
    const { cookie, location } = await emailStep(staff.email);
    expect(location).toBe("/log-ind/totp");
    // Half signed in: nothing else is reachable.
    expect(await getUser(getRequest("/jobcenter", cookie))).toBeNull();
    const desk = await callLoader(deskLoader, getRequest("/jobcenter", cookie));
    expect(desk.status).toBe(302);
    expect(desk.headers.get("Location")).toMatch(/^\/log-ind\/totp\?redirectTo=/);

    const page = await jsonOf(await callLoader(totpLoader, getRequest("/log-ind/totp", cookie)));
    expect(page.enrolment.qrSvg).toMatch(/^<svg/);
    const secret = page.enrolment.secret.replace(/\s/g, "");
    const stored = await db.selectFrom("users").select("totp_secret").where("id", "=", staff.id).executeTakeFirstOrThrow();
    expect(stored.totp_secret).not.toContain(secret);
    expect(await secretOf(staff.id)).toBe(secret);

    const wrong = await callAction(totpAction, formRequest("/log-ind/totp", { code: "000000" }, cookie));
    expect(wrong.status).toBe(400);
    const ok = await callAction(totpAction, formRequest("/log-ind/totp", { code: await totpOf(secret) }, cookie));
    expect(ok.status).toBe(200);
    const { recoveryCodes } = await jsonOf(ok);
    expect(recoveryCodes).toHaveLength(10);
    const rows = await db.selectFrom("recovery_codes").selectAll().where("user_id", "=", staff.id).execute();
    expect(rows).toHaveLength(10);
    expect(rows.map((r) => r.code_hash)).not.toContain(recoveryCodes[0]);
    expect((await getUser(getRequest("/jobcenter", cookie)))?.id).toBe(staff.id);
    const audit = await db.selectFrom("audit_log").select("action").where("entity_id", "=", staff.id).execute();
    expect(audit.map((a) => a.action)).toContain("user.second_factor_enrolled");
  });

  it("later sign-ins need the TOTP code; a recovery code works once", async () => {
    const staff = await makeUser("team_lead");
    const { res } = await enrol(staff.email, staff.id);
    const { recoveryCodes } = await jsonOf(res);

    const second = await emailStep(staff.email);
    expect(await getUser(getRequest("/", second.cookie))).toBeNull();
    const page = await jsonOf(await callLoader(totpLoader, getRequest("/log-ind/totp", second.cookie)));
    expect(page.enrolment).toBeNull();
    const given = await callAction(
      totpAction,
      formRequest("/log-ind/totp", { code: await totpOf(await secretOf(staff.id)), redirectTo: "/jobcenter/rapport" }, second.cookie),
    );
    expect(given.status).toBe(302);
    expect(given.headers.get("Location")).toBe("/jobcenter/rapport");
    expect((await getUser(getRequest("/", second.cookie)))?.id).toBe(staff.id);

    const third = await emailStep(staff.email);
    const viaRecovery = await callAction(totpAction, formRequest("/log-ind/totp", { code: recoveryCodes[3].toUpperCase() }, third.cookie));
    expect(viaRecovery.status).toBe(302);
    const fourth = await emailStep(staff.email);
    const reused = await callAction(totpAction, formRequest("/log-ind/totp", { code: recoveryCodes[3] }, fourth.cookie));
    expect(reused.status).toBe(400);
    expect(await getUser(getRequest("/", fourth.cookie))).toBeNull();
  });

  it("five wrong codes lock the second step for a while, even for the right code; it opens again later", async () => {
    setNow("2026-12-02T08:00:00.000Z");
    const staff = await makeUser("consultant");
    await enrol(staff.email, staff.id);
    const cookie = await halfSignedInCookieFor(staff.id);
    for (let i = 0; i < 4; i++) expect((await callAction(totpAction, formRequest("/log-ind/totp", { code: "000000" }, cookie))).status).toBe(400);
    const fifth = await callAction(totpAction, formRequest("/log-ind/totp", { code: "000000" }, cookie));
    expect(fifth.status).toBe(429);
    expect((await jsonOf(fifth)).errors.code).toMatch(/spærret/);
    const right = await callAction(totpAction, formRequest("/log-ind/totp", { code: await totpOf(await secretOf(staff.id)) }, cookie));
    expect(right.status).toBe(429);
    expect(await getUser(getRequest("/", cookie))).toBeNull();
    advanceClock(31 * MINUTE);
    const fresh = await halfSignedInCookieFor(staff.id);
    const later = await callAction(totpAction, formRequest("/log-ind/totp", { code: await totpOf(await secretOf(staff.id)) }, fresh));
    expect(later.status).toBe(302);
  });

  it("employers sign in with the emailed code alone; an employer cannot reach the second-factor page", async () => {
    const { user } = await makeEmployer();
    const { cookie, location } = await emailStep(user.email);
    expect(location).toBe("/virksomhed");
    expect((await getUser(getRequest("/", cookie)))?.id).toBe(user.id);
    const page = await callLoader(totpLoader, getRequest("/log-ind/totp", cookie));
    expect(page.status).toBe(302);
    expect(page.headers.get("Location")).toBe("/virksomhed");
  });

  it("staff sessions end after 30 minutes idle; employers' do not", async () => {
    process.env.STAFF_SESSION_IDLE_MINUTES = "30";
    resetEnvCache();
    try {
      setNow("2026-12-02T08:00:00.000Z");
      const staff = await makeUser("consultant");
      const staffCookie = await cookieFor(staff.id);
      const { user, cookie: employerCookie } = await makeEmployer();
      advanceClock(25 * MINUTE);
      expect((await getUser(getRequest("/", staffCookie)))?.id).toBe(staff.id);
      advanceClock(25 * MINUTE);
      expect((await getUser(getRequest("/", staffCookie)))?.id).toBe(staff.id);
      advanceClock(31 * MINUTE);
      expect(await getUser(getRequest("/", staffCookie))).toBeNull();
      expect((await getUser(getRequest("/", employerCookie)))?.id).toBe(user.id);
      // 12 hours in all, for everyone.
      advanceClock(12 * 60 * MINUTE);
      expect(await getUser(getRequest("/", employerCookie))).toBeNull();
    } finally {
      process.env.STAFF_SESSION_IDLE_MINUTES = "1440";
      resetEnvCache();
    }
  });

  it("staff see their active sessions and end another one; another user's session id changes nothing", async () => {
    const staff = await makeUser("consultant");
    const here = await cookieFor(staff.id);
    const there = await cookieFor(staff.id);
    const other = await makeUser("consultant");
    const othersCookie = await cookieFor(other.id);
    const profile = await jsonOf(await callLoader(profileLoader, getRequest("/jobcenter/profil", here)));
    expect(profile.sessions).toHaveLength(2);
    expect(profile.sessions.filter((s: { current: boolean }) => s.current)).toHaveLength(1);
    const thereId = profile.sessions.find((s: { current: boolean }) => !s.current).id;

    const othersId = (await jsonOf(await callLoader(profileLoader, getRequest("/jobcenter/profil", othersCookie)))).sessions[0].id;
    const foreign = await callAction(profileAction, formRequest("/jobcenter/profil", { intent: "endSession", sessionId: othersId }, here));
    expect(foreign.status).toBe(404);
    expect((await getUser(getRequest("/", othersCookie)))?.id).toBe(other.id);

    const ended = await callAction(profileAction, formRequest("/jobcenter/profil", { intent: "endSession", sessionId: thereId }, here));
    expect(ended.status).toBe(302);
    expect(await getUser(getRequest("/", there))).toBeNull();
    expect((await getUser(getRequest("/", here)))?.id).toBe(staff.id);
  });

  it("a team lead resets a colleague's second factor (audited): their sessions end and the next sign-in enrols again; consultants cannot", async () => {
    const lead = await makeUser("team_lead");
    const colleague = await makeUser("consultant");
    await enrol(colleague.email, colleague.id);
    const colleagueCookie = await cookieFor(colleague.id);
    const consultantCookie = await cookieFor((await makeUser("consultant")).id);
    expect((await callLoader(colleaguesLoader, getRequest("/jobcenter/kolleger", consultantCookie))).status).toBe(404);
    expect((await callAction(colleaguesAction, formRequest("/jobcenter/kolleger", { userId: colleague.id }, consultantCookie))).status).toBe(404);

    const leadCookie = await cookieFor(lead.id);
    const list = await jsonOf(await callLoader(colleaguesLoader, getRequest("/jobcenter/kolleger", leadCookie)));
    expect(list.colleagues.find((c: { id: string }) => c.id === colleague.id).enrolled).toBe(true);
    const reset = await callAction(colleaguesAction, formRequest("/jobcenter/kolleger", { userId: colleague.id }, leadCookie));
    expect(reset.status).toBe(302);
    expect(await getUser(getRequest("/", colleagueCookie))).toBeNull();
    const row = await db.selectFrom("users").select(["totp_secret", "totp_enrolled_at"]).where("id", "=", colleague.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ totp_secret: null, totp_enrolled_at: null });
    const audit = await db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "user.second_factor_reset")
      .where("entity_id", "=", colleague.id)
      .executeTakeFirst();
    expect(audit?.actor_id).toBe(lead.id);
    const { cookie } = await emailStep(colleague.email);
    expect((await jsonOf(await callLoader(totpLoader, getRequest("/log-ind/totp", cookie)))).enrolment).not.toBeNull();

    // An employer's id answers as a missing one.
    const { user: employer } = await makeEmployer();
    expect((await callAction(colleaguesAction, formRequest("/jobcenter/kolleger", { userId: employer.id }, leadCookie))).status).toBe(404);
  });
});
