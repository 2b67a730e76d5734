// The follow-up worklist and closing a case (issue 13), on the settable clock: due steps stored with
// the case, the worklist's order and keyset paging, durable reminders (once, across a restart, none
// for done steps), recording steps, a held meeting marking its step, closing (plan, meetings,
// reminders, emails), reopening, and the employer's proposal the consultant confirms or rejects.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "~db/index";
import type { Meeting } from "~db/schema";
import { listWorklist, markStepsDoneByMeeting, refreshCaseSteps } from "~/models/followUp.server";
import { loadSessionUser, type StaffUser } from "~/models/user.server";
import { action as consentAction } from "~/routes/samtykke.$token";
import { action as fastTrackAction } from "~/routes/virksomhed.fast-track";
import { action as staffCaseAction, loader as staffCaseLoader } from "~/routes/jobcenter.sager.$caseId";
import { loader as worklistLoader } from "~/routes/jobcenter.opfoelgning";
import { action as employerCaseAction, loader as employerCaseLoader } from "~/routes/virksomhed.sager.$caseId";
import { loader as employerListLoader } from "~/routes/virksomhed._index";
import { takeInquiry } from "~/services/inquiries.server";
import { startPlan } from "~/services/plans.server";
import { cancelMeetingsForCase } from "~/services/meetings.server";
import { setNow } from "~/utils/clock";
import { newId } from "~/utils/crypto.server";
import { copenhagenToUtc } from "~/utils/dates";
import { cookieFor, fastTrackForm, makeEmployer, makeUser } from "../support/factories";
import { deliverAll, lastMailTo, linkIn, mailsTo } from "../support/mail";
import { employeeSignIn, employerWithCase, planPost, savePlan, sixWeekPlan, startPlanAsEmployer } from "../support/plans";
import { callAction, callLoader, formRequest, getRequest, jsonOf } from "../support/requests";

// The meetings work implements cancelMeetingsForCase; here we see that closing calls it, in its transaction.
vi.mock("~/services/meetings.server", () => ({ cancelMeetingsForCase: vi.fn(async () => 1) }));

let staff: StaffUser;
let n = 0;

beforeAll(async () => {
  const user = await makeUser("consultant");
  staff = (await loadSessionUser(db, user.id)) as StaffUser;
});

/** A fresh session at the clock's time (sessions expire as the clock moves on). */
const staffCookieNow = () => cookieFor(staff.id);

/** A Fast Track request made at the clock's time, taken by the consultant, and (by default) consented to. */
async function fastTrackCase(opts: { consent?: boolean; daysAgo?: number } = {}) {
  const employer = await makeEmployer();
  const employeeEmail = `follow-${n++}-${Date.now().toString(36)}@example.test`;
  const res = await callAction(
    fastTrackAction,
    formRequest("/virksomhed/fast-track", fastTrackForm({ employeeEmail, employeeName: `Ansat ${n}` }, opts.daysAgo ?? 10), employer.cookie),
  );
  expect(res.status).toBe(302);
  const caseId = res.headers.get("Location")!.match(/sager\/([^?]+)/)![1];
  const inquiry = await db.selectFrom("inquiries").select("id").where("case_id", "=", caseId).executeTakeFirstOrThrow();
  expect(await takeInquiry(staff, inquiry.id)).toEqual({ ok: true });
  await deliverAll();
  if (opts.consent !== false) {
    const token = linkIn((await lastMailTo(employeeEmail)).text, "/samtykke/").split("/samtykke/")[1];
    const consent = await callAction(consentAction, formRequest(`/samtykke/${token}`, { decision: "consent" }), { params: { token } });
    expect(consent.status).toBe(302);
  }
  return { ...employer, caseId, employeeEmail };
}

const stepsOf = (caseId: string) => db.selectFrom("case_steps").selectAll().where("case_id", "=", caseId).orderBy("due_on").orderBy("key").execute();
const caseRow = (caseId: string) => db.selectFrom("absence_cases").selectAll().where("id", "=", caseId).executeTakeFirstOrThrow();
const staffPost = async (caseId: string, fields: Record<string, string>) =>
  callAction(staffCaseAction, formRequest(`/jobcenter/sager/${caseId}`, fields, await staffCookieNow()), { params: { caseId } });
const reminderJobs = async (caseId: string) => {
  const ids = (await stepsOf(caseId)).map((s) => s.id);
  const jobs = await db.selectFrom("jobs").selectAll().where("kind", "=", "follow-up.step-reminder").execute();
  return jobs.filter((j) => ids.includes(JSON.parse(j.payload).stepId));
};
/** Reminder emails to an address about one case (earlier tests' cases get theirs as the clock moves on). */
const remindersTo = async (email: string, caseId: string) =>
  (await mailsTo(email)).filter((m) => m.subject.startsWith("Påmindelse:") && m.text.includes(`/jobcenter/sager/${caseId}`));

describe("due steps of a case", () => {
  it("a Fast Track case: consent, then the first conversation 14 days after the request, the 4 follow-ups, week 22 and week 52", async () => {
    setNow(copenhagenToUtc("2026-12-22", "10:00:00"));
    const c = await fastTrackCase({ consent: false, daysAgo: 21 });
    let steps = await stepsOf(c.caseId);
    // First day of absence 2026-12-01 (day 1): week 14 ends on day 98, week 22 on day 154, week 52 on day 364.
    expect(steps.map((s) => [s.key, s.kind, s.due_on])).toEqual([
      ["consent", "consent", "2026-12-28"],
      ["follow_up:1", "first_conversation", "2027-01-05"],
      ["follow_up:2", "follow_up", "2027-03-08"],
      ["follow_up:3", "follow_up", "2027-04-19"],
      ["reassessment:22", "reassessment_w22", "2027-05-03"],
      ["follow_up:4", "follow_up", "2027-05-31"],
      ["week:52", "week_52", "2027-11-29"],
    ]);
    const row = await caseRow(c.caseId);
    expect(row.consultant_id).toBe(staff.id);
    expect(row.next_step_due_on).toBe("2026-12-28");

    // No answer by the deadline: the expiry job marks the consent step done and the normal week-8 follow-up applies.
    setNow(copenhagenToUtc("2026-12-29", "08:00:00"));
    await deliverAll();
    steps = await stepsOf(c.caseId);
    expect(steps.find((s) => s.key === "consent")?.done_at).toBeTruthy();
    expect(steps.find((s) => s.key === "follow_up:1")).toMatchObject({ kind: "first_follow_up", due_on: "2027-01-25", done_at: null });
    expect((await caseRow(c.caseId)).next_step_due_on).toBe("2027-01-25");
  });
});

describe("steps from plans", () => {
  it("a signed plan's evaluation date becomes a step of its case, with a reminder; recording it stops the reminder", async () => {
    setNow(copenhagenToUtc("2026-11-30", "10:00:00"));
    const a = await employerWithCase();
    const staffCookie = await staffCookieNow();
    const planId = await startPlanAsEmployer(a.cookie, a.caseId);
    await savePlan(staffCookie, planId, 1, sixWeekPlan());
    expect((await stepsOf(a.caseId)).some((s) => s.kind === "plan_evaluation")).toBe(false); // not before it is signed
    const employee = await employeeSignIn(a.caseId, a.employeeEmail);
    await planPost(employee, planId, { intent: "approve", version: "2" });
    await planPost(a.cookie, planId, { intent: "approve", version: "2" });
    const step = (await stepsOf(a.caseId)).find((s) => s.kind === "plan_evaluation")!;
    expect(step).toMatchObject({ key: `plan_evaluation:${planId}:2027-01-12`, due_on: "2027-01-12", source_id: planId, done_at: null });
    const job = (await reminderJobs(a.caseId)).find((j) => JSON.parse(j.payload).stepId === step.id)!;
    expect(job).toMatchObject({ status: "pending", run_at: "2027-01-09T07:00:00.000Z" });

    setNow(copenhagenToUtc("2027-01-05", "10:00:00"));
    expect((await staffPost(a.caseId, { intent: "record-step", stepId: step.id, doneOn: "05.01.2027" })).status).toBe(302);
    expect((await db.selectFrom("jobs").select("status").where("id", "=", job.id).executeTakeFirstOrThrow()).status).toBe("cancelled");
    // Recorded twice: refused, nothing changes.
    const again = await staffPost(a.caseId, { intent: "record-step", stepId: step.id, doneOn: "05.01.2027" });
    expect(again.status).toBe(409);
  });
});

describe("the worklist", () => {
  it("lists every open case once, by the next step's date, overdue first, and pages by keyset", async () => {
    setNow(copenhagenToUtc("2027-02-01", "10:00:00"));
    const late = await fastTrackCase(); // first conversation due 2027-02-15
    setNow(copenhagenToUtc("2027-02-11", "10:00:00"));
    const middle = await fastTrackCase(); // due 2027-02-25
    setNow(copenhagenToUtc("2027-02-16", "10:00:00"));
    const last = await fastTrackCase(); // due 2027-03-02
    setNow(copenhagenToUtc("2027-02-17", "10:00:00"));

    const mine = jsonOf(await callLoader(worklistLoader, getRequest("/jobcenter/opfoelgning?visning=mine", await staffCookieNow())));
    const rows = (await mine).rows.filter((r: { id: string }) => [late.caseId, middle.caseId, last.caseId].includes(r.id));
    expect(rows.map((r: { id: string; next_step_due_on: string; step_kind: string }) => [r.id, r.next_step_due_on, r.step_kind])).toEqual([
      [late.caseId, "2027-02-15", "first_conversation"],
      [middle.caseId, "2027-02-25", "first_conversation"],
      [last.caseId, "2027-03-02", "first_conversation"],
    ]);

    // Page by page (2 a page): each open case exactly once, in order.
    const seen: string[] = [];
    const dues: string[] = [];
    let after = null as { due: string; id: string } | null;
    for (let pages = 0; pages < 100; pages++) {
      const page = await listWorklist(db, { view: "team", staffId: staff.id, after, limit: 2 });
      seen.push(...page.rows.map((r) => r.id));
      dues.push(...page.rows.map((r) => r.next_step_due_on));
      if (!page.next) break;
      after = page.next;
    }
    const open = await db.selectFrom("absence_cases").select("id").where("status", "=", "open").execute();
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.sort()).toEqual(open.map((o) => o.id).sort());
    expect(dues).toEqual([...dues].sort());

    // The URL cursor: the page after "late" starts with "middle"; a broken cursor starts from the top.
    const next = await jsonOf(
      await callLoader(worklistLoader, getRequest(`/jobcenter/opfoelgning?visning=mine&efter=2027-02-15_${late.caseId}`, await staffCookieNow())),
    );
    expect(next.rows.map((r: { id: string }) => r.id)).not.toContain(late.caseId);
    expect(next.rows.map((r: { id: string }) => r.id)).toContain(middle.caseId);
    const broken = await callLoader(worklistLoader, getRequest("/jobcenter/opfoelgning?visning=x&efter=%27%3B--", await staffCookieNow()));
    expect(broken.status).toBe(200);

    // Recording the overdue first conversation moves the case to its next step (follow-up 2).
    const firstStep = (await stepsOf(late.caseId)).find((s) => s.key === "follow_up:1")!;
    const recorded = await staffPost(late.caseId, { intent: "record-step", stepId: firstStep.id, doneOn: "16.02.2027" });
    expect(recorded.status).toBe(302);
    const after1 = await stepsOf(late.caseId);
    expect(after1.find((s) => s.key === "follow_up:1")).toMatchObject({ done_on: "2027-02-16", done_by: staff.id });
    expect((await caseRow(late.caseId)).next_step_due_on).toBe(after1.find((s) => s.key === "follow_up:2")!.due_on);
    // A date in the future is refused next to the field; nothing is written.
    const step2 = after1.find((s) => s.key === "follow_up:2")!;
    const future = await staffPost(late.caseId, { intent: "record-step", stepId: step2.id, doneOn: "01.01.2030" });
    expect(future.status).toBe(400);
    expect((await jsonOf(future)).errors.doneOn).toMatch(/efter i dag/);
    expect((await stepsOf(late.caseId)).find((s) => s.id === step2.id)?.done_at).toBeNull();
  });
});

describe("reminders", () => {
  it("go once before the deadline, also across a restart, and never for a step already done", async () => {
    setNow(copenhagenToUtc("2027-03-01", "10:00:00"));
    const open = await fastTrackCase(); // first conversation due 2027-03-15: reminder 2027-03-12 08:00
    const held = await fastTrackCase();

    // A meeting held for the second case marks its first conversation done and cancels the reminder.
    const meeting: Meeting = {
      id: newId(),
      case_id: held.caseId,
      company_id: held.company.id,
      consultant_id: staff.id,
      kind: "first_conversation",
      form: "phone",
      location: null,
      video_url: null,
      starts_at: copenhagenToUtc("2027-03-05", "09:00:00").toISOString(),
      ends_at: copenhagenToUtc("2027-03-05", "10:00:00").toISOString(),
      status: "held",
      ics_uid: `${newId()}@test`,
      ics_sequence: 0,
      booked_by: null,
      employee_response: "accepted",
      employee_responded_at: null,
      union_rep_name: null,
      cancel_reason: null,
      cancelled_at: null,
      cancelled_by: null,
      held_at: copenhagenToUtc("2027-03-05", "10:00:00").toISOString(),
      employer_present: 1,
      summary: null,
      created_at: copenhagenToUtc("2027-03-01", "10:00:00").toISOString(),
      updated_at: copenhagenToUtc("2027-03-01", "10:00:00").toISOString(),
    };
    await db.insertInto("meetings").values(meeting).execute();
    await db.transaction().execute((trx) => markStepsDoneByMeeting(trx, meeting));
    const heldStep = (await stepsOf(held.caseId)).find((s) => s.key === "follow_up:1")!;
    expect(heldStep).toMatchObject({ meeting_id: meeting.id, done_on: "2027-03-05" });
    expect((await reminderJobs(held.caseId)).find((j) => JSON.parse(j.payload).stepId === heldStep.id)?.status).toBe("cancelled");
    // Held twice (a retry of the same transaction): nothing more is marked.
    await db.transaction().execute((trx) => markStepsDoneByMeeting(trx, meeting));
    expect((await stepsOf(held.caseId)).filter((s) => s.meeting_id === meeting.id)).toHaveLength(1);

    setNow(copenhagenToUtc("2027-03-12", "07:59:00"));
    await deliverAll();
    expect(await remindersTo(staff.email, open.caseId)).toHaveLength(0);
    setNow(copenhagenToUtc("2027-03-12", "08:00:00"));
    await deliverAll();
    const sent = await remindersTo(staff.email, open.caseId);
    expect(sent).toHaveLength(1);
    expect(sent[0].subject).toMatch(/Første samtale senest mandag den 15\. marts 2027/);
    expect(sent[0].text).toContain(`/jobcenter/sager/${open.caseId}`);

    // A crash after sending, before the job was marked done: another process takes it again after the lease.
    const job = (await reminderJobs(open.caseId)).find((j) => j.status === "done")!;
    await db
      .updateTable("jobs")
      .set({ status: "running", locked_until: copenhagenToUtc("2027-03-12", "08:00:30").toISOString() })
      .where("id", "=", job.id)
      .execute();
    setNow(copenhagenToUtc("2027-03-12", "08:10:00"));
    await deliverAll();
    expect(await remindersTo(staff.email, open.caseId)).toHaveLength(1);
    expect((await db.selectFrom("jobs").select("status").where("id", "=", job.id).executeTakeFirstOrThrow()).status).toBe("done");

    // The handler re-checks: a step done since (without its job being cancelled) gets no reminder.
    const step2 = (await stepsOf(open.caseId)).find((s) => s.key === "follow_up:2")!;
    await db.updateTable("case_steps").set({ done_at: "2027-03-12T09:00:00.000Z", done_on: "2027-03-12" }).where("id", "=", step2.id).execute();
    setNow(copenhagenToUtc(step2.due_on, "12:00:00"));
    await deliverAll();
    const later = await remindersTo(staff.email, open.caseId);
    expect(later.some((m) => m.subject.includes("Opfølgning 2"))).toBe(false);
    // …while the held case's next open steps are reminded as usual, and its held first conversation never was.
    const heldMails = await remindersTo(staff.email, held.caseId);
    expect(heldMails.some((m) => m.subject.includes("Første samtale"))).toBe(false);
    expect(heldMails.some((m) => m.subject.includes("Opfølgning 2"))).toBe(true);
  });
});

describe("closing a case", () => {
  it("ends the plan, cancels meetings and reminders, tells the parties, leaves the worklist; reopening brings the steps back", async () => {
    setNow(copenhagenToUtc("2027-04-01", "10:00:00"));
    const c = await fastTrackCase();
    const plan = await startPlan({ party: "consultant", user: staff, name: staff.name }, c.caseId);
    expect(plan.ok).toBe(true);
    await deliverAll();
    expect((await reminderJobs(c.caseId)).filter((j) => j.status === "pending").length).toBeGreaterThan(0);

    // Bad input: no outcome, "other" without a note, a health word held until confirmed: nothing written.
    const missing = await staffPost(c.caseId, { intent: "close", closedOn: "01.04.2027" });
    expect(missing.status).toBe(400);
    expect((await jsonOf(missing)).errors.outcome).toBe("Vælg et udfald.");
    const noNote = await staffPost(c.caseId, { intent: "close", outcome: "other", closedOn: "01.04.2027", note: "" });
    expect((await jsonOf(noNote)).errors.note).toMatch(/kort note/);
    const health = await staffPost(c.caseId, { intent: "close", outcome: "other", closedOn: "01.04.2027", note: "Har fået depression" });
    expect(health.status).toBe(422);
    expect((await jsonOf(health)).healthWords.length).toBeGreaterThan(0);
    expect((await caseRow(c.caseId)).status).toBe("open");
    const tooEarly = await staffPost(c.caseId, { intent: "close", outcome: "returned_full", closedOn: "01.01.2020" });
    expect((await jsonOf(tooEarly)).errors.closedOn).toMatch(/første fraværsdag/);

    const closed = await staffPost(c.caseId, { intent: "close", outcome: "partial_return", closedOn: "01.04.2027" });
    expect(closed.status).toBe(302);
    const row = await caseRow(c.caseId);
    expect(row).toMatchObject({ status: "closed", outcome: "partial_return", closed_on: "2027-04-01", closed_by: staff.id, next_step_id: null });
    expect((await db.selectFrom("retention_plans").select("status").where("case_id", "=", c.caseId).executeTakeFirstOrThrow()).status).toBe("closed");
    expect(vi.mocked(cancelMeetingsForCase)).toHaveBeenCalledWith(expect.anything(), c.caseId, "Sagen er afsluttet.", { kind: "user", id: staff.id });
    expect((await reminderJobs(c.caseId)).filter((j) => j.status === "pending")).toHaveLength(0);
    const audit = await db
      .selectFrom("audit_log")
      .selectAll()
      .where("entity_id", "=", c.caseId)
      .where("action", "=", "absence_case.closed")
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.meta!)).toMatchObject({ outcome: "partial_return", plans_closed: 1, meetings_cancelled: 1 });

    await deliverAll();
    expect((await lastMailTo(c.user.email, /afsluttet/)).text).toMatch(/Delvis tilbage, fortsætter/);
    expect((await lastMailTo(c.employeeEmail, /afsluttet/)).text).toMatch(/\/medarbejder\//);

    // Off the worklist; the employer sees it among the closed cases; closing twice is refused.
    const team = await listWorklist(db, { view: "team", staffId: staff.id, limit: 1000 });
    expect(team.rows.map((r) => r.id)).not.toContain(c.caseId);
    const list = await jsonOf(await callLoader(employerListLoader, getRequest("/virksomhed?vis=afsluttede", c.cookie)));
    expect(list.cases.find((x: { id: string }) => x.id === c.caseId)).toMatchObject({ status: "closed", outcome: "partial_return" });
    const openList = await jsonOf(await callLoader(employerListLoader, getRequest("/virksomhed", c.cookie)));
    expect(openList.cases.map((x: { id: string }) => x.id)).not.toContain(c.caseId);
    expect((await staffPost(c.caseId, { intent: "close", outcome: "returned_full", closedOn: "01.04.2027" })).status).toBe(409);

    // Reopened with a reason: open again, steps and their reminders back, audited.
    expect((await staffPost(c.caseId, { intent: "reopen", reopenReason: "" })).status).toBe(400);
    const reopened = await staffPost(c.caseId, { intent: "reopen", reopenReason: "Ny sygemelding efter tilbagefald" });
    expect(reopened.status).toBe(302);
    expect(await caseRow(c.caseId)).toMatchObject({ status: "open", outcome: null, closed_on: null });
    expect((await caseRow(c.caseId)).next_step_id).not.toBeNull();
    expect((await reminderJobs(c.caseId)).filter((j) => j.status === "pending").length).toBeGreaterThan(0);
    const reopenAudit = await db
      .selectFrom("audit_log")
      .selectAll()
      .where("entity_id", "=", c.caseId)
      .where("action", "=", "absence_case.reopened")
      .executeTakeFirstOrThrow();
    expect(JSON.parse(reopenAudit.meta!)).toMatchObject({ reason: "Ny sygemelding efter tilbagefald", previous_outcome: "partial_return" });
  });

  it("the employer proposes, the consultant rejects with a reason or confirms", async () => {
    setNow(copenhagenToUtc("2027-05-03", "10:00:00"));
    const c = await fastTrackCase();
    const propose = (fields: Record<string, string>) =>
      callAction(employerCaseAction, formRequest(`/virksomhed/sager/${c.caseId}`, { intent: "propose-closure", ...fields }, c.cookie), {
        params: { caseId: c.caseId },
      });
    expect((await propose({ outcome: "nonsense", closedOn: "03.05.2027" })).status).toBe(400);
    expect((await propose({ outcome: "returned_full", closedOn: "03.05.2027" })).status).toBe(302);
    expect((await propose({ outcome: "returned_full", closedOn: "03.05.2027" })).status).toBe(409);
    expect(await caseRow(c.caseId)).toMatchObject({ status: "open", closure_proposed_outcome: "returned_full", closure_proposed_on: "2027-05-03" });
    await deliverAll();
    expect((await lastMailTo(staff.email, /foreslår at afslutte/)).text).toContain(`/jobcenter/sager/${c.caseId}`);
    const page = await jsonOf(
      await callLoader(staffCaseLoader, getRequest(`/jobcenter/sager/${c.caseId}`, await staffCookieNow()), { params: { caseId: c.caseId } }),
    );
    expect(page.life.closure_proposed_outcome).toBe("returned_full");

    expect((await staffPost(c.caseId, { intent: "reject-closure", rejectReason: "Vi holder en opfølgning mere først." })).status).toBe(302);
    expect((await caseRow(c.caseId)).closure_proposed_at).toBeNull();
    await deliverAll();
    expect((await lastMailTo(c.user.email, /fortsætter/)).text).toContain("Vi holder en opfølgning mere først.");
    expect((await staffPost(c.caseId, { intent: "confirm-closure" })).status).toBe(409);

    expect((await propose({ outcome: "other_job_same_company", closedOn: "02.05.2027" })).status).toBe(302);
    expect((await staffPost(c.caseId, { intent: "confirm-closure" })).status).toBe(302);
    expect(await caseRow(c.caseId)).toMatchObject({ status: "closed", outcome: "other_job_same_company", closed_on: "2027-05-02", closure_proposed_at: null });
    const view = await jsonOf(await callLoader(employerCaseLoader, getRequest(`/virksomhed/sager/${c.caseId}`, c.cookie), { params: { caseId: c.caseId } }));
    expect(view.life).toMatchObject({ status: "closed", outcome: "other_job_same_company" });
    expect(
      await db.selectFrom("audit_log").select("id").where("entity_id", "=", c.caseId).where("action", "=", "absence_case.closure_confirmed").execute(),
    ).toHaveLength(1);
  });

  it("the daily refresh gives cases from before the worklist their steps", async () => {
    setNow(copenhagenToUtc("2027-06-01", "10:00:00"));
    const c = await fastTrackCase();
    await db.deleteFrom("case_steps").where("case_id", "=", c.caseId).execute();
    await db.updateTable("absence_cases").set({ next_step_id: null, next_step_due_on: "9999-12-31" }).where("id", "=", c.caseId).execute();
    await db.transaction().execute((trx) => refreshCaseSteps(trx, c.caseId));
    expect((await stepsOf(c.caseId)).length).toBeGreaterThanOrEqual(5);
    expect((await caseRow(c.caseId)).next_step_due_on).toBe("2027-06-15");
  });
});
