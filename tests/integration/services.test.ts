import { describe, expect, it } from "vitest";
import { db } from "~db/index";
import { loader as companyListLoader } from "~/routes/virksomhed.tilbud._index";
import { loader as staffListLoader } from "~/routes/jobcenter.tilbud._index";
import { action as editServiceAction } from "~/routes/jobcenter.tilbud.$slug";
import { action as newServiceAction } from "~/routes/jobcenter.tilbud.ny";
import { loader as figuresLoader } from "~/routes/jobcenter.tilbud.tal";
import { loader as inquiryLoader } from "~/routes/jobcenter.henvendelser.$inquiryId";
import { loader as csvLoader } from "~/routes/jobcenter.tilbud.tal[.]csv";
import { serviceToValues } from "~/domain/serviceForm";
import { copenhagenToUtc } from "~/utils/dates";
import { setNow } from "~/utils/clock";
import { desk } from "../support/desk";
import { deliverAll, mailsTo } from "../support/mail";
import { cookieFor, makeUser } from "../support/factories";
import {
  ERGONOMI,
  companyRequest,
  companyRequestPost,
  guideCounts,
  requestIdOf,
  requestService,
  serviceRequestRow,
  serviceView,
  staffRequest,
  staffRequestPost,
} from "../support/guides";
import { employerWithCase } from "../support/plans";
import { callAction, callLoader, formRequest, getRequest, jsonOf } from "../support/requests";

async function staffCookies() {
  const consultant = await makeUser("consultant");
  const lead = await makeUser("team_lead");
  return { consultant, staff: await cookieFor(consultant.id), lead: await cookieFor(lead.id) };
}

async function serviceValues(slug: string) {
  const s = await db.selectFrom("services").selectAll().where("slug", "=", slug).executeTakeFirstOrThrow();
  return serviceToValues(JSON.parse(s.content), s.team, s.status);
}

describe("the service catalogue", () => {
  it("a company requests 'Ergonomisk vurdering' for a case → on the desk with its 24-hour deadline → agreed → scheduled → delivered → rated → in the team lead's figures", async () => {
    setNow(copenhagenToUtc("2026-12-07", "10:00:00"));
    const { consultant, staff: staffAtStart } = await staffCookies();
    let staff = staffAtStart;
    const a = await employerWithCase();

    const page = await jsonOf(await serviceView(ERGONOMI, a.cookie));
    expect(page.service).toMatchObject({ title: "Ergonomisk vurdering", status: "active", cost: "Gratis for virksomheden." });
    expect(page.canRequest).toBe(true);
    expect(page.cases.map((c: any) => c.id)).toContain(a.caseId);

    const res = await requestService(a.cookie, ERGONOMI, { caseId: a.caseId, message: "Lagermedarbejder med ondt i skulderen ved pakkebordet." });
    expect(res.status).toBe(302);
    const id = requestIdOf(res);
    const row = await serviceRequestRow(id);
    expect(row).toMatchObject({ status: "requested", company_id: a.company.id, case_id: a.caseId });
    const inquiry = await db.selectFrom("inquiries").selectAll().where("id", "=", row.inquiry_id!).executeTakeFirstOrThrow();
    expect(inquiry).toMatchObject({
      kind: "service",
      company_id: a.company.id,
      case_id: a.caseId,
      status: "open",
      subject: "Ergonomisk vurdering – Mette Hansen",
    });
    expect(Date.parse(inquiry.due_at) - Date.parse(inquiry.received_at)).toBe(24 * 3_600_000);
    expect((await desk(staff, "?visning=team&type=service")).inquiries.map((i: any) => i.id)).toContain(inquiry.id);
    // The desk's inquiry page links to the request and to the case.
    const inquiryPage = await jsonOf(
      await callLoader(inquiryLoader, getRequest(`/jobcenter/henvendelser/${inquiry.id}`, staff), { params: { inquiryId: inquiry.id } }),
    );
    expect(inquiryPage.serviceRequestId).toBe(id);
    expect(inquiryPage.case.id).toBe(a.caseId);
    const jobs = await db.selectFrom("jobs").select(["kind", "dedupe_key"]).execute();
    expect(jobs.map((j) => j.dedupe_key)).toEqual(
      expect.arrayContaining([`inquiry:reminder:${inquiry.id}`, `inquiry:escalation:${inquiry.id}`, `email:inquiry-received:${inquiry.id}`]),
    );

    // The company sees it and its state; it cannot rate before delivery.
    const list = await jsonOf(await callLoader(companyListLoader, getRequest("/virksomhed/tilbud", a.cookie)));
    expect(list.rows).toEqual([expect.objectContaining({ id, title: "Ergonomisk vurdering", status: "requested" })]);
    const early = await companyRequestPost(a.cookie, id, { intent: "evaluate", rating: "5" });
    expect(early.status).toBe(409);

    expect((await staffRequestPost(staff, id, { intent: "deliver" })).status).toBe(409);
    expect((await staffRequestPost(staff, id, { intent: "agree" })).headers.get("Location")).toBe(`/jobcenter/tilbud/anmodninger/${id}`);
    const badDate = await staffRequestPost(staff, id, { intent: "schedule", scheduledOn: "31.02.2026" });
    expect(badDate.status).toBe(400);
    expect((await jsonOf(badDate)).errors.scheduledOn).toBeTruthy();
    expect((await staffRequestPost(staff, id, { intent: "schedule", scheduledOn: "09.12.2026", note: "På lageret, hal 2" })).status).toBe(302);
    expect(await serviceRequestRow(id)).toMatchObject({ status: "scheduled", scheduled_on: "2026-12-09", schedule_note: "På lageret, hal 2" });

    // Three days later (new sessions: they last 12 hours).
    setNow(copenhagenToUtc("2026-12-10", "14:00:00"));
    staff = await cookieFor(consultant.id);
    a.cookie = await cookieFor(a.user.id);
    const { lead } = await staffCookies();
    const delivered = await staffRequestPost(staff, id, { intent: "deliver" });
    expect(delivered.headers.get("Location")).toBe(`/jobcenter/tilbud/anmodninger/${id}`);
    const view = await jsonOf(await companyRequest(a.cookie, id));
    expect(view.r).toMatchObject({ status: "delivered", scheduled_on: "2026-12-09" });
    // The requester heard of every step, in their language.
    await deliverAll();
    const subjects = (await mailsTo(a.user.email)).map((m: any) => m.subject);
    expect(subjects).toEqual(
      expect.arrayContaining(["Aftalt: Ergonomisk vurdering", "Planlagt: Ergonomisk vurdering", "Leveret: Ergonomisk vurdering – hvordan gik det?"]),
    );

    const badRating = await companyRequestPost(a.cookie, id, { intent: "evaluate", rating: "7", comment: "x" });
    expect(badRating.status).toBe(400);
    expect((await jsonOf(badRating)).errors.rating).toBe("Vælg en vurdering fra 1 til 5.");
    expect((await serviceRequestRow(id)).rating).toBeNull();
    const rated = await companyRequestPost(a.cookie, id, { intent: "evaluate", rating: "4", comment: "Gode råd om bordhøjden." });
    expect(rated.headers.get("Location")).toBe(`/virksomhed/tilbud/${id}?vurderet=1`);
    expect(await serviceRequestRow(id)).toMatchObject({ status: "evaluated", rating: 4, rating_comment: "Gode råd om bordhøjden." });
    expect((await companyRequestPost(a.cookie, id, { intent: "evaluate", rating: "1" })).status).toBe(409);

    const audit = await db.selectFrom("audit_log").select("action").where("entity_id", "=", id).orderBy("id").execute();
    expect(audit.map((x) => x.action).sort()).toEqual([
      "service_request.agree",
      "service_request.created",
      "service_request.deliver",
      "service_request.evaluate",
      "service_request.schedule",
    ]);

    const figures = await jsonOf(await callLoader(figuresLoader, getRequest("/jobcenter/tilbud/tal", lead)));
    expect(figures.figures.find((f: any) => f.slug === ERGONOMI)).toMatchObject({
      requests: 1,
      delivered: 1,
      medianDaysToDelivery: 3,
      ratings: 1,
      averageRating: 4,
    });
    const csv = await (await callLoader(csvLoader, getRequest("/jobcenter/tilbud/tal.csv", lead))).text();
    expect(csv).toContain("Ergonomisk vurdering;active;1;0;1;0;3;1;4");
    // Consultants do not see the team lead's figures.
    expect((await callLoader(figuresLoader, getRequest("/jobcenter/tilbud/tal", staff))).status).toBe(404);
  });

  it("declined with a reason; a request in general (no case) works too", async () => {
    const { staff } = await staffCookies();
    const a = await employerWithCase();
    const id = requestIdOf(await requestService(a.cookie, "kursus-i-sygefravaerssamtaler", { caseId: "general", message: "Fem ledere vil gerne med." }));
    expect((await serviceRequestRow(id)).case_id).toBeNull();
    const noReason = await staffRequestPost(staff, id, { intent: "decline", reason: "" });
    expect(noReason.status).toBe(400);
    expect((await staffRequestPost(staff, id, { intent: "decline", reason: "Næste kursus er i marts." })).status).toBe(302);
    expect(await serviceRequestRow(id)).toMatchObject({ status: "declined", decline_reason: "Næste kursus er i marts." });
    expect((await jsonOf(await companyRequest(a.cookie, id))).r.decline_reason).toBe("Næste kursus er i marts.");
  });

  it("a paused service cannot be requested; bad input gets a field message; neither writes anything", async () => {
    const { staff } = await staffCookies();
    const a = await employerWithCase();
    const values = await serviceValues("rundbordssamtale");
    const paused = await callAction(editServiceAction, formRequest("/jobcenter/tilbud/rundbordssamtale", { ...values, status: "paused" }, staff), {
      params: { slug: "rundbordssamtale" },
    });
    expect(paused.status).toBe(302);
    expect((await jsonOf(await serviceView("rundbordssamtale", a.cookie))).service.status).toBe("paused");

    const before = await guideCounts();
    const refused = await requestService(a.cookie, "rundbordssamtale", { caseId: a.caseId, message: "Vi vil gerne holde et møde." });
    expect(refused.status).toBe(409);
    expect((await jsonOf(refused)).formError).toMatch(/pause/);
    const empty = await requestService(a.cookie, ERGONOMI, { caseId: a.caseId, message: "   " });
    expect(empty.status).toBe(400);
    expect((await jsonOf(empty)).errors.message).toBe("Udfyld feltet.");
    const badCase = await requestService(a.cookie, ERGONOMI, { caseId: "<script>", message: "Hej" });
    expect(badCase.status).toBe(400);
    expect((await requestService(a.cookie, "findes-ikke", { message: "Hej" })).status).toBe(404);
    expect(await guideCounts()).toEqual(before);

    // Staff's service form: bad input by the field, nothing written.
    const badService = await callAction(newServiceAction, formRequest("/jobcenter/tilbud/ny", { title_da: "", status: "open" }, staff));
    expect(badService.status).toBe(400);
    const errors = (await jsonOf(badService)).errors;
    expect(errors.title_da).toBe("Udfyld feltet.");
    expect(errors.status).toBeTruthy();
    expect(await guideCounts()).toEqual(before);
    const created = await callAction(
      newServiceAction,
      formRequest("/jobcenter/tilbud/ny", { ...values, title_da: "Rundbordssamtale", status: "active", team: "Team Øst" }, staff),
    );
    expect(created.headers.get("Location")).toBe("/jobcenter/tilbud/rundbordssamtale-2?gemt=1");
  });

  it("company B never sees A's requests, and B's action on A's id is a 404 that writes nothing", async () => {
    const { staff } = await staffCookies();
    const a = await employerWithCase();
    const b = await employerWithCase();
    const id = requestIdOf(await requestService(a.cookie, ERGONOMI, { caseId: a.caseId, message: "Hemmelig-A om pakkebordet" }));
    await staffRequestPost(staff, id, { intent: "agree" });
    await staffRequestPost(staff, id, { intent: "deliver" });

    expect((await companyRequest(b.cookie, id)).status).toBe(404);
    const before = await guideCounts();
    const row = await serviceRequestRow(id);
    const ev = await companyRequestPost(b.cookie, id, { intent: "evaluate", rating: "1", comment: "B" });
    expect(ev.status).toBe(404);
    const evBad = await companyRequestPost(b.cookie, id, { intent: "evaluate", rating: "9" });
    expect(evBad.status).toBe(404);
    expect(await serviceRequestRow(id)).toEqual(row);
    expect(await guideCounts()).toEqual(before);

    // B cannot request for A's case.
    const onA = await requestService(b.cookie, ERGONOMI, { caseId: a.caseId, message: "Til A's sag" });
    expect(onA.status).toBe(400);
    expect((await jsonOf(onA)).errors.caseId).toBeTruthy();
    expect(await guideCounts()).toEqual(before);

    const bList = await callLoader(companyListLoader, getRequest("/virksomhed/tilbud", b.cookie));
    expect(await bList.text()).not.toContain("Hemmelig-A");
    // An employer is not staff: the staff pages answer 404.
    expect((await staffRequest(a.cookie, id)).status).toBe(404);
    expect((await staffRequestPost(a.cookie, id, { intent: "decline", reason: "x" })).status).toBe(404);
    expect((await callLoader(staffListLoader, getRequest("/jobcenter/tilbud", a.cookie))).status).toBe(404);
    const staffList = await jsonOf(await callLoader(staffListLoader, getRequest("/jobcenter/tilbud?status=delivered", staff)));
    expect(staffList.requests.map((r: any) => r.id)).toContain(id);
  });
});
