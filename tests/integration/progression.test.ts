// Progression measured by the employee (issue 13, part 3): ratings from their link, the health-word
// hold on the comment, the sharing choice, and who sees what.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~db/index";
import { action as progressionAction, loader as progressionLoader } from "~/routes/medarbejder.fremgang";
import { loader as employerCaseLoader } from "~/routes/virksomhed.sager.$caseId";
import { loader as deskLoader } from "~/routes/jobcenter.henvendelser.$inquiryId";
import { loader as staffCaseLoader } from "~/routes/jobcenter.sager.$caseId";
import { progressionFor } from "~/services/progression.server";
import { staffScope } from "~/models/scope.server";
import { loadSessionUser, type StaffUser } from "~/models/user.server";
import { setNow } from "~/utils/clock";
import { cookieFor, makeUser } from "../support/factories";
import { employeeSignIn, employerWithCase } from "../support/plans";
import { callAction, callLoader, formRequest, getRequest, jsonOf } from "../support/requests";

const rating = (tasks: number, nextStep: number, support: number, confidence: number, comment = "") => ({
  intent: "rate",
  tasks: String(tasks),
  nextStep: String(nextStep),
  support: String(support),
  confidence: String(confidence),
  comment,
});

let a: Awaited<ReturnType<typeof employerWithCase>>;
let b: Awaited<ReturnType<typeof employerWithCase>>;
let employeeA = "";
let employeeB = "";

async function post(cookie: string, fields: Record<string, string>) {
  return callAction(progressionAction, formRequest("/medarbejder/fremgang", fields, cookie));
}
async function employeePage(cookie: string) {
  return callLoader(progressionLoader, getRequest("/medarbejder/fremgang", cookie));
}
async function employerPage(cookie: string, caseId: string) {
  return callLoader(employerCaseLoader, getRequest(`/virksomhed/sager/${caseId}`, cookie), { params: { caseId } });
}

beforeAll(async () => {
  a = await employerWithCase({ name: "Rikke Rating" });
  b = await employerWithCase({ name: "Bjarne Bedømmelse" });
  employeeA = await employeeSignIn(a.caseId, a.employeeEmail);
  employeeB = await employeeSignIn(b.caseId, b.employeeEmail);
});

describe("progression measured by the employee", () => {
  it("the employee rates twice; both points are stored and shown, oldest first", async () => {
    setNow("2026-11-02T09:00:00.000Z");
    const first = await post(employeeA, rating(3, 4, 5, 6, "Det går langsomt frem med opgaverne."));
    expect(first.status).toBe(302);
    expect(first.headers.get("Location")).toContain("/medarbejder/fremgang?gemt=1");
    setNow("2026-11-16T09:00:00.000Z");
    expect((await post(employeeA, rating(6, 7, 8, 8))).status).toBe(302);

    const page = await jsonOf(await employeePage(employeeA));
    expect(page.points).toHaveLength(2);
    expect(page.points.map((p: any) => p.ratings)).toEqual([
      { tasks: 3, nextStep: 4, support: 5, confidence: 6 },
      { tasks: 6, nextStep: 7, support: 8, confidence: 8 },
    ]);
    expect(page.points[0].comment).toBe("Det går langsomt frem med opgaverne.");
    expect(page.points[1].comment).toBeNull();
    expect(page.shared).toBe(false);
    const audit = await db
      .selectFrom("audit_log")
      .select(["action", "meta"])
      .where("entity_id", "=", a.caseId)
      .where("action", "=", "progression.rated")
      .execute();
    expect(audit).toHaveLength(2);
    expect(audit.map((r) => r.meta).join()).not.toContain("langsomt");
  });

  it("refuses a missing or out-of-range rating with a message next to the field, keeps what was typed and stores nothing", async () => {
    const before = await db.selectFrom("progression_ratings").select("id").where("case_id", "=", a.caseId).execute();
    for (const bad of [
      { ...rating(5, 5, 5, 5), tasks: "11" },
      { ...rating(5, 5, 5, 5), nextStep: "-1" },
      { ...rating(5, 5, 5, 5), support: "fem" },
      { intent: "rate", tasks: "4", comment: "Kun én" },
    ]) {
      const res = await post(employeeA, bad);
      expect(res.status).toBe(400);
      const body = await jsonOf(res);
      expect(Object.values(body.errors)).toContain("Vælg et tal fra 0 til 10.");
      expect(body.values.comment ?? "").toBe(bad.comment ?? "");
    }
    expect((await post(employeeA, { intent: "nonsense" })).status).toBe(400);
    expect(await db.selectFrom("progression_ratings").select("id").where("case_id", "=", a.caseId).execute()).toHaveLength(before.length);
  });

  it("holds a comment with health words until the employee confirms", async () => {
    const count = async () => (await db.selectFrom("progression_ratings").select("id").where("case_id", "=", a.caseId).execute()).length;
    const before = await count();
    const held = await post(employeeA, rating(5, 5, 5, 5, "Min depression fylder mindre nu"));
    expect(held.status).toBe(422);
    const body = await jsonOf(held);
    expect(body.healthWords).toEqual(["depression"]);
    expect(body.values.tasks).toBe("5");
    expect(await count()).toBe(before);
    const confirmed = await post(employeeA, { ...rating(5, 5, 5, 5, "Min depression fylder mindre nu"), confirmHealth: "on" });
    expect(confirmed.status).toBe(302);
    expect(await count()).toBe(before + 1);
  });

  it("the employer sees the ratings only while the employee shares them, and the choice can be changed back", async () => {
    // Not shared: the employer's case page says so and carries none of the ratings.
    let view = await jsonOf(await employerPage(a.cookie, a.caseId));
    expect(view.progression).toEqual({ points: [], shared: false });
    expect(JSON.stringify(view)).not.toContain("langsomt");

    expect((await post(employeeA, { intent: "share", share: "yes" })).headers.get("Location")).toBe("/medarbejder/fremgang?delt=ja");
    view = await jsonOf(await employerPage(a.cookie, a.caseId));
    expect(view.progression.shared).toBe(true);
    expect(view.progression.points.length).toBeGreaterThanOrEqual(2);
    expect(view.progression.points[0].comment).toBe("Det går langsomt frem med opgaverne.");

    expect((await post(employeeA, { intent: "share", share: "no" })).status).toBe(302);
    view = await jsonOf(await employerPage(a.cookie, a.caseId));
    expect(view.progression).toEqual({ points: [], shared: false });
    expect((await jsonOf(await employeePage(employeeA))).shared).toBe(false);

    const bad = await post(employeeA, { intent: "share", share: "maybe" });
    expect(bad.status).toBe(400);
    expect((await jsonOf(bad)).errors.share).toBeTruthy();
    const actions = await db
      .selectFrom("audit_log")
      .select("action")
      .where("entity_id", "=", a.caseId)
      .where("action", "like", "progression.%shared")
      .orderBy("at")
      .execute();
    expect(actions.map((r) => r.action)).toEqual(["progression.shared", "progression.unshared"]);
  });

  it("the consultant always sees the ratings; company B and B's employee never see A's", async () => {
    const consultant = (await loadSessionUser(db, (await makeUser("consultant")).id)) as StaffUser;
    const staffView = await progressionFor(staffScope(consultant), a.caseId);
    expect(staffView.points.length).toBeGreaterThanOrEqual(3);
    expect(staffView.shared).toBe(false);
    // On the case's Fast Track inquiry at the desk, too.
    const inquiry = await db.selectFrom("inquiries").select("id").where("case_id", "=", a.caseId).executeTakeFirstOrThrow();
    const desk = await jsonOf(
      await callLoader(deskLoader, getRequest(`/jobcenter/henvendelser/${inquiry.id}`, await cookieFor(consultant.id)), { params: { inquiryId: inquiry.id } }),
    );
    expect(desk.progression.points.length).toBe(staffView.points.length);
    // And on the jobcenter's case page.
    const casePage = await jsonOf(
      await callLoader(staffCaseLoader, getRequest(`/jobcenter/sager/${a.caseId}`, await cookieFor(consultant.id)), { params: { caseId: a.caseId } }),
    );
    expect(casePage.progression.points.length).toBe(staffView.points.length);
    // A general inquiry links to no service request.
    expect(desk.serviceRequestId).toBeNull();

    // A shares again; B's HR user still reaches nothing of A (the case page answers 404).
    await post(employeeA, { intent: "share", share: "yes" });
    expect((await employerPage(b.cookie, a.caseId)).status).toBe(404);
    // B's employee sees only their own (empty) progression, and their ratings land on their own case.
    const own = await jsonOf(await employeePage(employeeB));
    expect(own.points).toEqual([]);
    expect((await post(employeeB, rating(1, 2, 3, 4))).status).toBe(302);
    const rows = await db.selectFrom("progression_ratings").select("case_id").where("case_id", "in", [a.caseId, b.caseId]).execute();
    expect(rows.filter((r) => r.case_id === b.caseId)).toHaveLength(1);
    expect((await jsonOf(await employerPage(a.cookie, a.caseId))).progression.points.map((p: any) => p.ratings.tasks)).not.toContain(1);
  });

  it("without an employee session the page and its actions answer 404", async () => {
    expect((await employeePage("")).status).toBe(404);
    expect((await callAction(progressionAction, formRequest("/medarbejder/fremgang", rating(5, 5, 5, 5)))).status).toBe(404);
    expect((await callLoader(progressionLoader, getRequest("/medarbejder/fremgang", a.cookie))).status).toBe(404);
  });
});
