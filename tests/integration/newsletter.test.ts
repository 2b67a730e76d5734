import { Webhook } from "standardwebhooks";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~db/index";
import { claimNextJob } from "~/models/job.server";
import { action as confirmAction, loader as confirmLoader } from "~/routes/nyhedsbrev.bekraeft";
import { action as subscribeAction } from "~/routes/nyhedsbrev._index";
import { action as unsubscribeAction } from "~/routes/nyhedsbrev.afmeld";
import { action as importAction } from "~/routes/jobcenter.nyhedsbrev.import";
import { action as issueAction } from "~/routes/jobcenter.nyhedsbrev.$issueId._index";
import { loader as archiveLoader } from "~/routes/nyhedsbrev.arkiv.$slug";
import { action as webhookAction } from "~/routes/webhooks.resend";
import { action as profileAction } from "~/routes/virksomhed.profil";
import { createIssue, resetPacing, sendBatchJob, unsubscribeUrl } from "~/services/newsletter.server";
import { runDueJobs } from "~/services/jobs.server";
import { advanceClock, DAY, MINUTE } from "~/utils/clock";
import { nowIso } from "~/utils/clock";
import { cookieFor, makeEmployer, makeUser } from "../support/factories";
import { emailJobs } from "../support/mail";
import { resendStubForThisFile } from "../support/resend";
import { callAction, callLoader, formRequest, getRequest, jsonOf } from "../support/requests";

const SECRET = `whsec_${Buffer.from("fasthold-test-webhook-secret-32b").toString("base64")}`;
const stub = resendStubForThisFile({ RESEND_WEBHOOK_SECRET: SECRET, NEWSLETTER_REQUESTS_PER_SECOND: "1000" });

beforeEach(() => resetPacing());

let n = 0;
/** Confirmed subscribers, straight into the table (the opt-in itself is tested below). */
async function confirmed(count: number, prefix = `s${n++}`) {
  const at = nowIso();
  const rows = Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${String(i).padStart(5, "0")}-id`,
    email: `${prefix}-${String(i).padStart(5, "0")}@example.test`,
    name: `Abonnent ${i}`,
    company: null,
    status: "confirmed" as const,
    source: "form" as const,
    confirmed_at: at,
    created_at: at,
    updated_at: at,
  }));
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto("subscribers")
      .values(rows.slice(i, i + 500))
      .execute();
  return rows;
}

/** Only this test's subscribers: earlier tests' ones are unsubscribed, so each send is about its own set. */
async function isolate() {
  await db.updateTable("subscribers").set({ status: "unsubscribed" }).where("status", "=", "confirmed").execute();
}

async function newIssue(title = "Nyt om fastholdelse") {
  const staff = await makeUser("consultant");
  const issue = await createIssue(
    { ...staff, role: "consultant", companyId: null, companyName: null, companyVerified: false },
    {
      title,
      preview: "Kort om kvartalet",
      sections: [{ heading: "Fast Track", markdown: "Brug **Fast Track** tidligt." }],
    },
  );
  return { issue, staffCookie: await cookieFor(staff.id) };
}

async function sendNow(issueId: string, staffCookie: string) {
  const res = await callAction(issueAction, formRequest(`/jobcenter/nyhedsbrev/${issueId}`, { intent: "send-now", confirmed: "1" }, staffCookie), {
    params: { issueId },
  });
  expect(res.status).toBe(302);
}

/** Runs the worker until nothing is due (pacing is fast in tests). */
async function drain() {
  for (let i = 0; i < 50; i++) if ((await runDueJobs(100)) === 0) return;
}

/** Who got a newsletter (batch) email; the outbox's single emails (confirmations) are not counted. */
const deliveredTo = () => stub.delivered.filter((d) => d.path === "/emails/batch").map((d) => d.to[0]);

describe("subscribing (double opt-in)", () => {
  it("sends a confirmation link valid 7 days, and nothing else before it is used", async () => {
    const res = await callAction(subscribeAction, formRequest("/nyhedsbrev", { name: "Hanne", email: "Hanne@Firma.example", company: "Firma", cvr: "" }));
    expect(res.status).toBe(302);
    const sub = await db.selectFrom("subscribers").selectAll().where("email", "=", "hanne@firma.example").executeTakeFirstOrThrow();
    expect(sub).toMatchObject({ status: "pending", name: "Hanne", company: "Firma" });
    const confirmMail = (await emailJobs()).find((j) => j.payload.template === "newsletter-confirm" && j.payload.to.includes("hanne@firma.example"))!;
    const link: string = confirmMail.payload.props.url;
    const token = new URL(link).searchParams.get("t")!;

    // The link opens a page with a button; only the POST confirms.
    expect((await jsonOf(await callLoader(confirmLoader, getRequest(`/nyhedsbrev/bekraeft?t=${token}`)))).state).toBe("ready");
    expect((await db.selectFrom("subscribers").select("status").where("id", "=", sub.id).executeTakeFirstOrThrow()).status).toBe("pending");

    // A pending subscriber is not a recipient.
    await isolate();
    const { issue, staffCookie } = await newIssue();
    await sendNow(issue.id, staffCookie);
    await drain();
    expect(deliveredTo()).not.toContain("hanne@firma.example");

    expect((await callAction(confirmAction, formRequest("/nyhedsbrev/bekraeft", { token }))).status).toBe(302);
    expect((await db.selectFrom("subscribers").select("status").where("id", "=", sub.id).executeTakeFirstOrThrow()).status).toBe("confirmed");
    expect((await callAction(confirmAction, formRequest("/nyhedsbrev/bekraeft", { token }))).status).toBe(404); // single use
  });

  it("refuses a confirmation link older than 7 days", async () => {
    await callAction(subscribeAction, formRequest("/nyhedsbrev", { name: "Gammel", email: "old@example.test" }));
    const job = (await emailJobs()).find((j) => j.payload.template === "newsletter-confirm" && j.payload.to.includes("old@example.test"))!;
    const token = new URL(job.payload.props.url).searchParams.get("t")!;
    advanceClock(7 * DAY + MINUTE);
    expect((await callLoader(confirmLoader, getRequest(`/nyhedsbrev/bekraeft?t=${token}`))).status).toBe(410);
    expect((await callAction(confirmAction, formRequest("/nyhedsbrev/bekraeft", { token }))).status).toBe(410);
  });

  it("never reveals whether an address is on the list", async () => {
    const [known] = await confirmed(1, "known");
    await db
      .insertInto("subscribers")
      .values({ ...known, id: "gone-subscriber-id", email: "gone@example.test", status: "unsubscribed" })
      .execute();
    const answers = [];
    for (const email of ["fresh@example.test", known.email, "gone@example.test"]) {
      const res = await callAction(subscribeAction, formRequest("/nyhedsbrev", { name: "X", email }), { ip: `198.51.100.${answers.length + 20}` });
      answers.push({ status: res.status, location: res.headers.get("Location"), body: await res.text() });
    }
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
    // The known address is told it is already subscribed (by email, to itself); it stays confirmed.
    expect((await db.selectFrom("subscribers").select("status").where("email", "=", known.email).executeTakeFirstOrThrow()).status).toBe("confirmed");
  });

  it("rejects bad input with a message per field", async () => {
    const res = await callAction(subscribeAction, formRequest("/nyhedsbrev", { name: "", email: "x", cvr: "12345678" }));
    expect(res.status).toBe(400);
    expect(Object.keys((await jsonOf(res)).errors).sort()).toEqual(["cvr", "email", "name"]);
  });

  it("a signed-in employer subscribes and unsubscribes from the profile in one click", async () => {
    const { user, cookie } = await makeEmployer();
    expect((await callAction(profileAction, formRequest("/virksomhed/profil", { intent: "subscribe" }, cookie))).status).toBe(302);
    expect(await db.selectFrom("subscribers").selectAll().where("email", "=", user.email).executeTakeFirstOrThrow()).toMatchObject({
      status: "confirmed",
      source: "profile",
      user_id: user.id,
    });
    await callAction(profileAction, formRequest("/virksomhed/profil", { intent: "unsubscribe" }, cookie));
    expect((await db.selectFrom("subscribers").select("status").where("email", "=", user.email).executeTakeFirstOrThrow()).status).toBe("unsubscribed");
  });
});

describe("sending through Resend's batch endpoint", () => {
  it("sends every confirmed subscriber once, 100 per call, with both unsubscribe headers and an idempotency key per batch", async () => {
    await isolate();
    const subs = await confirmed(250);
    const { issue, staffCookie } = await newIssue();
    await sendNow(issue.id, staffCookie);
    await drain();
    const batchCalls = stub.calls.filter((c) => c.path === "/emails/batch");
    expect(batchCalls.map((c) => c.body.length)).toEqual([100, 100, 50]);
    expect(batchCalls.map((c) => c.idempotencyKey)).toEqual([0, 1, 2].map((b) => `newsletter-${issue.id}-batch-${b}`));
    const first = batchCalls[0].body[0];
    expect(first.headers["List-Unsubscribe"]).toBe(`<${unsubscribeUrl(subs[0].id)}>`);
    expect(first.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
    expect(first.html).toContain(unsubscribeUrl(subs[0].id).replace(/&/g, "&amp;"));
    expect(first.text).toContain(unsubscribeUrl(subs[0].id));
    expect(new Set(deliveredTo()).size).toBe(250);
    expect(deliveredTo()).toHaveLength(250);
    const row = await db.selectFrom("newsletter_issues").selectAll().where("id", "=", issue.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: "sent", recipients: 250 });
    const statuses = await db.selectFrom("newsletter_deliveries").select("status").where("issue_id", "=", issue.id).execute();
    expect(statuses.every((s) => s.status === "sent")).toBe(true);
  });

  it("asks before it sends: the first press of Send nu shows the number of recipients and changes nothing; only the confirmation sends", async () => {
    await confirmed(3);
    const { issue, staffCookie } = await newIssue("Bekræft først");
    const [{ n }] = await db
      .selectFrom("subscribers")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("status", "=", "confirmed")
      .where("suppressed_at", "is", null)
      .execute();
    const status = async () => (await db.selectFrom("newsletter_issues").select("status").where("id", "=", issue.id).executeTakeFirstOrThrow()).status;
    const jobs = async () => (await db.selectFrom("jobs").select("id").execute()).length;
    const jobsBefore = await jobs();
    const ask = await callAction(issueAction, formRequest(`/jobcenter/nyhedsbrev/${issue.id}`, { intent: "send-now" }, staffCookie), {
      params: { issueId: issue.id },
    });
    expect(ask.status).toBe(200);
    expect((await jsonOf(ask)).confirmRecipients).toBe(Number(n));
    expect(Number(n)).toBeGreaterThanOrEqual(3);
    expect(await status()).toBe("draft");
    expect(await jobs()).toBe(jobsBefore);
    await sendNow(issue.id, staffCookie);
    await drain();
    expect(await status()).toBe("sent");
  });

  it("a send interrupted mid-way and resumed reaches every recipient exactly once", async () => {
    await isolate();
    await confirmed(300);
    const { issue, staffCookie } = await newIssue();
    await sendNow(issue.id, staffCookie);
    await runDueJobs(1); // prepare: deliveries and batch jobs written
    await runDueJobs(1); // batch 0 sent normally

    // Batch 1: the worker sends, then dies before it can record anything.
    const job = (await claimNextJob(db))!;
    expect(job.kind).toBe("newsletter.batch");
    await sendBatchJob(issue.id, JSON.parse(job.payload).batchNo, job.attempts);
    // Batch 2 is delivered by Resend but the answer is lost on the way back.
    stub.script = ["deliver-then-500"];

    // A new worker after the lease: everything resumes.
    advanceClock(5 * MINUTE + 1000);
    await drain();
    advanceClock(MINUTE);
    await drain();
    const counts = new Map<string, number>();
    for (const to of deliveredTo()) counts.set(to, (counts.get(to) ?? 0) + 1);
    expect(counts.size).toBe(300);
    expect([...counts.values()].every((c) => c === 1)).toBe(true);
    expect((await db.selectFrom("newsletter_issues").select("status").where("id", "=", issue.id).executeTakeFirstOrThrow()).status).toBe("sent");
  });

  it("waits out a 429 for its Retry-After and then delivers", async () => {
    await isolate();
    await confirmed(10);
    const { issue, staffCookie } = await newIssue();
    await sendNow(issue.id, staffCookie);
    stub.script = [{ status: 429, retryAfter: 30 }];
    await drain();
    expect(deliveredTo()).toHaveLength(0);
    const job = await db.selectFrom("jobs").selectAll().where("dedupe_key", "=", `newsletter:batch:${issue.id}:0`).executeTakeFirstOrThrow();
    expect(job.status).toBe("pending");
    expect(Date.parse(job.run_at) - Date.parse(nowIso())).toBeGreaterThan(25_000);
    advanceClock(31_000);
    resetPacing();
    await drain();
    expect(deliveredTo()).toHaveLength(10);
  });

  it("respects an unsubscribe at once: one-click POST, even mid-send; the next issue does not go there", async () => {
    await isolate();
    const subs = await confirmed(5);
    const leaver = subs[2];
    const { issue, staffCookie } = await newIssue();
    await sendNow(issue.id, staffCookie);
    await runDueJobs(1); // prepared, not yet sent
    const oneClick = new URL(unsubscribeUrl(leaver.id));
    const res = await callAction(unsubscribeAction, formRequest(`${oneClick.pathname}${oneClick.search}`, { "List-Unsubscribe": "One-Click" }));
    expect(res.status).toBe(200);
    await drain();
    expect(deliveredTo()).not.toContain(leaver.email);
    expect(deliveredTo()).toHaveLength(4);
    expect(
      (
        await db
          .selectFrom("newsletter_deliveries")
          .select("status")
          .where("subscriber_id", "=", leaver.id)
          .where("issue_id", "=", issue.id)
          .executeTakeFirstOrThrow()
      ).status,
    ).toBe("skipped");

    stub.delivered = [];
    const next = await newIssue("Næste nummer");
    await sendNow(next.issue.id, next.staffCookie);
    await drain();
    expect(deliveredTo()).toHaveLength(4);
    expect(deliveredTo()).not.toContain(leaver.email);

    // A forged token does nothing.
    expect((await callAction(unsubscribeAction, formRequest(`/nyhedsbrev/afmeld?t=${subs[0].id}.forged`, { "List-Unsubscribe": "One-Click" }))).status).toBe(
      404,
    );
  });

  it("keeps sent issues readable at a permanent public address", async () => {
    await isolate();
    await confirmed(1);
    const { issue, staffCookie } = await newIssue("Arkivet virker");
    await sendNow(issue.id, staffCookie);
    await drain();
    const { slug } = await db.selectFrom("newsletter_issues").select("slug").where("id", "=", issue.id).executeTakeFirstOrThrow();
    expect(slug).toMatch(/^\d{4}-\d{2}-\d{2}-arkivet-virker$/);
    const page = await jsonOf(await callLoader(archiveLoader, getRequest(`/nyhedsbrev/arkiv/${slug}`), { params: { slug: slug! } }));
    expect(page.title).toBe("Arkivet virker");
    await newIssue("Kladde");
    expect((await callLoader(archiveLoader, getRequest("/nyhedsbrev/arkiv/x"), { params: { slug: "kladde" } })).status).toBe(404);
  });
});

describe("Resend's webhook", () => {
  const sign = (id: string, body: string, at = new Date()) => new Webhook(SECRET).sign(id, at, body);
  const post = (body: string, headers: Record<string, string>) =>
    callAction(
      webhookAction,
      new Request("http://localhost:3999/webhooks/resend", { method: "POST", body, headers: { "Content-Type": "application/json", ...headers } }),
    );

  async function sentDelivery() {
    await isolate();
    const [sub] = await confirmed(1);
    const { issue, staffCookie } = await newIssue();
    await sendNow(issue.id, staffCookie);
    await drain();
    const d = await db.selectFrom("newsletter_deliveries").selectAll().where("issue_id", "=", issue.id).executeTakeFirstOrThrow();
    return { sub, delivery: d, issue };
  }

  it("accepts a valid signature and counts the delivery", async () => {
    const { delivery } = await sentDelivery();
    const body = JSON.stringify({ type: "email.delivered", created_at: nowIso(), data: { email_id: delivery.resend_id, to: [delivery.email] } });
    const res = await post(body, { "svix-id": "msg_ok_1", "svix-timestamp": String(Math.floor(Date.now() / 1000)), "svix-signature": sign("msg_ok_1", body) });
    expect(res.status).toBe(200);
    expect((await db.selectFrom("newsletter_deliveries").select("status").where("id", "=", delivery.id).executeTakeFirstOrThrow()).status).toBe("delivered");
  });

  it("rejects a wrong signature, an unsigned call, a replay and a stale timestamp", async () => {
    const { delivery } = await sentDelivery();
    const body = JSON.stringify({ type: "email.bounced", created_at: nowIso(), data: { email_id: delivery.resend_id } });
    const ts = String(Math.floor(Date.now() / 1000));
    const wrong = await post(body, { "svix-id": "msg_w", "svix-timestamp": ts, "svix-signature": "v1,AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=" });
    expect(wrong.status).toBe(401);
    const tampered = await post(body.replace("bounced", "delivered"), { "svix-id": "msg_t", "svix-timestamp": ts, "svix-signature": sign("msg_t", body) });
    expect(tampered.status).toBe(401);
    expect((await post(body, {})).status).toBe(401);
    const old = new Date(Date.now() - 10 * 60_000);
    const stale = await post(body, {
      "svix-id": "msg_s",
      "svix-timestamp": String(Math.floor(old.getTime() / 1000)),
      "svix-signature": sign("msg_s", body, old),
    });
    expect(stale.status).toBe(401);
    expect((await db.selectFrom("newsletter_deliveries").select("status").where("id", "=", delivery.id).executeTakeFirstOrThrow()).status).toBe("sent");

    const ok = await post(body, { "svix-id": "msg_r", "svix-timestamp": ts, "svix-signature": sign("msg_r", body) });
    expect(ok.status).toBe(200);
    const replay = await post(body, { "svix-id": "msg_r", "svix-timestamp": ts, "svix-signature": sign("msg_r", body) });
    expect(replay.status).toBe(409);
  });

  it("suppresses bounced and complained addresses, which then get no more issues", async () => {
    const { delivery, sub } = await sentDelivery();
    const body = JSON.stringify({ type: "email.complained", created_at: nowIso(), data: { email_id: delivery.resend_id } });
    const ts = String(Math.floor(Date.now() / 1000));
    expect((await post(body, { "webhook-id": "msg_c", "webhook-timestamp": ts, "webhook-signature": sign("msg_c", body) })).status).toBe(200);
    expect(await db.selectFrom("subscribers").selectAll().where("id", "=", sub.id).executeTakeFirstOrThrow()).toMatchObject({
      suppression_reason: "complained",
    });
    stub.delivered = [];
    const next = await newIssue("Efter klagen");
    await sendNow(next.issue.id, next.staffCookie);
    await drain();
    expect(deliveredTo()).not.toContain(sub.email);
  });
});

describe("importing subscribers from CSV", () => {
  it("validates row by row, reports, never re-adds someone who left, and records consent given elsewhere", async () => {
    const staffCookie = await cookieFor((await makeUser("consultant")).id);
    await db
      .insertInto("subscribers")
      .values({ ...(await confirmed(1, "imp"))[0], id: "left-import-id", email: "left@import.example", status: "unsubscribed" })
      .execute();
    const csv = [
      "email;navn;virksomhed",
      "ny@import.example;Ny Person;Firma A",
      "ikke-en-mail;X;",
      ";Uden mail;",
      "NY@import.example;Igen;",
      "left@import.example;Væk;",
      "imp-00000@example.test;Findes;",
    ].join("\n");
    const res = await callAction(importAction, formRequest("/jobcenter/nyhedsbrev/import", { csv }, staffCookie));
    expect(res.status).toBe(200);
    const { rows } = await jsonOf(res);
    expect(rows.map((r: any) => [r.line, r.outcome])).toEqual([
      [2, "added"],
      [3, "invalid"],
      [4, "invalid"],
      [5, "duplicate"],
      [6, "unsubscribed"],
      [7, "exists"],
    ]);
    expect(await db.selectFrom("subscribers").selectAll().where("email", "=", "ny@import.example").executeTakeFirstOrThrow()).toMatchObject({
      status: "pending",
      source: "import",
      name: "Ny Person",
      company: "Firma A",
    });
    expect((await db.selectFrom("subscribers").select("status").where("email", "=", "left@import.example").executeTakeFirstOrThrow()).status).toBe(
      "unsubscribed",
    );
    expect((await emailJobs()).some((j) => j.payload.template === "newsletter-confirm" && j.payload.to.includes("ny@import.example"))).toBe(true);

    const consented = await callAction(
      importAction,
      formRequest(
        "/jobcenter/nyhedsbrev/import",
        { csv: "email,name\nmesse@import.example,Messe Gæst", consented: "on", consentSource: "Tilmeldingsliste, Jobmessen 2026" },
        staffCookie,
      ),
    );
    expect((await jsonOf(consented)).rows[0].outcome).toBe("confirmed");
    expect(await db.selectFrom("subscribers").selectAll().where("email", "=", "messe@import.example").executeTakeFirstOrThrow()).toMatchObject({
      status: "confirmed",
      consent_source: "Tilmeldingsliste, Jobmessen 2026",
    });
    expect((await emailJobs()).some((j) => j.payload.to?.includes("messe@import.example"))).toBe(false);

    const noSource = await callAction(
      importAction,
      formRequest("/jobcenter/nyhedsbrev/import", { csv: "email\na@b.dk", consented: "on", consentSource: "" }, staffCookie),
    );
    expect(noSource.status).toBe(400);
    const noHeader = await callAction(importAction, formRequest("/jobcenter/nyhedsbrev/import", { csv: "a@b.dk;x" }, staffCookie));
    expect(noHeader.status).toBe(400);
  });
});

describe("scheduling", () => {
  it("takes the recipients at the scheduled time, not before", async () => {
    await isolate();
    const { issue } = await newIssue("Planlagt");
    const staff = await makeUser("consultant");
    const cookie = await cookieFor(staff.id);
    const at = new Date(Date.now() + 2 * DAY);
    const date = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen", year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
    const res = await callAction(issueAction, formRequest(`/jobcenter/nyhedsbrev/${issue.id}`, { intent: "schedule", date, time: "09:00" }, cookie), {
      params: { issueId: issue.id },
    });
    expect(res.status).toBe(302);
    await drain();
    expect((await db.selectFrom("newsletter_issues").select("status").where("id", "=", issue.id).executeTakeFirstOrThrow()).status).toBe("scheduled");
    const late = await confirmed(3); // subscribed after scheduling, before the time
    advanceClock(3 * DAY);
    await drain();
    expect(deliveredTo().filter((to) => late.some((l) => l.email === to))).toHaveLength(3);
    const fresh = await cookieFor(staff.id);
    const again = await callAction(issueAction, formRequest(`/jobcenter/nyhedsbrev/${issue.id}`, { intent: "send-now" }, fresh), {
      params: { issueId: issue.id },
    });
    expect(again.status).toBe(409); // sent: it cannot be sent again or changed
    const draft = await newIssue("Ny kladde");
    const past = await callAction(
      issueAction,
      formRequest(`/jobcenter/nyhedsbrev/${draft.issue.id}`, { intent: "schedule", date: "2020-01-01", time: "09:00" }, fresh),
      { params: { issueId: draft.issue.id } },
    );
    expect(past.status).toBe(400);
    expect((await jsonOf(past)).errors.date).toMatch(/passeret/);
  });
});
