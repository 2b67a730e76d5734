import { describe, expect, it } from "vitest";
import { db } from "~db/index";
import { claimNextJob } from "~/models/job.server";
import { setContactConsultant } from "~/models/company.server";
import { runDueJobs } from "~/services/jobs.server";
import { inquiryReminderJob } from "~/services/inquiries.server";
import { advanceClock, HOUR, MINUTE, setNow } from "~/utils/clock";
import { deskAction, sendInquiry } from "../support/desk";
import { cookieFor, makeEmployer, makeUser } from "../support/factories";
import { mailsTo } from "../support/mail";

/** Everything the clock has sent about one inquiry, by template. */
async function clockMails(inquiryId: string) {
  const rows = await db
    .selectFrom("jobs")
    .select(["dedupe_key", "status"])
    .where("kind", "=", "email")
    .where((eb) =>
      eb.or([eb("dedupe_key", "like", `email:inquiry-reminder:${inquiryId}:%`), eb("dedupe_key", "like", `email:inquiry-escalation:${inquiryId}:%`)]),
    )
    .execute();
  return {
    reminders: rows.filter((r) => r.dedupe_key.startsWith("email:inquiry-reminder:")),
    escalations: rows.filter((r) => r.dedupe_key.startsWith("email:inquiry-escalation:")),
  };
}

async function setting() {
  setNow("2026-11-23T08:00:00Z");
  const employer = await makeEmployer();
  const consultant = await makeUser("consultant");
  const lead = await makeUser("team_lead");
  await setContactConsultant(db, employer.company.id, consultant.id, lead);
  const id = await sendInquiry(employer.cookie);
  await runDueJobs(); // the notices go out at once
  return { employer, consultant, lead, id };
}

describe("the 24-hour clock", () => {
  it("reminds the assignee at 20 hours and escalates to the team lead at 24 hours", async () => {
    const { consultant, lead, id } = await setting();

    setNow(new Date(Date.parse("2026-11-23T08:00:00Z") + 20 * HOUR - MINUTE));
    await runDueJobs();
    expect((await clockMails(id)).reminders).toHaveLength(0);

    setNow(new Date(Date.parse("2026-11-23T08:00:00Z") + 20 * HOUR));
    await runDueJobs();
    const reminders = (await mailsTo(consultant.email)).filter((m) => m.subject.startsWith("Påmindelse"));
    expect(reminders).toHaveLength(1);
    expect(reminders[0].text).toMatch(/udløber om 4 timer/i);
    expect(reminders[0].text).toContain("24. nov. 2026, 09.00");
    expect((await clockMails(id)).escalations).toHaveLength(0);

    setNow(new Date(Date.parse("2026-11-23T08:00:00Z") + 24 * HOUR - 1000));
    await runDueJobs();
    expect((await mailsTo(lead.email)).filter((m) => m.subject.startsWith("Overskredet"))).toHaveLength(0);

    setNow(new Date(Date.parse("2026-11-23T08:00:00Z") + 24 * HOUR));
    await runDueJobs();
    const escalations = (await mailsTo(lead.email)).filter((m) => m.subject.startsWith("Overskredet"));
    expect(escalations).toHaveLength(1);
    expect(escalations[0].text).toContain(consultant.name);

    // Nothing more, however long we wait.
    advanceClock(72 * HOUR);
    await runDueJobs();
    expect((await mailsTo(consultant.email)).filter((m) => m.subject.startsWith("Påmindelse"))).toHaveLength(1);
    expect((await mailsTo(lead.email)).filter((m) => m.subject.startsWith("Overskredet"))).toHaveLength(1);
  });

  it("sends nothing after an answer", async () => {
    const { consultant, id } = await setting();
    setNow("2026-11-23T12:00:00Z");
    expect((await deskAction(await cookieFor(consultant.id), id, { intent: "answer", answerKind: "call", body: "Ringede." })).status).toBe(302);
    const jobs = await db
      .selectFrom("jobs")
      .select(["kind", "status"])
      .where("dedupe_key", "in", [`inquiry:reminder:${id}`, `inquiry:escalation:${id}`])
      .execute();
    expect(jobs.map((j) => j.status)).toEqual(["cancelled", "cancelled"]);
    advanceClock(48 * HOUR);
    await runDueJobs();
    expect(await clockMails(id)).toEqual({ reminders: [], escalations: [] });
  });

  it("goes to the team when nobody has the inquiry", async () => {
    setNow("2026-11-23T08:00:00Z");
    const employer = await makeEmployer();
    const a = await makeUser("consultant");
    const b = await makeUser("consultant");
    const id = await sendInquiry(employer.cookie);
    setNow("2026-11-24T04:00:00Z");
    await runDueJobs();
    const to = (await clockMails(id)).reminders.map((r) => r.dedupe_key.split(":").at(-1));
    expect(to).toEqual(expect.arrayContaining([a.id, b.id]));
  });

  it("a worker that dies mid-way neither loses nor repeats a reminder", async () => {
    const { consultant, id } = await setting();
    setNow(new Date(Date.parse("2026-11-23T08:00:00Z") + 20 * HOUR));
    // The worker takes the reminder job, does the work, and dies before recording it.
    const job = (await claimNextJob(db))!;
    expect(job.kind).toBe("inquiry.reminder");
    await inquiryReminderJob(id);

    // A new worker after the lease: the job runs again; the email is the same outbox entry.
    advanceClock(5 * MINUTE + 1000);
    await runDueJobs();
    expect((await db.selectFrom("jobs").select("status").where("id", "=", job.id).executeTakeFirstOrThrow()).status).toBe("done");
    expect((await clockMails(id)).reminders).toHaveLength(1);
    expect((await mailsTo(consultant.email)).filter((m) => m.subject.startsWith("Påmindelse"))).toHaveLength(1);

    // Also a restart between enqueueing and delivering: the email goes out once.
    advanceClock(HOUR);
    await runDueJobs();
    expect((await mailsTo(consultant.email)).filter((m) => m.subject.startsWith("Påmindelse"))).toHaveLength(1);
  });
});
