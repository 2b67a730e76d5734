import { describe, expect, it } from "vitest";
import { db } from "~db/index";
import { setContactConsultant } from "~/models/company.server";
import { action as signInAction } from "~/routes/log-ind._index";
import { action as langAction } from "~/routes/sprog";
import { runDueJobs } from "~/services/jobs.server";
import { HOUR, setNow } from "~/utils/clock";
import { langCookie } from "~/utils/i18n.server";
import { deskAction, sendInquiry } from "../support/desk";
import { cookieFor, makeEmployer, makeUser } from "../support/factories";
import { codeIn, deliverAll, emailJobs, lastMailTo, mailsTo } from "../support/mail";
import { callAction, formRequest } from "../support/requests";

/** The Cookie header part of a chosen language, as the browser sends it after POST /sprog. */
async function langCookieFor(lang: "da" | "en"): Promise<string> {
  return (await langCookie().serialize(lang)).split(";")[0];
}

/** A signed-in user switches language at /sprog, as the header's form does. */
async function chooseLanguage(sessionCookie: string, lang: "da" | "en") {
  const res = await callAction(langAction, formRequest("/sprog", { lang, redirectTo: "/" }, sessionCookie));
  expect(res.status).toBe(302);
}

async function langOfUser(id: string) {
  return (await db.selectFrom("users").select("lang").where("id", "=", id).executeTakeFirstOrThrow()).lang;
}

describe("emails in the reader's language", () => {
  it("stores a signed-in user's choice at /sprog; a visitor's choice changes no user", async () => {
    const { user, cookie } = await makeEmployer();
    expect(await langOfUser(user.id)).toBe("da");
    await chooseLanguage(cookie, "en");
    expect(await langOfUser(user.id)).toBe("en");
    await chooseLanguage(cookie, "da");
    expect(await langOfUser(user.id)).toBe("da");
    await callAction(langAction, formRequest("/sprog", { lang: "en" }));
    expect(await langOfUser(user.id)).toBe("da");
  });

  it("sends the sign-in code in the language of the request, else the user's stored choice, else Danish", async () => {
    const english = await makeEmployer();
    const danish = await makeEmployer();

    // Asked for with an English cookie.
    await callAction(signInAction, formRequest("/log-ind", { email: english.user.email }, await langCookieFor("en")), { ip: "198.51.100.21" });
    // Asked for with no language chosen.
    await callAction(signInAction, formRequest("/log-ind", { email: danish.user.email }), { ip: "198.51.100.22" });
    await deliverAll();

    const en = await lastMailTo(english.user.email);
    expect(en.subject).toMatch(/^Your Fasthold code: \d{6}$/);
    expect(en.text).toContain("Enter this code on the page where you asked to sign in");
    expect(en.html).toContain('lang="en"');
    expect(en.text).not.toMatch(/Skriv denne kode|Koden virker|Log ind/);
    expect(codeIn(en.text)).toMatch(/^\d{6}$/);

    const da = await lastMailTo(danish.user.email);
    expect(da.subject).toMatch(/^Din kode til Fasthold: \d{6}$/);
    expect(da.text).toContain("Skriv denne kode på siden, hvor du bad om at logge ind");
    expect(da.html).toContain('lang="da"');

    // A user who chose English while signed in gets English codes on a device without the cookie.
    await chooseLanguage(danish.cookie, "en");
    await callAction(signInAction, formRequest("/log-ind", { email: danish.user.email }), { ip: "198.51.100.23" });
    await deliverAll();
    expect((await lastMailTo(danish.user.email)).subject).toMatch(/^Your Fasthold code/);

    // The language is decided when the email is queued and kept in the job.
    const jobs = (await emailJobs()).filter((j) => j.payload.template === "sign-in-code");
    expect(jobs.map((j) => (j.payload as { lang?: string }).lang).sort()).toEqual(["da", "en", "en"]);
  });

  it("sends the reply notification to an English-speaking HR user in English, and to a Danish one in Danish", async () => {
    setNow("2026-11-23T08:00:00Z");
    const english = await makeEmployer();
    const danish = await makeEmployer();
    const consultant = await makeUser("consultant");
    const staffCookie = await cookieFor(consultant.id);
    await chooseLanguage(english.cookie, "en");

    const enId = await sendInquiry(english.cookie, { contactEmail: english.user.email });
    const daId = await sendInquiry(danish.cookie, { contactEmail: danish.user.email });
    await runDueJobs();
    setNow(new Date(Date.parse("2026-11-23T08:00:00Z") + 2 * HOUR));
    for (const id of [enId, daId]) {
      const res = await deskAction(staffCookie, id, { intent: "answer", answerKind: "reply", body: "Ja, det kan lade sig gøre." });
      expect(res.status).toBeLessThan(400);
    }
    await deliverAll();

    const en = (await mailsTo(english.user.email)).find((m) => m.subject.startsWith("Answer from the jobcentre"));
    expect(en, "English reply notification").toBeTruthy();
    expect(en!.text).toContain("has answered:");
    expect(en!.text).toContain("Answered 2 h after your inquiry.");
    expect(en!.text).toContain("Ja, det kan lade sig gøre."); // the consultant's own words are not translated
    expect(en!.text).not.toMatch(/Svar fra|har svaret|Besvaret|Se svaret/);
    // The receipt of the inquiry too.
    expect((await mailsTo(english.user.email)).some((m) => m.subject.startsWith("Inquiry received – answer by"))).toBe(true);

    const da = (await mailsTo(danish.user.email)).find((m) => m.subject.startsWith("Svar fra jobcentret"));
    expect(da, "Danish reply notification").toBeTruthy();
    expect(da!.text).toContain("Besvaret 2 t efter jeres henvendelse.");
  });

  it("sends one email per language when recipients differ, each address once", async () => {
    setNow("2026-11-23T08:00:00Z");
    const { user, cookie } = await makeEmployer();
    const consultant = await makeUser("consultant");
    await chooseLanguage(cookie, "en");
    const id = await sendInquiry(cookie, { contactEmail: "kontakt-da@example.test" });
    await deskAction(await cookieFor(consultant.id), id, { intent: "answer", answerKind: "reply", body: "Svar." });
    await deliverAll();
    const toUser = (await mailsTo(user.email)).filter((m) => /^(Answer from|Svar fra)/.test(m.subject));
    const toContact = (await mailsTo("kontakt-da@example.test")).filter((m) => /^(Answer from|Svar fra)/.test(m.subject));
    expect(toUser.map((m) => m.subject)).toEqual([expect.stringMatching(/^Answer from the jobcentre/)]);
    expect(toContact.map((m) => m.subject)).toEqual([expect.stringMatching(/^Svar fra jobcentret/)]);
  });

  it("reminds a consultant who chose English in English, and one who did not in Danish", async () => {
    setNow("2026-11-23T08:00:00Z");
    const a = await makeEmployer();
    const b = await makeEmployer();
    const english = await makeUser("consultant");
    const danish = await makeUser("consultant");
    const lead = await makeUser("team_lead");
    await setContactConsultant(db, a.company.id, english.id, lead);
    await setContactConsultant(db, b.company.id, danish.id, lead);
    await chooseLanguage(await cookieFor(english.id), "en");
    await sendInquiry(a.cookie);
    await sendInquiry(b.cookie);
    await runDueJobs();

    const news = (await mailsTo(english.email)).find((m) => m.subject.includes(" from "));
    expect(news?.subject).toMatch(/^Inquiry from .+ – answer by /);

    setNow(new Date(Date.parse("2026-11-23T08:00:00Z") + 20 * HOUR));
    await runDueJobs();
    await deliverAll();
    const en = (await mailsTo(english.email)).find((m) => m.subject.startsWith("Reminder:"));
    expect(en, "English reminder").toBeTruthy();
    expect(en!.html).toContain("The response deadline runs out in 4 hours");
    expect(en!.text).toContain("An inquiry you are responsible for");
    expect(en!.text).not.toMatch(/Påmindelse|Svarfristen|ikke besvaret|Åbn/);
    const da = (await mailsTo(danish.email)).find((m) => m.subject.startsWith("Påmindelse:"));
    expect(da, "Danish reminder").toBeTruthy();
    expect(da!.html).toContain("Svarfristen udløber om 4 timer");
  });
});
