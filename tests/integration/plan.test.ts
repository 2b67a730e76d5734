import { describe, expect, it } from "vitest";
import { db } from "~db/index";
import { loader as companyInquiriesLoader } from "~/routes/virksomhed.henvendelser._index";
import { action as employeeHomeAction, loader as employeeHomeLoader } from "~/routes/medarbejder._index";
import { loader as linkLoader } from "~/routes/medarbejder.$token";
import { loader as editLoader } from "~/routes/plan.$planId.rediger";
import { loader as historyLoader } from "~/routes/plan.$planId.historik";
import { loader as pdfLoader } from "~/routes/plan.$planId.pdf";
import { loader as caseLoader } from "~/routes/virksomhed.sager.$caseId";
import { copenhagenToUtc } from "~/utils/dates";
import { setNow } from "~/utils/clock";
import { translate } from "~/utils/i18n.server";
import { desk, deskAction } from "../support/desk";
import { cookieFor, makeUser } from "../support/factories";
import { deliverAll, emailJobs, mailsTo, tableCounts } from "../support/mail";
import {
  currentContent,
  employeeSignIn,
  employerWithCase,
  jsonOf,
  planPost,
  planRow,
  planView,
  savePlan,
  sixWeekPlan,
  startPlanAsEmployer,
} from "../support/plans";
import { callAction, callLoader, formRequest, getRequest } from "../support/requests";
import { employeeLinkToken } from "~/services/employeeAccess.server";

describe("the employee's secure link", () => {
  it("shows nothing without the emailed code, and opens only the employee's own page", async () => {
    const a = await employerWithCase();
    const token = employeeLinkToken(a.caseId);
    const landing = await jsonOf(await callLoader(linkLoader, getRequest(`/medarbejder/${token}`), { params: { token } }));
    expect(landing.maskedEmail).toMatch(/^a\*\*\*@example\.test$/);
    expect(JSON.stringify(landing)).not.toContain(a.employeeEmail);
    expect((await callLoader(employeeHomeLoader, getRequest("/medarbejder"))).status).toBe(404);

    const cookie = await employeeSignIn(a.caseId, a.employeeEmail);
    const home = await jsonOf(await callLoader(employeeHomeLoader, getRequest("/medarbejder", cookie)));
    expect(home.name).toBe("Mette Hansen");

    // Another employee's plan is not found with this session.
    const b = await employerWithCase({ cpr: "1506901002" });
    const otherPlan = await startPlanAsEmployer(b.cookie, b.caseId);
    expect((await planView(cookie, otherPlan)).status).toBe(404);
    expect((await callLoader(editLoader, getRequest(`/plan/${otherPlan}/rediger`, cookie), { params: { planId: otherPlan } })).status).toBe(404);
    expect((await callLoader(pdfLoader, getRequest(`/plan/${otherPlan}/pdf`, cookie), { params: { planId: otherPlan } })).status).toBe(404);

    const unknown = "A".repeat(43);
    expect((await callLoader(linkLoader, getRequest(`/medarbejder/${unknown}`), { params: { token: unknown } })).status).toBe(404);
  });
});

describe("starting a plan", () => {
  it("only the employee asks; the employer accepts, and the employee hears of it", async () => {
    const a = await employerWithCase();
    const employee = await employeeSignIn(a.caseId, a.employeeEmail);
    const asked = await callAction(employeeHomeAction, formRequest("/medarbejder", { intent: "request-plan" }, employee));
    expect(asked.status).toBe(302);
    const plan = await db.selectFrom("retention_plans").selectAll().where("case_id", "=", a.caseId).executeTakeFirstOrThrow();
    expect(plan).toMatchObject({ status: "requested", started_by_kind: "employee", current_version: 0 });
    expect((await emailJobs()).some((j) => j.payload.template === "plan-requested" && j.payload.to.includes(a.user.email))).toBe(true);

    // One active plan per employee and company.
    expect((await callAction(employeeHomeAction, formRequest("/medarbejder", { intent: "request-plan" }, employee))).status).toBe(409);

    const caseView = await jsonOf(await callLoader(caseLoader, getRequest(`/virksomhed/sager/${a.caseId}`, a.cookie), { params: { caseId: a.caseId } }));
    expect(caseView.plans[0]).toMatchObject({ id: plan.id, status: "requested" });

    const noReason = await planPost(a.cookie, plan.id, { intent: "decide", decision: "decline", reason: "" });
    expect(noReason.status).toBe(400);
    expect((await jsonOf(noReason)).errors.reason).toMatch(/begrundelse/);

    expect((await planPost(a.cookie, plan.id, { intent: "decide", decision: "accept" })).status).toBe(302);
    expect(await planRow(plan.id)).toMatchObject({ status: "active", current_version: 1 });
    await deliverAll();
    expect((await mailsTo(a.employeeEmail)).some((m) => m.subject === "Jeres fastholdelsesplan er startet")).toBe(true);
  });

  it("a declined request carries its reason to the employee", async () => {
    const a = await employerWithCase();
    const employee = await employeeSignIn(a.caseId, a.employeeEmail);
    await callAction(employeeHomeAction, formRequest("/medarbejder", { intent: "request-plan" }, employee));
    const plan = await db.selectFrom("retention_plans").select("id").where("case_id", "=", a.caseId).executeTakeFirstOrThrow();
    expect((await planPost(a.cookie, plan.id, { intent: "decide", decision: "decline", reason: "Vi har ingen andre opgaver lige nu." })).status).toBe(302);
    const home = await jsonOf(await callLoader(employeeHomeLoader, getRequest("/medarbejder", employee)));
    expect(home.plans[0]).toMatchObject({ status: "declined", declineReason: "Vi har ingen andre opgaver lige nu." });
  });

  it("the employer starts a plan and the employee gets a personal link", async () => {
    const a = await employerWithCase();
    const planId = await startPlanAsEmployer(a.cookie, a.caseId);
    expect(await planRow(planId)).toMatchObject({ status: "active", current_version: 1, started_by_kind: "employer" });
    await deliverAll();
    const invitation = (await mailsTo(a.employeeEmail)).find((m) => m.subject.startsWith("Vær med"));
    expect(invitation?.text).toContain(`/medarbejder/${employeeLinkToken(a.caseId)}`);
  });

  it("company B never reaches company A's plan", async () => {
    const a = await employerWithCase();
    const b = await employerWithCase({ cpr: "1506901002" });
    const planId = await startPlanAsEmployer(a.cookie, a.caseId);
    expect((await planView(b.cookie, planId)).status).toBe(404);
    expect((await planPost(b.cookie, planId, { intent: "approve", version: "1" })).status).toBe(404);
    expect((await savePlan(b.cookie, planId, 1, sixWeekPlan())).status).toBe(404);
    expect((await callLoader(historyLoader, getRequest(`/plan/${planId}/historik`, b.cookie), { params: { planId } })).status).toBe(404);
    expect((await callLoader(pdfLoader, getRequest(`/plan/${planId}/pdf`, b.cookie), { params: { planId } })).status).toBe(404);
  });
});

describe("co-editing", () => {
  it("two saves on top of the same version never lose an edit: the second is refused and merged section by section", async () => {
    const a = await employerWithCase();
    const consultant = await makeUser("consultant");
    const staff = await cookieFor(consultant.id);
    const planId = await startPlanAsEmployer(a.cookie, a.caseId);
    expect((await savePlan(a.cookie, planId, 1, sixWeekPlan())).status).toBe(302);

    // Both start from version 2.
    const base = await currentContent(planId);
    const employerEdit = {
      ...base,
      tasks: [...base.tasks, { id: "task0000002", name: "Kundeservice i telefonen", assessment: "can" as const, note: "" }],
      evaluationDate: "2027-01-19",
    };
    const consultantEdit = {
      ...base,
      accommodations: [
        ...base.accommodations,
        {
          id: "acc00000002",
          kind: "jobcenter_service" as const,
          description: "Mentor de første uger",
          responsible: "jobcenter" as const,
          start: null,
          end: null,
          status: "planned" as const,
          comment: "",
        },
      ],
      evaluationDate: "2027-01-26",
    };

    expect((await savePlan(staff, planId, 2, consultantEdit)).status).toBe(302);
    const refused = await savePlan(a.cookie, planId, 2, employerEdit);
    expect(refused.status).toBe(409);
    const { conflict } = await jsonOf(refused);
    expect(conflict).toMatchObject({
      current: 3,
      originalBase: 2,
      theirAuthor: consultant.name,
      mineChanged: ["tasks", "followUp"],
      theirsChanged: ["accommodations", "followUp"],
      both: ["followUp"],
    });
    expect(conflict.theirs.accommodations.map((x: any) => x.description)).toContain("Mentor de første uger");
    expect((await planRow(planId)).current_version).toBe(3);

    // The employer keeps their own follow-up date; everything else from both is kept.
    const merged = await callAction(
      (await import("~/routes/plan.$planId.rediger")).action,
      formRequest(
        `/plan/${planId}/rediger`,
        { intent: "merge", basedOn: "3", originalBase: "2", mine: JSON.stringify(conflict.mine), "choice.followUp": "mine" },
        a.cookie,
      ),
      { params: { planId } },
    );
    expect(merged.status).toBe(302);
    const final = await currentContent(planId);
    expect((await planRow(planId)).current_version).toBe(4);
    expect(final.tasks.map((t) => t.name)).toContain("Kundeservice i telefonen");
    expect(final.accommodations.map((x) => x.description)).toContain("Mentor de første uger");
    expect(final.evaluationDate).toBe("2027-01-19");
  });

  it("rejects an invalid step-up with a message on the week, and writes nothing", async () => {
    const a = await employerWithCase();
    const planId = await startPlanAsEmployer(a.cookie, a.caseId);
    const before = await tableCounts();
    const bad = { ...sixWeekPlan(), stepUp: { startDate: "2026-12-07", weeklyHours: [12, 34, 40] } };
    const res = await savePlan(a.cookie, planId, 1, bad);
    expect(res.status).toBe(400);
    const body = await jsonOf(res);
    expect(body.errors["week.1"]).toMatch(/mindst 4 timer/);
    expect(body.errors["week.2"]).toMatch(/Højst 37 timer/);
    expect(body.values["week.2"]).toBe("40");
    expect(await tableCounts()).toEqual(before);
    expect((await planRow(planId)).current_version).toBe(1);
  });

  it("warns before saving text that looks like a diagnosis, and saves only when confirmed", async () => {
    const a = await employerWithCase();
    const planId = await startPlanAsEmployer(a.cookie, a.caseId);
    const withDiagnosis = {
      ...sixWeekPlan(),
      tasks: [{ id: "task0000001", name: "Plukke ordrer", assessment: "cannot" as const, note: "Hun har diskusprolaps efter operationen" }],
    };
    const warned = await savePlan(a.cookie, planId, 1, withDiagnosis);
    expect(warned.status).toBe(422);
    expect((await jsonOf(warned)).healthWords).toEqual(["diskusprolaps", "operation"]);
    expect((await planRow(planId)).current_version).toBe(1);
    expect((await savePlan(a.cookie, planId, 1, withDiagnosis, { confirmHealth: "on" })).status).toBe(302);
    expect((await planRow(planId)).current_version).toBe(2);
  });

  it("shows a readable difference between any two versions", async () => {
    const a = await employerWithCase();
    const planId = await startPlanAsEmployer(a.cookie, a.caseId);
    await savePlan(a.cookie, planId, 1, sixWeekPlan());
    const next = { ...sixWeekPlan(), stepUp: { startDate: "2026-12-07", weeklyHours: [12, 20, 20, 24, 30, 37] } };
    await savePlan(a.cookie, planId, 2, next);
    const history = await jsonOf(await callLoader(historyLoader, getRequest(`/plan/${planId}/historik?fra=2&til=3`, a.cookie), { params: { planId } }));
    expect(history.changes).toEqual([{ section: "stepUp", type: "week", week: 2, from: 16, to: 20 }]);
    const all = await jsonOf(await callLoader(historyLoader, getRequest(`/plan/${planId}/historik?fra=1&til=3`, a.cookie), { params: { planId } }));
    expect(all.changes.map((c: any) => c.type)).toEqual(expect.arrayContaining(["field", "added", "week"]));
    expect(all.versions.map((v: any) => v.version)).toEqual([3, 2, 1]);
  });
});

describe("signing", () => {
  it("refuses to approve an empty plan (no button, and the action says no); a save says which version it became", async () => {
    setNow(copenhagenToUtc("2026-11-30", "10:00:00"));
    const a = await employerWithCase();
    const planId = await startPlanAsEmployer(a.cookie, a.caseId);
    const before = await tableCounts();
    const refused = await planPost(a.cookie, planId, { intent: "approve", version: "1" });
    expect(refused.status).toBe(409);
    expect((await jsonOf(refused)).formError).toMatch(/tom plan kan ikke godkendes/);
    expect(await tableCounts()).toEqual(before);
    expect(await db.selectFrom("plan_approvals").selectAll().execute()).toEqual([]);

    const saved = await savePlan(a.cookie, planId, 1, sixWeekPlan());
    expect(saved.headers.get("Location")).toBe(`/plan/${planId}?gemt=2`);
    expect(translate("da", "plan.savedAsVersion", { version: 2 })).toBe("Gemt som version 2.");
    expect((await planPost(a.cookie, planId, { intent: "approve", version: "2" })).status).toBe(302);
  });

  it("locks the version both parties approve, mails everyone, schedules the evaluation reminder; a later edit needs new approvals", async () => {
    setNow(copenhagenToUtc("2026-11-30", "10:00:00"));
    const a = await employerWithCase();
    const consultant = await makeUser("consultant");
    const staff = await cookieFor(consultant.id);
    const planId = await startPlanAsEmployer(a.cookie, a.caseId);
    await savePlan(staff, planId, 1, sixWeekPlan());
    const employee = await employeeSignIn(a.caseId, a.employeeEmail);

    expect((await planPost(employee, planId, { intent: "approve", version: "2" })).status).toBe(302);
    expect((await planRow(planId)).signed_version).toBeNull();
    expect((await planPost(staff, planId, { intent: "approve", version: "2" })).status).toBe(302); // acknowledgement
    expect((await planRow(planId)).signed_version).toBeNull();
    const signed = await planPost(a.cookie, planId, { intent: "approve", version: "2" });
    expect(signed.headers.get("Location")).toContain("underskrevet=1");
    expect(await planRow(planId)).toMatchObject({ signed_version: 2, current_version: 2 });

    const mails = (await emailJobs()).filter((j) => j.payload.template === "plan-signed");
    expect(mails.map((j) => j.payload.to).flat()).toEqual(expect.arrayContaining([a.user.email, a.employeeEmail]));
    expect(mails).toHaveLength(3);
    const reminder = await db.selectFrom("jobs").selectAll().where("dedupe_key", "=", `plan:evaluation:${planId}:2027-01-12`).executeTakeFirstOrThrow();
    expect(reminder.run_at).toBe(copenhagenToUtc("2027-01-09", "08:00:00").toISOString());

    const pdf = await callLoader(pdfLoader, getRequest(`/plan/${planId}/pdf`, employee), { params: { planId } });
    expect(pdf.headers.get("Content-Type")).toBe("application/pdf");
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");

    // The employer edits: a new version awaits approval, the signed one stays in force and visible.
    const edited = { ...sixWeekPlan(), evaluationDate: "2027-01-19" };
    expect((await savePlan(a.cookie, planId, 2, edited)).status).toBe(302);
    const page = await jsonOf(await planView(a.cookie, planId));
    expect(page.current.version).toBe(3);
    expect(page.signed.version).toBe(2);
    expect(page.signed.content.evaluationDate).toBe("2027-01-12");
    expect(page.approvals.filter((x: any) => x.version === 3)).toEqual([]);
    const old = await jsonOf(await planView(a.cookie, planId, "?version=2"));
    expect(old.shown.version).toBe(2);

    // Approving a version that is no longer the newest is refused.
    const stale = await planPost(employee, planId, { intent: "approve", version: "2" });
    expect(stale.status).toBe(409);
  });

  it("reminds all parties before the evaluation date, once", async () => {
    setNow(copenhagenToUtc("2026-11-30", "10:00:00"));
    const a = await employerWithCase();
    const planId = await startPlanAsEmployer(a.cookie, a.caseId);
    await savePlan(a.cookie, planId, 1, sixWeekPlan());
    const employee = await employeeSignIn(a.caseId, a.employeeEmail);
    await planPost(employee, planId, { intent: "approve", version: "2" });
    await planPost(a.cookie, planId, { intent: "approve", version: "2" });
    await deliverAll();
    const reminders = async (to: string) => (await mailsTo(to)).filter((m) => m.subject.startsWith("Evaluering"));

    setNow(copenhagenToUtc("2027-01-09", "07:59:00"));
    await deliverAll();
    expect(await reminders(a.employeeEmail)).toHaveLength(0);
    setNow(copenhagenToUtc("2027-01-09", "08:00:00"));
    await deliverAll();
    await deliverAll();
    expect(await reminders(a.employeeEmail)).toHaveLength(1);
    expect(await reminders(a.user.email)).toHaveLength(1);
  });

  it("does not remind for an evaluation date that a later signed version changed", async () => {
    setNow(copenhagenToUtc("2026-11-30", "10:00:00"));
    const a = await employerWithCase();
    const planId = await startPlanAsEmployer(a.cookie, a.caseId);
    await savePlan(a.cookie, planId, 1, sixWeekPlan());
    const employee = await employeeSignIn(a.caseId, a.employeeEmail);
    await planPost(employee, planId, { intent: "approve", version: "2" });
    await planPost(a.cookie, planId, { intent: "approve", version: "2" });
    await savePlan(a.cookie, planId, 2, { ...sixWeekPlan(), evaluationDate: "2027-01-19" });
    await planPost(employee, planId, { intent: "approve", version: "3" });
    await planPost(a.cookie, planId, { intent: "approve", version: "3" });
    expect((await planRow(planId)).signed_version).toBe(3);
    const reminders = async () => (await mailsTo(a.employeeEmail)).filter((m) => m.subject.startsWith("Evaluering"));

    setNow(copenhagenToUtc("2027-01-10", "08:00:00"));
    await deliverAll();
    expect(await reminders()).toHaveLength(0);
    setNow(copenhagenToUtc("2027-01-16", "08:00:00"));
    await deliverAll();
    expect((await reminders()).map((m) => m.subject)).toEqual(["Evaluering af fastholdelsesplan tirsdag den 19. januar 2027"]);
  });

  it("shows the partial return and today's hours from the signed step-up on the case", async () => {
    setNow(copenhagenToUtc("2026-11-30", "10:00:00"));
    const a = await employerWithCase();
    const planId = await startPlanAsEmployer(a.cookie, a.caseId);
    await savePlan(a.cookie, planId, 1, sixWeekPlan());
    const employee = await employeeSignIn(a.caseId, a.employeeEmail);
    await planPost(employee, planId, { intent: "approve", version: "2" });
    await planPost(a.cookie, planId, { intent: "approve", version: "2" });
    setNow(copenhagenToUtc("2026-12-15", "10:00:00"));
    const view = await jsonOf(
      await callLoader(caseLoader, getRequest(`/virksomhed/sager/${a.caseId}`, await cookieFor(a.user.id)), { params: { caseId: a.caseId } }),
    );
    expect(view.plans[0].partialReturn).toEqual({ week: 2, hours: 16, normal: 37, partial: true });
  });
});

describe("comments", () => {
  it("a comment to the jobcenter is an inquiry on the 24-hour desk; the employee's never reaches the employer", async () => {
    const a = await employerWithCase();
    const consultant = await makeUser("consultant");
    const staff = await cookieFor(consultant.id);
    const planId = await startPlanAsEmployer(a.cookie, a.caseId);
    const employee = await employeeSignIn(a.caseId, a.employeeEmail);

    expect(
      (
        await planPost(employee, planId, {
          intent: "comment",
          section: "stepUp",
          body: "Jeg er bekymret for at gå op til 20 timer så hurtigt.",
          toJobcenter: "on",
        })
      ).status,
    ).toBe(302);
    expect((await planPost(a.cookie, planId, { intent: "comment", section: "tasks", body: "Vi kan tilbyde kontorarbejde.", toJobcenter: "" })).status).toBe(
      302,
    );

    const inquiry = await db.selectFrom("inquiries").selectAll().where("case_id", "=", a.caseId).where("kind", "=", "plan_comment").executeTakeFirstOrThrow();
    expect(inquiry).toMatchObject({ from_employee: 1, created_by: null, contact_email: a.employeeEmail, status: "open" });
    expect((await desk(staff, "?visning=team&type=plan_comment")).inquiries.map((i: any) => i.id)).toContain(inquiry.id);

    // The employer sees its own comment, not the employee's, and no inquiry from the employee.
    const employerPage = await jsonOf(await planView(a.cookie, planId));
    expect(employerPage.comments.map((c: any) => c.body)).toEqual(["Vi kan tilbyde kontorarbejde."]);
    const list = await jsonOf(await callLoader(companyInquiriesLoader, getRequest("/virksomhed/henvendelser", a.cookie)));
    expect(list.inquiries.some((i: any) => i.id === inquiry.id)).toBe(false);

    // The consultant answers: the employee gets it by email and on the plan; the employer does not.
    await deskAction(staff, inquiry.id, { intent: "answer", answerKind: "reply", body: "Vi kan sagtens tage det roligere. Jeg ringer til dig." });
    await deliverAll();
    expect((await mailsTo(a.employeeEmail)).some((m) => m.text.includes("Vi kan sagtens tage det roligere"))).toBe(true);
    expect((await mailsTo(a.user.email)).some((m) => m.text.includes("Vi kan sagtens tage det roligere"))).toBe(false);
    const employeePage = await jsonOf(await planView(employee, planId));
    const mine = employeePage.comments.find((c: any) => c.to_jobcenter);
    expect(mine.answers.map((x: any) => x.body)).toEqual(["Vi kan sagtens tage det roligere. Jeg ringer til dig."]);
  });
});
