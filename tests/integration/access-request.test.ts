import { describe, expect, it } from "vitest";
import { db } from "~db/index";
import { newId } from "~/utils/crypto.server";
import { action as lookUpAction, loader as lookUpLoader } from "~/routes/jobcenter.indsigt";
import { loader as exportLoader } from "~/routes/jobcenter.indsigt.hent";
import { loader as ownLoader } from "~/routes/medarbejder.indsigt";
import { cookieFor, makeUser } from "../support/factories";
import { employeeSignIn, employerWithCase, savePlan, sixWeekPlan, startPlanAsEmployer } from "../support/plans";
import { callAction, callLoader, formRequest, getRequest, jsonOf } from "../support/requests";

describe("access requests (art. 15)", () => {
  it("a consultant looks a person up by CPR (audited) and exports their case, consent, plans and meetings as JSON and PDF; nothing of another person", async () => {
    const x = await employerWithCase({ cpr: "1111851234", name: "Xenia Indsigt", functions: "Arbejde ved kassen" });
    const planId = await startPlanAsEmployer(x.cookie, x.caseId);
    expect((await savePlan(x.cookie, planId, 1, sixWeekPlan())).status).toBe(302);
    const y = await employerWithCase({ cpr: "2202865678", name: "Yrsa Anden", functions: "Truckkørsel" });
    const consultant = await makeUser("consultant");
    const cookie = await cookieFor(consultant.id);

    const looked = await callAction(lookUpAction, formRequest("/jobcenter/indsigt", { cpr: "111185-1234" }, cookie));
    expect(looked.status).toBe(302);
    const location = looked.headers.get("Location")!;
    expect(location).not.toContain("1111851234");
    const audit = await db
      .selectFrom("audit_log")
      .selectAll()
      .where("actor_id", "=", consultant.id)
      .where("action", "=", "person.looked_up")
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.meta!)).toMatchObject({ purpose: "access_request", cases: 1 });
    const page = await jsonOf(await callLoader(lookUpLoader, getRequest(location, cookie)));
    expect(page.cases).toBe(1);

    const person = new URL(location, "http://x").searchParams.get("person")!;
    const res = await callLoader(exportLoader, getRequest(`/jobcenter/indsigt/hent?person=${person}&format=json`, cookie));
    expect(res.headers.get("Content-Type")).toMatch(/application\/json/);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    const data = await jsonOf(res);
    expect(data.cases).toHaveLength(1);
    const c = data.cases[0];
    expect(c.case.employee_name).toBe("Xenia Indsigt");
    expect(c.fast_track[0].consent_status).toBe("awaiting");
    expect(c.fast_track[0].affected_functions).toBe("Arbejde ved kassen");
    expect(c.plans[0].versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    expect(c.plans[0].versions[1].content.tasks[0].name).toBe("Plukke ordrer");
    expect(c.meetings).toEqual([]);
    expect(c.inquiries.length).toBeGreaterThan(0);
    const text = JSON.stringify(data);
    for (const other of ["Yrsa", "2202865678", "220286", "Truckkørsel", y.employeeEmail]) expect(text).not.toContain(other);

    const pdf = await callLoader(exportLoader, getRequest(`/jobcenter/indsigt/hent?person=${person}&format=pdf`, cookie));
    expect(pdf.headers.get("Content-Type")).toBe("application/pdf");
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    const exported = await db.selectFrom("audit_log").select("meta").where("actor_id", "=", consultant.id).where("action", "=", "person.exported").execute();
    expect(exported).toHaveLength(2);

    // Bad input: 400, writes nothing.
    expect((await callLoader(exportLoader, getRequest(`/jobcenter/indsigt/hent?person=x&format=json`, cookie))).status).toBe(400);
    const bad = await callAction(lookUpAction, formRequest("/jobcenter/indsigt", { cpr: "abc" }, cookie));
    expect(bad.status).toBe(400);
    expect((await jsonOf(bad)).values.cpr).toBe("abc");
    // Employers cannot.
    expect((await callLoader(exportLoader, getRequest(`/jobcenter/indsigt/hent?person=${person}&format=json`, x.cookie))).status).toBe(404);
  });

  it("the employee downloads their own: their case, consent, the plan versions, meetings; no internal notes, nothing of another person", async () => {
    const x = await employerWithCase({ cpr: "0909871234", name: "Vera Selv", functions: "Rengøring" });
    const planId = await startPlanAsEmployer(x.cookie, x.caseId);
    await savePlan(x.cookie, planId, 1, sixWeekPlan());
    const y = await employerWithCase({ cpr: "0808875678", name: "Wilma Fremmed" });
    const cookie = await employeeSignIn(x.caseId, x.employeeEmail);
    for (const caseId of [x.caseId, y.caseId])
      await db
        .insertInto("progression_ratings")
        .values({
          id: newId(),
          case_id: caseId,
          rated_at: "2026-11-30T09:00:00.000Z",
          ratings: JSON.stringify({ tasks: caseId === x.caseId ? 7 : 2 }),
          comment: null,
        })
        .execute();

    expect((await callLoader(ownLoader, getRequest("/medarbejder/indsigt?format=json"))).status).toBe(404);
    const data = await jsonOf(await callLoader(ownLoader, getRequest("/medarbejder/indsigt?format=json", cookie)));
    expect(data.cases).toHaveLength(1);
    expect(data.cases[0].case.employee_name).toBe("Vera Selv");
    expect(data.cases[0].fast_track[0]).toHaveProperty("consent_status");
    expect(data.cases[0].plans[0].versions).toHaveLength(2);
    expect(data.cases[0].meetings).toEqual([]);
    expect(data.cases[0].progression.ratings).toEqual([{ rated_at: "2026-11-30T09:00:00.000Z", ratings: { tasks: 7 }, comment: null }]);
    expect(data.cases[0].inquiries).toEqual([]);
    const text = JSON.stringify(data);
    for (const other of ["Wilma", "0808875678", y.employeeEmail]) expect(text).not.toContain(other);
    const pdf = await callLoader(ownLoader, getRequest("/medarbejder/indsigt?format=pdf", cookie));
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
  });
});
