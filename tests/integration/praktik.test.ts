import { describe, expect, it } from "vitest";
import { db } from "~db/index";
import { loader as offerLoader, action as offerAction } from "~/routes/virksomhed.praktik.tilbud.$offerId";
import { loader as companyListLoader } from "~/routes/virksomhed.praktik._index";
import { loader as staffListLoader } from "~/routes/jobcenter.praktik._index";
import { copenhagenToUtc } from "~/utils/dates";
import { resetEnvCache } from "~/utils/env.server";
import { setNow } from "~/utils/clock";
import { desk } from "../support/desk";
import { cookieFor, makeEmployer, makeUser } from "../support/factories";
import { deliverAll, emailJobs, mailsTo, tableCounts } from "../support/mail";
import { bank, company, companyView, createOffer, placementRow, proposal, requestPlacement, staff, staffView } from "../support/praktik";
import { callAction, callLoader, formRequest, getRequest, jsonOf } from "../support/requests";

async function setting() {
  setNow(copenhagenToUtc("2026-11-23", "09:00:00"));
  const a = await makeEmployer();
  const b = await makeEmployer();
  const consultant = await makeUser("consultant");
  return { a, b, consultant, staffCookie: await cookieFor(consultant.id) };
}

describe("the placement journey", () => {
  it("A offers → B asks for a retention placement → found by search, proposed → A accepts → approved → active → check-in → evaluated and completed", async () => {
    const { a, b, consultant, staffCookie } = await setting();
    const offerId = await createOffer(a.cookie);
    const placementId = await requestPlacement(b.cookie);

    // The request is an inquiry on the 24-hour desk.
    const p0 = await placementRow(placementId);
    expect(p0).toMatchObject({ status: "requested", purpose: "retention", employee_name: "Søren Sørensen", cpr_masked: "010190-xxxx" });
    expect(p0.cpr_encrypted).not.toContain("0101901234");
    const inquiry = await db.selectFrom("inquiries").selectAll().where("id", "=", p0.inquiry_id!).executeTakeFirstOrThrow();
    expect(inquiry).toMatchObject({ kind: "placement", company_id: b.company.id, status: "open" });
    expect((await desk(staffCookie, "?visning=team&type=placement")).inquiries.map((i: any) => i.id)).toContain(inquiry.id);

    // The consultant finds A's offer: the request's hours and start are the default filters.
    const view = await staffView(staffCookie, placementId, "?branche=logistics&postnr=74&acc_no_heavy_lifting=on");
    expect(view.search.total).toBeGreaterThanOrEqual(1);
    expect(view.search.offers.map((o: any) => o.id)).toContain(offerId);
    expect(view.search.query).toMatchObject({ hours: 15, availableBy: "2026-12-07" });

    expect((await staff(staffCookie, placementId, proposal(offerId))).status).toBe(302);
    expect(await placementRow(placementId)).toMatchObject({
      status: "proposed",
      offer_id: offerId,
      host_company_id: a.company.id,
      start_date: "2026-12-07",
      weeks: 8,
    });
    expect((await emailJobs()).some((j) => j.payload.template === "placement-proposed" && j.payload.to.includes("lone@lager.example"))).toBe(true);

    // The host sees the proposal, but never B's employee: no name, no CPR before approval.
    const hostView = await jsonOf(await companyView(a.cookie, placementId));
    expect(hostView.roles).toEqual(["host"]);
    expect(hostView.person).toBeNull();
    expect(JSON.stringify(hostView)).not.toMatch(/Søren|Sørensen|010190/);

    expect((await company(a.cookie, placementId, { intent: "accept" })).status).toBe(302);
    expect((await staff(staffCookie, placementId, { intent: "approve", staffRepName: "Tina Tillid", consentDate: "2026-11-30" })).status).toBe(302);
    expect(await placementRow(placementId)).toMatchObject({ status: "approved", staff_rep_name: "Tina Tillid", staff_rep_consent_at: "2026-11-30" });
    const approvedHostView = await jsonOf(await companyView(a.cookie, placementId));
    expect(approvedHostView.person).toBe("Søren");
    expect(JSON.stringify(approvedHostView)).not.toMatch(/Sørensen|010190/);

    // Started on the start day; the host checks in for the week.
    setNow(copenhagenToUtc("2026-12-07", "08:00:00"));
    expect((await company(await cookieFor(a.user.id), placementId, { intent: "start" })).status).toBe(302);
    expect((await placementRow(placementId)).status).toBe("active");
    const checkin = { intent: "checkin", weekStart: "2026-12-07", attendance: "all", hours: "15", how: "good", comment: "Fin første uge." };
    setNow(copenhagenToUtc("2026-12-11", "12:00:00"));
    const host = await cookieFor(a.user.id);
    const jobcenter = await cookieFor(consultant.id);
    expect((await company(host, placementId, checkin)).status).toBe(302);
    expect((await company(host, placementId, checkin)).status).toBe(409); // one per week
    const checkins = await db.selectFrom("placement_checkins").selectAll().where("placement_id", "=", placementId).execute();
    expect(checkins).toMatchObject([{ week_start: "2026-12-07", attendance: "all", hours: 15, how: "good" }]);

    // Completed only after the consultant's evaluation.
    const early = await staff(jobcenter, placementId, { intent: "complete" });
    expect(early.status).toBe(409);
    expect((await jsonOf(early)).formError).toMatch(/evaluering/);
    expect((await company(host, placementId, { intent: "evaluate", how: "good", text: "Søren var en god hjælp." })).status).toBe(302);
    expect(
      (await staff(jobcenter, placementId, { intent: "evaluate", how: "good", outcome: "other_tasks", text: "Søren fortsætter med lageropgaver hos B." }))
        .status,
    ).toBe(302);
    expect((await staff(jobcenter, placementId, { intent: "complete" })).status).toBe(302);
    expect((await placementRow(placementId)).status).toBe("completed");

    // Every step with who and when.
    const events = await db.selectFrom("placement_events").selectAll().where("placement_id", "=", placementId).orderBy("at").execute();
    expect(events.map((e) => [e.kind, e.to_status, e.actor_name])).toEqual([
      ["requested", "requested", b.user.name],
      ["propose", "proposed", consultant.name],
      ["accept", "accepted", a.user.name],
      ["approve", "approved", consultant.name],
      ["start", "active", a.user.name],
      ["complete", "completed", consultant.name],
    ]);
    expect(events.every((e) => e.at)).toBe(true);
    await deliverAll();
    expect((await mailsTo(b.user.email)).some((m) => m.subject === "Praktikken er godkendt")).toBe(true);
  });

  it("refuses every illegal step with a message, and changes nothing", async () => {
    const { a, b, staffCookie } = await setting();
    const offerId = await createOffer(a.cookie);
    const id = await requestPlacement(b.cookie);
    const refused = async (cookie: string, fields: Record<string, string>, who: "staff" | "company") => {
      const before = await placementRow(id);
      const res = who === "staff" ? await staff(cookie, id, fields) : await company(cookie, id, fields);
      expect(res.status, JSON.stringify(fields)).toBe(409);
      expect((await placementRow(id)).status).toBe(before.status);
      return (await jsonOf(res)).formError as string;
    };
    expect(await refused(staffCookie, { intent: "approve", staffRepName: "X", consentDate: "2026-11-30" }, "staff")).toMatch(/nuværende status/);
    expect(await refused(staffCookie, { intent: "start" }, "staff")).toMatch(/nuværende status/);
    expect(await refused(staffCookie, { intent: "complete" }, "staff")).toMatch(/nuværende status/);
    expect(await refused(b.cookie, { intent: "accept" }, "company")).toMatch(/nuværende status|kan du ikke/);

    await staff(staffCookie, id, proposal(offerId));
    expect(await refused(b.cookie, { intent: "accept" }, "company")).toMatch(/kan du ikke/); // the requester is not the host
    expect(await refused(staffCookie, { intent: "approve", staffRepName: "X", consentDate: "2026-11-30" }, "staff")).toMatch(/nuværende status/);
    expect(await refused(staffCookie, { ...proposal(offerId) }, "staff")).toMatch(/nuværende status/);

    await company(a.cookie, id, { intent: "accept" });
    await staff(staffCookie, id, { intent: "approve", staffRepName: "Tina", consentDate: "2026-11-30" });
    expect(await refused(a.cookie, { intent: "start" }, "company")).toMatch(/startdatoen/); // before 7 December
    expect(await refused(b.cookie, { intent: "cancel", reason: "Fortrudt" }, "company")).toMatch(/kan du ikke/); // approved: only the jobcenter cancels
    expect(await refused(a.cookie, { intent: "checkin", weekStart: "2026-12-07", attendance: "all", hours: "10", how: "ok" }, "company")).toMatch(
      /nuværende status/,
    );
  });

  it("a host that declines sends the request back for a new proposal", async () => {
    const { a, b, staffCookie } = await setting();
    const offerId = await createOffer(a.cookie);
    const id = await requestPlacement(b.cookie);
    await staff(staffCookie, id, proposal(offerId));
    const noReason = await company(a.cookie, id, { intent: "decline", reason: "" });
    expect(noReason.status).toBe(400);
    expect((await company(a.cookie, id, { intent: "decline", reason: "Vi har travlt i december." })).status).toBe(302);
    expect(await placementRow(id)).toMatchObject({ status: "requested", offer_id: null, host_company_id: null });
    const ev = await db.selectFrom("placement_events").selectAll().where("placement_id", "=", id).where("kind", "=", "decline").executeTakeFirstOrThrow();
    expect(ev.note).toBe("Vi har travlt i december.");
    expect((await companyView(a.cookie, id)).status).toBe(404); // no longer the host
  });
});

describe("duration", () => {
  it("keeps weeks within the maximum per target group, and extends with a recorded reason", async () => {
    const { a, b, staffCookie } = await setting();
    const offerId = await createOffer(a.cookie, { maxWeeks: "26", places: "5" });
    const id = await requestPlacement(b.cookie);
    const tooLong = await staff(staffCookie, id, proposal(offerId, { weeks: "14" }));
    expect(tooLong.status).toBe(409);
    expect((await jsonOf(tooLong)).formError).toMatch(/13 uger/);
    const jobReady = await staff(staffCookie, id, proposal(offerId, { weeks: "5", targetGroup: "job_ready" }));
    expect((await jsonOf(jobReady)).formError).toMatch(/4 uger/);
    expect((await staff(staffCookie, id, proposal(offerId, { weeks: "13" }))).status).toBe(302);
    await company(a.cookie, id, { intent: "accept" });
    await staff(staffCookie, id, { intent: "approve", staffRepName: "Tina", consentDate: "2026-11-30" });

    const noReason = await staff(staffCookie, id, { intent: "extend", extraWeeks: "4", reason: "" });
    expect(noReason.status).toBe(400);
    expect(
      (await staff(staffCookie, id, { intent: "extend", extraWeeks: "4", reason: "Har brug for længere tid til at vænne sig til opgaverne." })).status,
    ).toBe(302);
    const row = await placementRow(id);
    expect(row).toMatchObject({ weeks: 13, extra_weeks: 4 });
    const view = await staffView(staffCookie, id);
    expect(view.placement.end_date).toBe("2027-04-04"); // 17 weeks from 7 December
    expect(view.events.find((e: any) => e.kind === "extended").note).toMatch(/^\+4 uger: Har brug for/);
  });

  it("does not extend a job-ready placement beyond 4 weeks", async () => {
    const { a, b, staffCookie } = await setting();
    const offerId = await createOffer(a.cookie);
    const id = await requestPlacement(b.cookie, { purpose: "hosting" });
    await staff(staffCookie, id, proposal(offerId, { weeks: "4", targetGroup: "job_ready" }));
    await company(a.cookie, id, { intent: "accept" });
    await staff(staffCookie, id, { intent: "approve", staffRepName: "Tina", consentDate: "2026-11-30" });
    const res = await staff(staffCookie, id, { intent: "extend", extraWeeks: "2", reason: "Ønske" });
    expect(res.status).toBe(409);
    expect((await jsonOf(res)).formError).toMatch(/kan ikke forlænges/);
  });

  it("the maximum is configurable", async () => {
    process.env.PLACEMENT_MAX_WEEKS_SICK_LEAVE = "16";
    resetEnvCache();
    try {
      const { a, b, staffCookie } = await setting();
      const offerId = await createOffer(a.cookie, { maxWeeks: "26" });
      const id = await requestPlacement(b.cookie);
      expect((await staff(staffCookie, id, proposal(offerId, { weeks: "16" }))).status).toBe(302);
    } finally {
      delete process.env.PLACEMENT_MAX_WEEKS_SICK_LEAVE;
      resetEnvCache();
    }
  });
});

describe("the bank", () => {
  it("hides paused, withdrawn and full offers; a full offer cannot be proposed", async () => {
    const { a, b, staffCookie } = await setting();
    const single = await createOffer(a.cookie, { title: "En enkelt plads", places: "1" });
    const paused = await createOffer(a.cookie, { title: "Pause-plads" });
    const offerPost = (offerId: string, intent: string) =>
      callAction(offerAction, formRequest(`/virksomhed/praktik/tilbud/${offerId}`, { intent }, a.cookie), { params: { offerId } });
    expect((await offerPost(paused, "paused")).status).toBe(302);
    let titles = (await bank(staffCookie)).offers.map((o: any) => o.title);
    expect(titles).toContain("En enkelt plads");
    expect(titles).not.toContain("Pause-plads");

    const first = await requestPlacement(b.cookie);
    await staff(staffCookie, first, proposal(single));
    await company(a.cookie, first, { intent: "accept" });
    titles = (await bank(staffCookie)).offers.map((o: any) => o.title);
    expect(titles).not.toContain("En enkelt plads");
    const second = await requestPlacement(b.cookie);
    const res = await staff(staffCookie, second, proposal(single));
    expect(res.status).toBe(409);
    expect((await jsonOf(res)).formError).toMatch(/ledige pladser/);

    expect((await offerPost(paused, "withdrawn")).status).toBe(302);
    expect((await offerPost(paused, "active")).status).toBe(409); // withdrawn is final
  });
});

describe("tenant isolation", () => {
  it("company A never sees B's request or its employee; B never sees or edits A's offer", async () => {
    const { a, b } = await setting();
    const offerId = await createOffer(a.cookie);
    const requestId = await requestPlacement(b.cookie);

    expect((await companyView(a.cookie, requestId)).status).toBe(404);
    const aList = await jsonOf(await callLoader(companyListLoader, getRequest("/virksomhed/praktik", a.cookie)));
    expect(JSON.stringify(aList)).not.toMatch(/Søren|010190/);
    expect(aList.requests).toEqual([]);
    expect((await company(a.cookie, requestId, { intent: "cancel", reason: "x" })).status).toBe(404);

    expect((await callLoader(offerLoader, getRequest(`/virksomhed/praktik/tilbud/${offerId}`, b.cookie), { params: { offerId } })).status).toBe(404);
    const before = await tableCounts();
    expect(
      (await callAction(offerAction, formRequest(`/virksomhed/praktik/tilbud/${offerId}`, { intent: "withdrawn" }, b.cookie), { params: { offerId } })).status,
    ).toBe(404);
    expect(await tableCounts()).toEqual(before);
    // Staff pages are the jobcenter's only.
    expect((await callLoader(staffListLoader, getRequest("/jobcenter/praktik", a.cookie))).status).toBe(404);
  });

  it("rejects bad offers and requests with a message per field and writes nothing", async () => {
    const { a } = await setting();
    const before = await db
      .selectFrom("placement_offers")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    const { action: newOffer } = await import("~/routes/virksomhed.praktik.tilbud.ny");
    const { offerForm, requestForm } = await import("../support/praktik");
    for (const [fields, field] of [
      [offerForm({ postcode: "74" }), "postcode"],
      [offerForm({ municipality: "Atlantis" }), "municipality"],
      [offerForm({ hoursMin: "30", hoursMax: "10" }), "hoursMax"],
      [offerForm({ maxWeeks: "2,5" }), "maxWeeks"],
      [offerForm({ industry: "piracy" }), "industry"],
      [offerForm({ title: "" }), "title"],
    ] as const) {
      const res = await callAction(newOffer, formRequest("/virksomhed/praktik/tilbud/ny", fields, a.cookie));
      expect(res.status, field).toBe(400);
      expect((await jsonOf(res)).errors[field], field).toBeTruthy();
    }
    expect(
      (
        await db
          .selectFrom("placement_offers")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .executeTakeFirstOrThrow()
      ).n,
    ).toBe(before.n);
    const { action: requestAction } = await import("~/routes/virksomhed.praktik.anmod");
    for (const [fields, field] of [
      [requestForm({ cpr: "12" }), "cpr"],
      [requestForm({ employeeName: "" }), "employeeName"],
      [requestForm({ wishedStart: "2026-01-01" }), "wishedStart"],
      [requestForm({ purpose: "" }), "purpose"],
      [requestForm({ caseId: "nosuchcase12345" }), "caseId"],
    ] as const) {
      const res = await callAction(requestAction, formRequest("/virksomhed/praktik/anmod", fields, a.cookie));
      expect(res.status, field).toBe(400);
      expect((await jsonOf(res)).errors[field], field).toBeTruthy();
    }
  });
});

describe("follow-up and figures", () => {
  it("reminds the host each Friday of an active placement, until the week is checked in", async () => {
    const { a, b, staffCookie } = await setting();
    const offerId = await createOffer(a.cookie);
    const id = await requestPlacement(b.cookie);
    await staff(staffCookie, id, proposal(offerId, { weeks: "2" }));
    await company(a.cookie, id, { intent: "accept" });
    await staff(staffCookie, id, { intent: "approve", staffRepName: "Tina", consentDate: "2026-11-30" });
    setNow(copenhagenToUtc("2026-12-07", "08:00:00"));
    expect((await staff(await cookieFor((await makeUser("consultant")).id), id, { intent: "start" })).status).toBe(302);
    const reminders = async () => (await mailsTo("lone@lager.example")).filter((m) => m.subject.startsWith("Ugens status"));
    await deliverAll();
    expect(await reminders()).toHaveLength(0);
    setNow(copenhagenToUtc("2026-12-11", "10:00:00"));
    await deliverAll();
    expect(await reminders()).toHaveLength(1);
    // Week two is checked in before Friday: no reminder for it.
    setNow(copenhagenToUtc("2026-12-16", "10:00:00"));
    expect(
      (await company(await cookieFor(a.user.id), id, { intent: "checkin", weekStart: "2026-12-14", attendance: "partly", hours: "9", how: "ok" })).status,
    ).toBe(302);
    setNow(copenhagenToUtc("2026-12-18", "10:00:00"));
    await deliverAll();
    expect(await reminders()).toHaveLength(1);
  });

  it("shows offers in the bank, active placements, completed per month and the share matched within 14 days", async () => {
    const { a, b, staffCookie } = await setting();
    const base = (await jsonOf(await callLoader(staffListLoader, getRequest("/jobcenter/praktik", staffCookie)))).figures;
    await createOffer(a.cookie, { title: "Tal-plads", places: "3" });
    const quick = await requestPlacement(b.cookie);
    const slow = await requestPlacement(b.cookie);
    const offers = (await bank(staffCookie)).offers;
    const tal = offers.find((o: any) => o.title === "Tal-plads").id;
    await staff(staffCookie, quick, proposal(tal));
    setNow(copenhagenToUtc("2026-12-10", "09:00:00")); // 17 days later
    await staff(await cookieFor((await makeUser("consultant")).id), slow, proposal(tal, { startDate: "2026-12-14" }));
    const figures = (await jsonOf(await callLoader(staffListLoader, getRequest("/jobcenter/praktik", await cookieFor((await makeUser("consultant")).id)))))
      .figures;
    expect(figures.offersActive).toBe(base.offersActive + 1);
    expect(figures.placesActive).toBe(base.placesActive + 3);
    expect(figures.matchedWithin14.judged - base.matchedWithin14.judged).toBeGreaterThanOrEqual(2);
    expect(figures.matchedWithin14.inTime - base.matchedWithin14.inTime).toBeGreaterThanOrEqual(1);
    expect(figures.completedPerMonth).toHaveLength(6);
  });
});
