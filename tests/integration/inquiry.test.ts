import { describe, expect, it } from "vitest";
import { db } from "~db/index";
import { action as fastTrackAction } from "~/routes/virksomhed.fast-track";
import { loader as caseLoader } from "~/routes/virksomhed.sager.$caseId";
import { loader as inboxLoader } from "~/routes/jobcenter._index";
import { action as inquiryAction, loader as inquiryLoader } from "~/routes/jobcenter.henvendelser.$inquiryId";
import { copenhagenToUtc } from "~/utils/dates";
import { advanceClock, HOUR, MINUTE, setNow } from "~/utils/clock";
import { cookieFor, fastTrackForm, makeEmployer, makeUser } from "../support/factories";
import { deliverAll, mailsTo, tableCounts } from "../support/mail";
import { callAction, callLoader, formRequest, getRequest, jsonOf } from "../support/requests";

describe("the 24-hour promise on a Fast Track request", () => {
  it("lists open inquiries by deadline; a consultant takes one and replies; the employer sees the reply and the time it took", async () => {
    setNow(copenhagenToUtc("2026-11-23", "09:00:00"));
    const employer = await makeEmployer();
    const consultant = await makeUser("consultant");
    const staffCookie = await cookieFor(consultant.id);

    const first = await callAction(fastTrackAction, formRequest("/virksomhed/fast-track", fastTrackForm({ cpr: "0101901234" }), employer.cookie));
    advanceClock(30 * MINUTE);
    const second = await callAction(fastTrackAction, formRequest("/virksomhed/fast-track", fastTrackForm({ cpr: "1506901002" }), employer.cookie));
    const caseId = first.headers.get("Location")!.match(/sager\/([^?]+)/)![1];
    expect(second.status).toBe(302);

    advanceClock(HOUR);
    const inbox = await jsonOf(await callLoader(inboxLoader, getRequest("/jobcenter", staffCookie)));
    const mine = inbox.open.filter((i: any) => i.company_name === employer.company.name);
    expect(mine).toHaveLength(2);
    expect(mine[0].case_id).toBe(caseId); // earliest deadline first
    expect(Date.parse(mine[0].due_at) - Date.parse(mine[0].received_at)).toBe(24 * HOUR);
    expect(inbox.now).toBe("2026-11-23T09:30:00.000Z");

    const inquiryId = mine[0].id;
    const view = await jsonOf(await callLoader(inquiryLoader, getRequest(`/jobcenter/henvendelser/${inquiryId}`, staffCookie), { params: { inquiryId } }));
    expect(view.fastTrack.first_conversation_due).toBe("2026-12-07");
    expect(view.fastTrack.consent_token_hash).toBeUndefined();
    expect(view.inquiry.due_at).toBe("2026-11-24T08:00:00.000Z");

    const take = await callAction(inquiryAction, formRequest(`/jobcenter/henvendelser/${inquiryId}`, { intent: "take" }, staffCookie), { params: { inquiryId } });
    expect(take.status).toBe(302);
    expect((await db.selectFrom("inquiries").select("assigned_to").where("id", "=", inquiryId).executeTakeFirstOrThrow()).assigned_to).toBe(consultant.id);

    advanceClock(35 * MINUTE); // 2 h 5 min after receipt
    const reply = await callAction(
      inquiryAction,
      formRequest(`/jobcenter/henvendelser/${inquiryId}`, { intent: "reply", body: "Jeg ringer i morgen kl. 10." }, staffCookie),
      { params: { inquiryId } },
    );
    expect(reply.status).toBe(302);
    const stored = await db.selectFrom("inquiries").selectAll().where("id", "=", inquiryId).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ status: "answered", first_answered_at: "2026-11-23T10:05:00.000Z" });

    await deliverAll();
    const mail = (await mailsTo(employer.user.email)).find((m) => m.subject.startsWith("Svar fra jobcentret"));
    expect(mail?.text).toContain("Jeg ringer i morgen kl. 10.");
    expect(mail?.text).toContain("2 t 5 min");

    const page = await jsonOf(await callLoader(caseLoader, getRequest(`/virksomhed/sager/${caseId}`, employer.cookie), { params: { caseId } }));
    expect(page.inquiries[0]).toMatchObject({ firstAnsweredAt: "2026-11-23T10:05:00.000Z", receivedAt: "2026-11-23T08:00:00.000Z" });
    expect(page.inquiries[0].replies[0]).toMatchObject({ body: "Jeg ringer i morgen kl. 10.", authorName: consultant.name });

    const inboxAfter = await jsonOf(await callLoader(inboxLoader, getRequest("/jobcenter", staffCookie)));
    expect(inboxAfter.open.some((i: any) => i.id === inquiryId)).toBe(false);
    expect(inboxAfter.answered.some((i: any) => i.id === inquiryId)).toBe(true);
  });

  it("rejects an empty reply and an unknown intent without writing anything", async () => {
    const employer = await makeEmployer();
    const staffCookie = await cookieFor((await makeUser("consultant")).id);
    const res = await callAction(fastTrackAction, formRequest("/virksomhed/fast-track", fastTrackForm(), employer.cookie));
    const caseId = res.headers.get("Location")!.match(/sager\/([^?]+)/)![1];
    const inquiryId = (await db.selectFrom("inquiries").select("id").where("case_id", "=", caseId).executeTakeFirstOrThrow()).id;
    const before = await tableCounts();
    const empty = await callAction(inquiryAction, formRequest(`/jobcenter/henvendelser/${inquiryId}`, { intent: "reply", body: "   " }, staffCookie), { params: { inquiryId } });
    expect(empty.status).toBe(400);
    expect((await jsonOf(empty)).errors.body).toBe("Udfyld feltet.");
    const odd = await callAction(inquiryAction, formRequest(`/jobcenter/henvendelser/${inquiryId}`, { intent: "delete" }, staffCookie), { params: { inquiryId } });
    expect(odd.status).toBe(400);
    const missing = await callAction(inquiryAction, formRequest(`/jobcenter/henvendelser/nosuchinquiry1`, { intent: "reply", body: "hej" }, staffCookie), { params: { inquiryId: "nosuchinquiry1" } });
    expect(missing.status).toBe(404);
    expect(await tableCounts()).toEqual(before);
  });
});
