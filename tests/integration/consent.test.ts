import { describe, expect, it } from "vitest";
import { db } from "~db/index";
import { action as fastTrackAction } from "~/routes/virksomhed.fast-track";
import { action as consentAction, loader as consentLoader } from "~/routes/samtykke.$token";
import { loader as caseLoader } from "~/routes/virksomhed.sager.$caseId";
import { copenhagenToUtc } from "~/utils/dates";
import { advanceClock, DAY, setNow } from "~/utils/clock";
import { fastTrackForm, makeEmployer } from "../support/factories";
import { deliverAll, lastMailTo, linkIn, mailsTo } from "../support/mail";
import { callAction, callLoader, formRequest, getRequest, jsonOf } from "../support/requests";

async function newRequest(employeeEmail: string) {
  const employer = await makeEmployer();
  const res = await callAction(fastTrackAction, formRequest("/virksomhed/fast-track", fastTrackForm({ employeeEmail }), employer.cookie));
  const caseId = res.headers.get("Location")!.match(/sager\/([^?]+)/)![1];
  await deliverAll();
  const link = linkIn((await lastMailTo(employeeEmail)).text, "/samtykke/");
  const token = link.split("/samtykke/")[1];
  return { ...employer, caseId, token };
}

const employerView = async (caseId: string, cookie: string) =>
  jsonOf(await callLoader(caseLoader, getRequest(`/virksomhed/sager/${caseId}`, cookie), { params: { caseId } }));

describe("the employee's consent", () => {
  it("shows the employer's answers on the secure link, and records consent", async () => {
    setNow(copenhagenToUtc("2026-11-23", "10:00:00"));
    const { token, caseId, cookie, user } = await newRequest("emp1@example.test");
    const page = await jsonOf(await callLoader(consentLoader, getRequest(`/samtykke/${token}`), { params: { token } }));
    expect(page).toMatchObject({ employee_name: "Mette Hansen", affected_functions: "Tunge løft", consent_status: "awaiting" });
    expect(JSON.stringify(page)).not.toMatch(/1204851234|120485/);

    const res = await callAction(
      consentAction,
      formRequest(`/samtykke/${token}`, { decision: "consent", affectedFunctions: "Jeg kan ikke løfte", affectedDuration: "", workAdapted: "" }),
      { params: { token } },
    );
    expect(res.status).toBe(302);
    const ft = await db.selectFrom("fast_track_requests").selectAll().where("case_id", "=", caseId).executeTakeFirstOrThrow();
    expect(ft).toMatchObject({ consent_status: "consented", employee_affected_functions: "Jeg kan ikke løfte" });

    // The employer learns the outcome, never the employee's own answers.
    await deliverAll();
    const outcome = (await mailsTo(user.email)).find((m) => m.subject.startsWith("Samtykke til Fast Track"));
    expect(outcome?.text).toMatch(/har sagt ja til Fast Track/);
    const view = await employerView(caseId, cookie);
    expect(view.fastTrack.consentStatus).toBe("consented");
    expect(JSON.stringify(view)).not.toContain("Jeg kan ikke løfte");

    const audit = await db.selectFrom("audit_log").selectAll().where("action", "=", "fast_track.consented").where("entity_id", "=", ft.id).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0].actor_kind).toBe("employee");

    // No second answer; the expiry job was cancelled.
    const again = await callAction(consentAction, formRequest(`/samtykke/${token}`, { decision: "decline" }), { params: { token } });
    expect(again.status).toBe(409);
    const expiry = await db.selectFrom("jobs").select("status").where("dedupe_key", "=", `fast-track:consent-expire:${ft.id}`).executeTakeFirstOrThrow();
    expect(expiry.status).toBe("cancelled");
  });

  it("records a decline; the case follows the normal follow-up", async () => {
    const { token, caseId, cookie } = await newRequest("emp2@example.test");
    const res = await callAction(consentAction, formRequest(`/samtykke/${token}`, { decision: "decline" }), { params: { token } });
    expect(res.status).toBe(302);
    expect((await employerView(caseId, cookie)).fastTrack.consentStatus).toBe("declined");
  });

  it("expires without an answer after 2 bank days, through the durable job", async () => {
    setNow(copenhagenToUtc("2026-12-23", "10:00:00")); // Wednesday before Christmas: deadline Tuesday 29 Dec
    const { token, caseId, user } = await newRequest("emp3@example.test");
    const ft = await db.selectFrom("fast_track_requests").selectAll().where("case_id", "=", caseId).executeTakeFirstOrThrow();
    expect(ft.consent_deadline).toBe("2026-12-29T22:59:59.999Z");

    setNow(copenhagenToUtc("2026-12-29", "23:00:00"));
    await deliverAll();
    expect((await db.selectFrom("fast_track_requests").select("consent_status").where("id", "=", ft.id).executeTakeFirstOrThrow()).consent_status).toBe(
      "awaiting",
    );

    advanceClock(DAY);
    await deliverAll();
    expect((await db.selectFrom("fast_track_requests").select("consent_status").where("id", "=", ft.id).executeTakeFirstOrThrow()).consent_status).toBe(
      "expired",
    );
    expect((await mailsTo(user.email)).some((m) => /ikke svaret inden fristen/.test(m.text))).toBe(true);

    const late = await callAction(consentAction, formRequest(`/samtykke/${token}`, { decision: "consent" }), { params: { token } });
    expect(late.status).toBe(409);
    expect((await jsonOf(late)).formError).toMatch(/Fristen/);
  });

  it("answers an unknown or malformed token with 404, and a malformed answer with 400", async () => {
    const unknown = "A".repeat(43);
    expect((await callLoader(consentLoader, getRequest(`/samtykke/${unknown}`), { params: { token: unknown } })).status).toBe(404);
    expect((await callLoader(consentLoader, getRequest(`/samtykke/x`), { params: { token: "x'; --" } })).status).toBe(404);
    expect((await callAction(consentAction, formRequest(`/samtykke/${unknown}`, { decision: "consent" }), { params: { token: unknown } })).status).toBe(404);
    const { token, caseId } = await newRequest("emp4@example.test");
    const bad = await callAction(consentAction, formRequest(`/samtykke/${token}`, { decision: "maybe" }), { params: { token } });
    expect(bad.status).toBe(400);
    expect((await db.selectFrom("fast_track_requests").select("consent_status").where("case_id", "=", caseId).executeTakeFirstOrThrow()).consent_status).toBe(
      "awaiting",
    );
  });
});
