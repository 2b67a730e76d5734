import { describe, expect, it } from "vitest";
import { db } from "~db/index";
import { setContactConsultant } from "~/models/company.server";
import { action as profileAction } from "~/routes/jobcenter.profil";
import { loader as reportLoader } from "~/routes/jobcenter.rapport";
import { loader as companyInquiriesLoader } from "~/routes/virksomhed.henvendelser._index";
import { loader as companyInquiryLoader } from "~/routes/virksomhed.henvendelser.$inquiryId";
import { action as fastTrackAction } from "~/routes/virksomhed.fast-track";
import { loader as caseLoader } from "~/routes/virksomhed.sager.$caseId";
import { advanceClock, HOUR, MINUTE, setNow } from "~/utils/clock";
import { copenhagenToUtc } from "~/utils/dates";
import { resetEnvCache } from "~/utils/env.server";
import { contactForm, desk, deskAction, inquiryRow, sendInquiry, staffView } from "../support/desk";
import { cookieFor, fastTrackForm, makeEmployer, makeUser } from "../support/factories";
import { deliverAll, emailJobs, mailsTo, tableCounts } from "../support/mail";
import { callAction, callLoader, formRequest, getRequest, jsonOf } from "../support/requests";

const companyView = async (cookie: string, inquiryId: string) =>
  callLoader(companyInquiryLoader, getRequest(`/virksomhed/henvendelser/${inquiryId}`, cookie), { params: { inquiryId } });

describe("the 24-hour desk", () => {
  it("a general inquiry from an employer: unassigned with its deadline → taken → answered → the employer sees it and the time it took", async () => {
    setNow(copenhagenToUtc("2026-11-23", "09:00:00"));
    const employer = await makeEmployer();
    const consultant = await makeUser("consultant");
    const staffCookie = await cookieFor(consultant.id);

    const id = await sendInquiry(employer.cookie, { contactEmail: "kontakt@example.test" });
    const row = await inquiryRow(id);
    expect(row).toMatchObject({
      kind: "general",
      status: "open",
      assigned_to: null,
      received_at: "2026-11-23T08:00:00.000Z",
      due_at: "2026-11-24T08:00:00.000Z",
      preferred_contact: "phone",
    });
    // A receipt with the promise to the company; a notice to the team.
    const jobs = await emailJobs();
    expect(jobs.find((j) => j.payload.template === "inquiry-received" && j.payload.to.includes("kontakt@example.test"))?.payload.props.answerBy).toMatch(
      /24\. nov\. 2026/,
    );
    expect(jobs.some((j) => j.payload.template === "inquiry-new" && j.payload.to.includes(consultant.email) && j.payload.props?.toTeam)).toBe(true);

    const unassigned = await desk(staffCookie, "?visning=ufordelt");
    const listed = unassigned.inquiries.find((i: any) => i.id === id);
    expect(listed).toMatchObject({ due_at: "2026-11-24T08:00:00.000Z", assignee_name: null });
    expect((await desk(staffCookie, "?visning=mine")).inquiries.some((i: any) => i.id === id)).toBe(false);

    expect((await deskAction(staffCookie, id, { intent: "take" })).status).toBe(302);
    expect((await desk(staffCookie, "?visning=mine")).inquiries.map((i: any) => i.id)).toContain(id);
    expect((await desk(staffCookie, "?visning=ufordelt")).inquiries.some((i: any) => i.id === id)).toBe(false);

    advanceClock(3 * HOUR + 20 * MINUTE);
    const answered = await deskAction(staffCookie, id, { intent: "answer", answerKind: "reply", body: "Ja, det kan lade sig gøre. Jeg ringer i morgen." });
    expect(answered.status).toBe(302);
    expect(await inquiryRow(id)).toMatchObject({
      status: "answered",
      first_answered_at: "2026-11-23T11:20:00.000Z",
      first_answered_by: consultant.id,
      first_answer_kind: "reply",
    });

    await deliverAll();
    const reply = (await mailsTo("kontakt@example.test")).find((m) => m.subject.startsWith("Svar fra jobcentret"));
    expect(reply?.text).toContain("Ja, det kan lade sig gøre.");
    expect(reply?.text).toContain("3 t 20 min");

    const page = await jsonOf(await companyView(employer.cookie, id));
    expect(page.inquiry).toMatchObject({ status: "answered", first_answered_at: "2026-11-23T11:20:00.000Z", due_at: "2026-11-24T08:00:00.000Z" });
    expect(page.messages.map((m: any) => m.body)).toEqual(["Ja, det kan lade sig gøre. Jeg ringer i morgen."]);
    const list = await jsonOf(await callLoader(companyInquiriesLoader, getRequest("/virksomhed/henvendelser", employer.cookie)));
    expect(list.inquiries.find((i: any) => i.id === id)).toMatchObject({ status: "answered", first_answered_at: "2026-11-23T11:20:00.000Z" });
  });

  it("a logged phone call is a first answer too; internal notes and handovers never reach the company", async () => {
    const employer = await makeEmployer();
    const a = await makeUser("consultant");
    const b = await makeUser("consultant");
    const aCookie = await cookieFor(a.id);
    const id = await sendInquiry(employer.cookie);

    expect((await deskAction(aCookie, id, { intent: "note", noteBody: "Kender virksomheden fra sidste år." })).status).toBe(302);
    expect((await deskAction(aCookie, id, { intent: "handover", handoverTo: b.id, handoverNote: "Du har Fast Track-sagen, tag denne også." })).status).toBe(
      302,
    );
    expect((await inquiryRow(id)).assigned_to).toBe(b.id);
    expect((await emailJobs()).some((j) => j.payload.template === "inquiry-handover" && j.payload.to.includes(b.email))).toBe(true);

    const bCookie = await cookieFor(b.id);
    const before = (await emailJobs()).length;
    expect((await deskAction(bCookie, id, { intent: "answer", answerKind: "call", body: "Talte med Hanne; vi holder møde torsdag." })).status).toBe(302);
    expect(await inquiryRow(id)).toMatchObject({ status: "answered", first_answer_kind: "call", first_answered_by: b.id });
    expect((await emailJobs()).length).toBe(before); // a call is not emailed

    const staff = await staffView(bCookie, id);
    expect(staff.messages.map((m: any) => m.kind)).toEqual(["note", "handover", "call"]);
    const page = await jsonOf(await companyView(employer.cookie, id));
    expect(page.messages.map((m: any) => m.kind)).toEqual(["call"]);
    expect(JSON.stringify(page)).not.toMatch(/Kender virksomheden|tag denne også/);
  });

  it("closes only answered inquiries, and nothing is done to a closed one", async () => {
    const employer = await makeEmployer();
    const staffCookie = await cookieFor((await makeUser("consultant")).id);
    const id = await sendInquiry(employer.cookie);
    const early = await deskAction(staffCookie, id, { intent: "close" });
    expect(early.status).toBe(409);
    expect((await jsonOf(early)).formError).toMatch(/ubesvaret/);
    await deskAction(staffCookie, id, { intent: "answer", answerKind: "reply", body: "Svar." });
    expect((await deskAction(staffCookie, id, { intent: "close" })).status).toBe(302);
    expect((await inquiryRow(id)).status).toBe("closed");
    const after = await deskAction(staffCookie, id, { intent: "answer", answerKind: "reply", body: "For sent." });
    expect(after.status).toBe(409);
    expect((await db.selectFrom("inquiry_messages").select("id").where("inquiry_id", "=", id).execute()).length).toBe(1);
  });

  it("routes new inquiries to the company's contact consultant, or to the team while they are away", async () => {
    setNow(copenhagenToUtc("2026-11-23", "10:00:00"));
    const employer = await makeEmployer();
    const karin = await makeUser("consultant");
    const other = await makeUser("consultant");
    await setContactConsultant(db, employer.company.id, karin.id, karin);

    const first = await sendInquiry(employer.cookie);
    expect((await inquiryRow(first)).assigned_to).toBe(karin.id);
    const notice = (await emailJobs()).filter((j) => j.payload.template === "inquiry-new" && j.payload.props?.inquiryUrl?.endsWith(first));
    expect(notice.map((j) => j.payload.to[0])).toEqual([karin.email]);
    expect(notice[0].payload.props.toTeam).toBe(false);

    // Karin is away until Wednesday: the team gets it.
    const karinCookie = await cookieFor(karin.id);
    expect((await callAction(profileAction, formRequest("/jobcenter/profil", { phone: "", awayUntil: "2026-11-25" }, karinCookie))).status).toBe(302);
    const second = await sendInquiry(employer.cookie);
    expect((await inquiryRow(second)).assigned_to).toBeNull();
    const teamNotice = (await emailJobs()).filter((j) => j.payload.template === "inquiry-new" && j.payload.props?.inquiryUrl?.endsWith(second));
    expect(teamNotice.map((j) => j.payload.to[0])).toContain(other.email);
    expect(teamNotice.map((j) => j.payload.to[0])).not.toContain(karin.email);

    setNow(copenhagenToUtc("2026-11-26", "08:00:00"));
    expect((await inquiryRow(await sendInquiry(await cookieFor(employer.user.id)))).assigned_to).toBe(karin.id);

    // The company sees its named contact.
    const list = await jsonOf(await callLoader(companyInquiriesLoader, getRequest("/virksomhed/henvendelser", await cookieFor(employer.user.id))));
    expect(list.contact).toMatchObject({ name: karin.name, email: karin.email });
  });

  it("routes a Fast Track request the same way", async () => {
    const employer = await makeEmployer();
    const karin = await makeUser("consultant");
    await setContactConsultant(db, employer.company.id, karin.id, karin);
    const res = await callAction(fastTrackAction, formRequest("/virksomhed/fast-track", fastTrackForm(), employer.cookie));
    const caseId = res.headers.get("Location")!.match(/sager\/([^?]+)/)![1];
    const inquiry = await db.selectFrom("inquiries").selectAll().where("case_id", "=", caseId).executeTakeFirstOrThrow();
    expect(inquiry.assigned_to).toBe(karin.id);
    const page = await jsonOf(await callLoader(caseLoader, getRequest(`/virksomhed/sager/${caseId}`, employer.cookie), { params: { caseId } }));
    expect(page.inquiries[0].dueAt).toBe(inquiry.due_at);
  });

  it("filters the desk by view, status, company and kind, most urgent first", async () => {
    setNow(copenhagenToUtc("2026-11-23", "09:00:00"));
    const a = await makeEmployer();
    const b = await makeEmployer();
    const staff = await makeUser("consultant");
    const cookie = await cookieFor(staff.id);
    const a1 = await sendInquiry(a.cookie);
    advanceClock(HOUR);
    const b1 = await sendInquiry(b.cookie);
    advanceClock(HOUR);
    const ftRes = await callAction(fastTrackAction, formRequest("/virksomhed/fast-track", fastTrackForm(), a.cookie));
    const ftCase = ftRes.headers.get("Location")!.match(/sager\/([^?]+)/)![1];
    const ft = (await db.selectFrom("inquiries").select("id").where("case_id", "=", ftCase).executeTakeFirstOrThrow()).id;

    const team = (await desk(cookie, "?visning=team")).inquiries.map((i: any) => i.id);
    expect(team.filter((id: string) => [a1, b1, ft].includes(id))).toEqual([a1, b1, ft]);
    expect((await desk(cookie, `?visning=team&virksomhed=${a.company.id}`)).inquiries.map((i: any) => i.id)).toEqual([a1, ft]);
    expect((await desk(cookie, `?visning=team&virksomhed=${a.company.id}&type=fast_track`)).inquiries.map((i: any) => i.id)).toEqual([ft]);
    expect((await desk(cookie, `?visning=team&virksomhed=${a.company.id}&type=general`)).inquiries.map((i: any) => i.id)).toEqual([a1]);

    await deskAction(cookie, b1, { intent: "answer", answerKind: "reply", body: "Svar" });
    expect((await desk(cookie, "?visning=team&status=besvarede")).inquiries.map((i: any) => i.id)).toContain(b1);
    expect((await desk(cookie, "?visning=team")).inquiries.map((i: any) => i.id)).not.toContain(b1);
    // Nonsense in the query string falls back to the defaults (nothing of one's own: the unassigned ones).
    const odd = await desk(cookie, "?visning=x&status=y&virksomhed=%27&type=z");
    expect(odd.query).toMatchObject({ visning: "ufordelt", status: "aabne" });
  });

  it("keeps company B out of company A's inquiries, and staff pages and the report out of employers' reach", async () => {
    const a = await makeEmployer();
    const b = await makeEmployer();
    const id = await sendInquiry(a.cookie);
    expect((await companyView(b.cookie, id)).status).toBe(404);
    expect((await jsonOf(await callLoader(companyInquiriesLoader, getRequest("/virksomhed/henvendelser", b.cookie)))).inquiries).toHaveLength(0);
    expect((await deskAction(a.cookie, id, { intent: "take" })).status).toBe(404);
    const consultantCookie = await cookieFor((await makeUser("consultant")).id);
    expect((await callLoader(reportLoader, getRequest("/jobcenter/rapport", consultantCookie))).status).toBe(404);
    expect((await callLoader(reportLoader, getRequest("/jobcenter/rapport", a.cookie))).status).toBe(404);
    expect((await callLoader(reportLoader, getRequest("/jobcenter/rapport", await cookieFor((await makeUser("team_lead")).id)))).status).toBe(200);
  });

  it("rejects bad input with a message per field and writes nothing", async () => {
    const employer = await makeEmployer();
    const staffCookie = await cookieFor((await makeUser("consultant")).id);
    const id = await sendInquiry(employer.cookie);
    const before = await tableCounts();
    const { action: contactAction } = await import("~/routes/kontakt._index");
    const cases: [Record<string, string>, string, RegExp][] = [
      [contactForm({ subject: "" }), "subject", /Udfyld/],
      [contactForm({ message: "" }), "message", /Udfyld/],
      [contactForm({ preferredContact: "brevdue" }), "preferredContact", /Vælg, hvordan/],
      [contactForm({ preferredContact: "phone", contactPhone: "" }), "contactPhone", /telefonnummer/],
      [contactForm({ contactEmail: "x@" }), "contactEmail", /gyldig e-mail/],
      [contactForm({ message: "x".repeat(5001) }), "message", /for lang/],
    ];
    for (const [fields, field, message] of cases) {
      const res = await callAction(contactAction, formRequest("/kontakt", fields, employer.cookie));
      expect(res.status, field).toBe(400);
      const body = await jsonOf(res);
      expect(body.errors[field], field).toMatch(message);
      expect(body.values.subject).toBe(fields.subject);
    }
    const deskCases: [Record<string, string>, string][] = [
      [{ intent: "answer", answerKind: "reply", body: " " }, "body"],
      [{ intent: "answer", answerKind: "fax", body: "hej" }, "answerKind"],
      [{ intent: "note", noteBody: "" }, "noteBody"],
      [{ intent: "handover", handoverTo: "", handoverNote: "x" }, "handoverTo"],
      [{ intent: "handover", handoverTo: "nosuchuser123", handoverNote: "x" }, "handoverTo"],
    ];
    for (const [fields, field] of deskCases) {
      const res = await deskAction(staffCookie, id, fields);
      expect(res.status, JSON.stringify(fields)).toBe(400);
      expect((await jsonOf(res)).errors[field], JSON.stringify(fields)).toBeTruthy();
    }
    expect(await tableCounts()).toEqual(before);
  });

  it("the promise is configurable", async () => {
    process.env.INQUIRY_RESPONSE_HOURS = "8";
    resetEnvCache();
    try {
      setNow("2026-11-23T08:00:00Z");
      const employer = await makeEmployer();
      expect((await inquiryRow(await sendInquiry(employer.cookie))).due_at).toBe("2026-11-23T16:00:00.000Z");
    } finally {
      delete process.env.INQUIRY_RESPONSE_HOURS;
      resetEnvCache();
    }
  });
});
