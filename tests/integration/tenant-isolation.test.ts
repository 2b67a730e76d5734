import { describe, expect, it } from "vitest";
import { action as fastTrackAction } from "~/routes/virksomhed.fast-track";
import { action as caseAction, loader as caseLoader } from "~/routes/virksomhed.sager.$caseId";
import { loader as casesLoader } from "~/routes/virksomhed._index";
import { loader as inboxLoader } from "~/routes/jobcenter._index";
import { action as inquiryAction, loader as inquiryLoader } from "~/routes/jobcenter.henvendelser.$inquiryId";
import { action as companiesAction } from "~/routes/jobcenter.virksomheder";
import { db } from "~db/index";
import { cookieFor, fastTrackForm, makeEmployer, makeUser } from "../support/factories";
import { callAction, callLoader, formRequest, getRequest, jsonOf } from "../support/requests";

async function createCase(cookie: string, cpr = "120485-1234") {
  const res = await callAction(fastTrackAction, formRequest("/virksomhed/fast-track", fastTrackForm({ cpr }), cookie));
  return res.headers.get("Location")!.match(/sager\/([^?]+)/)![1];
}

describe("tenant isolation", () => {
  it("gives a user of company B a 404 for company A's case, to read or to reveal its CPR", async () => {
    const a = await makeEmployer();
    const b = await makeEmployer();
    const caseId = await createCase(a.cookie);

    const read = await callLoader(caseLoader, getRequest(`/virksomhed/sager/${caseId}`, b.cookie), { params: { caseId } });
    expect(read.status).toBe(404);
    expect(await read.text()).toBe("Not Found");
    const reveal = await callAction(caseAction, formRequest(`/virksomhed/sager/${caseId}`, { intent: "reveal-cpr" }, b.cookie), { params: { caseId } });
    expect(reveal.status).toBe(404);
    expect(await db.selectFrom("audit_log").select("id").where("action", "=", "cpr.read").where("entity_id", "=", caseId).execute()).toHaveLength(0);

    const list = await jsonOf(await callLoader(casesLoader, getRequest("/virksomhed", b.cookie)));
    expect(list.cases).toHaveLength(0);

    // A case id that does not exist looks the same as one that is not yours.
    const missing = await callLoader(caseLoader, getRequest(`/virksomhed/sager/doesnotexist123`, b.cookie), { params: { caseId: "doesnotexist123" } });
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe("Not Found");
    const garbage = await callLoader(caseLoader, getRequest(`/virksomhed/sager/x`, b.cookie), { params: { caseId: "../../etc'" } });
    expect(garbage.status).toBe(404);
  });

  it("shows colleagues' cases only once the company is verified", async () => {
    const a = await makeEmployer({ verified: false });
    const colleague = await makeUser("employer", a.company.id);
    const colleagueCookie = await cookieFor(colleague.id);
    const mine = await createCase(a.cookie);

    expect((await callLoader(caseLoader, getRequest(`/virksomhed/sager/${mine}`, colleagueCookie), { params: { caseId: mine } })).status).toBe(404);
    expect((await jsonOf(await callLoader(casesLoader, getRequest("/virksomhed", colleagueCookie)))).cases).toHaveLength(0);
    expect((await jsonOf(await callLoader(casesLoader, getRequest("/virksomhed", a.cookie)))).cases).toHaveLength(1);

    const staff = await makeUser("consultant");
    const verified = await callAction(
      companiesAction,
      formRequest("/jobcenter/virksomheder", { intent: "verify", companyId: a.company.id }, await cookieFor(staff.id)),
    );
    expect(verified.status).toBe(302);
    expect((await callLoader(caseLoader, getRequest(`/virksomhed/sager/${mine}`, colleagueCookie), { params: { caseId: mine } })).status).toBe(200);
    expect((await jsonOf(await callLoader(casesLoader, getRequest("/virksomhed", colleagueCookie)))).cases).toHaveLength(1);
  });

  it("keeps employers out of the jobcenter's pages (404) and staff out of employers' pages", async () => {
    const a = await makeEmployer();
    const caseId = await createCase(a.cookie);
    const inquiry = await db.selectFrom("inquiries").select("id").where("case_id", "=", caseId).executeTakeFirstOrThrow();
    expect((await callLoader(inboxLoader, getRequest("/jobcenter", a.cookie))).status).toBe(404);
    expect((await callLoader(inquiryLoader, getRequest(`/jobcenter/henvendelser/${inquiry.id}`, a.cookie), { params: { inquiryId: inquiry.id } })).status).toBe(
      404,
    );
    const reply = await callAction(inquiryAction, formRequest(`/jobcenter/henvendelser/${inquiry.id}`, { intent: "reply", body: "hej" }, a.cookie), {
      params: { inquiryId: inquiry.id },
    });
    expect(reply.status).toBe(404);
    expect((await callAction(companiesAction, formRequest("/jobcenter/virksomheder", { intent: "verify", companyId: a.company.id }, a.cookie))).status).toBe(
      404,
    );

    const staff = await makeUser("consultant");
    expect((await callLoader(caseLoader, getRequest(`/virksomhed/sager/${caseId}`, await cookieFor(staff.id)), { params: { caseId } })).status).toBe(404);
  });

  it("sends anonymous visitors to sign-in", async () => {
    const res = await callLoader(inboxLoader, getRequest("/jobcenter"));
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/log-ind?redirectTo=%2Fjobcenter");
  });
});

describe("what the employee tells the jobcenter stays there", () => {
  it("the employer's case page lists no inquiry the employee wrote, nor the jobcenter's answer to it", async () => {
    const { employerWithCase, employeeSignIn, startPlanAsEmployer, planPost } = await import("../support/plans");
    const { deliverAll } = await import("../support/mail");
    const a = await employerWithCase();
    const planId = await startPlanAsEmployer(a.cookie, a.caseId);
    const employee = await employeeSignIn(a.caseId, a.employeeEmail);
    const sent = await planPost(employee, planId, { intent: "comment", section: "tasks", body: "Kun til jobcentret: mine skånehensyn", toJobcenter: "on" });
    expect(sent.status).toBe(302);
    await deliverAll();
    const fromEmployee = await db.selectFrom("inquiries").select("id").where("case_id", "=", a.caseId).where("from_employee", "=", 1).execute();
    expect(fromEmployee).toHaveLength(1);

    const view = await jsonOf(await callLoader(caseLoader, getRequest(`/virksomhed/sager/${a.caseId}`, a.cookie), { params: { caseId: a.caseId } }));
    expect(view.inquiries.map((i: { id: string }) => i.id)).not.toContain(fromEmployee[0].id);
    expect(JSON.stringify(view)).not.toContain("Kun til jobcentret");
  });
});

describe("the jobcenter's company search", () => {
  it("finds companies by any case of their name, æ, ø and å included, or by the start of the CVR number, on both databases", async () => {
    const { loader: companiesLoader } = await import("~/routes/jobcenter.virksomheder");
    const { makeCompany } = await import("../support/factories");
    const staff = await cookieFor((await makeUser("consultant")).id);
    const aeble = await makeCompany({ name: "ÆBLEGÅRDEN Østerå ApS" });
    const other = await makeCompany({ name: "Bager Bent ApS" });
    const search = async (q: string) => {
      const data = await jsonOf(await callLoader(companiesLoader, getRequest(`/jobcenter/virksomheder?q=${encodeURIComponent(q)}`, staff)));
      return [...data.pending.companies, ...data.verified.companies].map((c: { id: string }) => c.id);
    };
    for (const q of ["æblegården", "ØSTERÅ", "gårdEN øst", "Æble"]) {
      expect(await search(q), q).toContain(aeble.id);
      expect(await search(q), q).not.toContain(other.id);
    }
    expect(await search(aeble.cvr.slice(0, 5))).toContain(aeble.id);
    expect(await search("100%")).toEqual([]);
    expect(await search("")).toEqual(expect.arrayContaining([aeble.id, other.id]));
  });
});
