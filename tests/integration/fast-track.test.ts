import { describe, expect, it } from "vitest";
import { db } from "~db/index";
import { action as fastTrackAction, loader as fastTrackLoader } from "~/routes/virksomhed.fast-track";
import { da } from "~/locales/da";
import { action as caseAction, loader as caseLoader } from "~/routes/virksomhed.sager.$caseId";
import { copenhagenToUtc } from "~/utils/dates";
import { setNow } from "~/utils/clock";
import { cookieFor, fastTrackForm, makeEmployer, makeUser } from "../support/factories";
import { emailJobs, tableCounts } from "../support/mail";
import { callAction, callLoader, formRequest, getRequest, jsonOf } from "../support/requests";

function caseIdFrom(res: Response): string {
  return res.headers.get("Location")!.match(/\/virksomhed\/sager\/([^?]+)/)![1];
}

async function submit(cookie: string, fields: Record<string, string>) {
  return callAction(fastTrackAction, formRequest("/virksomhed/fast-track", fields, cookie));
}

describe("Fast Track request (§7c)", () => {
  it("creates the case, the request, the 24-hour inquiry, audit entries, emails and the consent-expiry job", async () => {
    setNow(copenhagenToUtc("2026-11-23", "10:15:00")); // Monday
    await makeUser("consultant");
    const { user, company, cookie } = await makeEmployer();
    const res = await submit(cookie, fastTrackForm({ employeeEmail: "mette@example.test", contactEmail: "contact@example.test" }));
    expect(res.status).toBe(302);
    const caseId = caseIdFrom(res);

    const c = await db.selectFrom("absence_cases").selectAll().where("id", "=", caseId).executeTakeFirstOrThrow();
    expect(c).toMatchObject({ company_id: company.id, created_by: user.id, employee_name: "Mette Hansen", cpr_masked: "120485-xxxx", absence_type: "full" });
    expect(c.cpr_encrypted).not.toContain("1204851234");
    expect(JSON.stringify(c)).not.toContain("1204851234");

    const ft = await db.selectFrom("fast_track_requests").selectAll().where("case_id", "=", caseId).executeTakeFirstOrThrow();
    expect(ft.consent_status).toBe("awaiting");
    expect(ft.requested_at).toBe("2026-11-23T09:15:00.000Z");
    expect(ft.consent_deadline).toBe("2026-11-25T22:59:59.999Z"); // end of Wednesday, 2 bank days later
    expect(ft.first_conversation_due).toBe("2026-12-07");
    expect(ft.affected_functions).toBe("Tunge løft");

    const inquiry = await db.selectFrom("inquiries").selectAll().where("case_id", "=", caseId).executeTakeFirstOrThrow();
    expect(inquiry).toMatchObject({ kind: "fast_track", status: "open", received_at: "2026-11-23T09:15:00.000Z", due_at: "2026-11-24T09:15:00.000Z" });

    const audit = await db.selectFrom("audit_log").selectAll().where("company_id", "=", company.id).execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["absence_case.created", "fast_track.requested", "inquiry.created"]));
    // No health data (the free-text answers) and no CPR in the audit trail.
    expect(JSON.stringify(audit)).not.toMatch(/Tunge løft|Tre uger|1204851234/);

    const jobs = await emailJobs();
    const templates = (to: string) => jobs.filter((j) => j.payload.to.includes(to)).map((j) => j.payload.template);
    expect(templates("mette@example.test")).toEqual(["consent-request"]);
    expect(templates(user.email)).toContain("fast-track-receipt");
    expect(templates("contact@example.test")).toContain("fast-track-receipt");
    expect(jobs.some((j) => j.payload.template === "inquiry-new" && j.payload.props?.kindLabel === "Fast Track-anmodning")).toBe(true);
    const expiry = await db
      .selectFrom("jobs")
      .selectAll()
      .where("kind", "=", "fast-track.consent-expire")
      .where("payload", "like", `%${ft.id}%`)
      .executeTakeFirstOrThrow();
    expect(expiry.run_at).toBe(ft.consent_deadline);
  });

  it("shows the employer the promised answer time and the deadlines", async () => {
    setNow(copenhagenToUtc("2026-11-23", "10:15:00"));
    const { cookie } = await makeEmployer();
    const res = await submit(cookie, fastTrackForm());
    const caseId = caseIdFrom(res);
    const page = await jsonOf(await callLoader(caseLoader, getRequest(`/virksomhed/sager/${caseId}`, cookie), { params: { caseId } }));
    expect(page.inquiries[0]).toMatchObject({ dueAt: "2026-11-24T09:15:00.000Z", firstAnsweredAt: null });
    expect(page.fastTrack).toMatchObject({ consentStatus: "awaiting", firstConversationDue: "2026-12-07" });
    expect(page.case.cpr_masked).toBe("120485-xxxx");
    expect(JSON.stringify(page)).not.toContain("1204851234");
  });

  it("accepts day 35 of the absence", async () => {
    setNow(copenhagenToUtc("2026-11-04", "15:00:00"));
    const { cookie } = await makeEmployer();
    const res = await submit(cookie, fastTrackForm({ firstAbsenceDay: "2026-10-01" }));
    expect(res.status).toBe(302);
  });

  it("refuses day 36 with an explanation and a pointer to the normal follow-up, and saves nothing", async () => {
    setNow(copenhagenToUtc("2026-11-05", "08:00:00"));
    const { cookie } = await makeEmployer();
    const before = await tableCounts();
    const res = await submit(cookie, fastTrackForm({ firstAbsenceDay: "2026-10-01" }));
    expect(res.status).toBe(422);
    const body = await jsonOf(res);
    expect(body.errors.firstAbsenceDay).toMatch(/dag 36/);
    expect(body.formError).toMatch(/inden for de første 5 uger/);
    expect(body.formError).toMatch(/almindelige opfølgning/);
    expect(body.formError).toMatch(/4\. november 2026/);
    expect(body.values.employeeName).toBe("Mette Hansen");
    expect(await tableCounts()).toEqual(before);
  });

  it("counts day 35 by the Danish date, late in the evening", async () => {
    // 23:30 Danish time on day 35 is 22:30 UTC: still allowed.
    setNow("2026-11-04T22:30:00Z");
    const { cookie } = await makeEmployer();
    expect((await submit(cookie, fastTrackForm({ firstAbsenceDay: "2026-10-01" }))).status).toBe(302);
    // 00:30 Danish time the next day is day 36.
    setNow("2026-11-04T23:30:00Z");
    expect((await submit(cookie, fastTrackForm({ firstAbsenceDay: "2026-10-01", cpr: "150690-1002" }))).status).toBe(422);
  });

  it("reports every error at once: the fields, the 8-week checkbox, the partial hours and the 5-week rule in one answer", async () => {
    setNow(copenhagenToUtc("2026-11-05", "08:00:00"));
    const { cookie } = await makeEmployer();
    const before = await tableCounts();
    const res = await submit(
      cookie,
      fastTrackForm({
        employeeName: "",
        contactPhone: "",
        expectsLongAbsence: "",
        firstAbsenceDay: "2026-10-01",
        absenceType: "partial",
        weeklyHoursWorked: "",
      }),
    );
    expect(res.status).toBe(400);
    const body = await jsonOf(res);
    expect(Object.keys(body.errors).sort()).toEqual(["contactPhone", "employeeName", "expectsLongAbsence", "firstAbsenceDay", "weeklyHoursWorked"]);
    expect(body.errors.expectsLongAbsence).toMatch(/8 uger/);
    expect(body.errors.firstAbsenceDay).toMatch(/dag 36/);
    expect(body.formError).toMatch(/inden for de første 5 uger/);
    expect(await tableCounts()).toEqual(before);
    // With only the checkbox missing, the 5-week rule is still reported with it.
    const second = await jsonOf(await submit(cookie, fastTrackForm({ expectsLongAbsence: "", firstAbsenceDay: "2026-10-01" })));
    expect(Object.keys(second.errors).sort()).toEqual(["expectsLongAbsence", "firstAbsenceDay"]);
  });

  it("shows the earliest allowed first day of absence in the hint, in Danish", async () => {
    setNow(copenhagenToUtc("2026-12-01", "10:00:00"));
    const { cookie } = await makeEmployer();
    const page = await jsonOf(await callLoader(fastTrackLoader, getRequest("/virksomhed/fast-track", cookie)));
    expect(page.earliest).toBe("2026-10-28");
    expect(page.earliestText).toBe("28. oktober 2026");
    expect(da["field.firstAbsenceDay.hint"].replace("{earliest}", page.earliestText)).toContain("tidligst 28. oktober 2026");
  });

  it("refuses a first day of absence in the future", async () => {
    setNow(copenhagenToUtc("2026-11-23", "10:00:00"));
    const { cookie } = await makeEmployer();
    const res = await submit(cookie, fastTrackForm({ firstAbsenceDay: "2026-11-24" }));
    expect(res.status).toBe(422);
    expect((await jsonOf(res)).errors.firstAbsenceDay).toMatch(/fremtiden/);
  });

  it("accepts Danish date formats and partial absence with hours", async () => {
    setNow(copenhagenToUtc("2026-11-23", "10:00:00"));
    const { cookie } = await makeEmployer();
    const res = await submit(cookie, fastTrackForm({ firstAbsenceDay: "16.11.2026", absenceType: "partial", weeklyHoursWorked: "12,5" }));
    expect(res.status).toBe(302);
    const c = await db.selectFrom("absence_cases").selectAll().where("id", "=", caseIdFrom(res)).executeTakeFirstOrThrow();
    expect(c).toMatchObject({ first_absence_day: "2026-11-16", absence_type: "partial", weekly_hours_worked: 12.5 });
  });

  it("refuses the same employee with the same first day twice", async () => {
    const { cookie } = await makeEmployer();
    expect((await submit(cookie, fastTrackForm())).status).toBe(302);
    const before = await tableCounts();
    const res = await submit(cookie, fastTrackForm({ cpr: "1204851234" }));
    expect(res.status).toBe(409);
    expect((await jsonOf(res)).errors.cpr).toMatch(/allerede en sag/);
    expect(await tableCounts()).toEqual(before);
  });

  it("answers malformed posts with 400, a message per field, the input kept, and nothing written", async () => {
    const { cookie } = await makeEmployer();
    const before = await tableCounts();
    const cases: [Record<string, string>, string, RegExp][] = [
      [fastTrackForm({ cpr: "12345" }), "cpr", /10 cifre/],
      [fastTrackForm({ cpr: "3102901234" }), "cpr", /gyldig fødselsdato/],
      [fastTrackForm({ employeeEmail: "mette" }), "employeeEmail", /gyldig e-mailadresse/],
      [fastTrackForm({ firstAbsenceDay: "2026-02-30" }), "firstAbsenceDay", /gyldig dato/],
      [fastTrackForm({ firstAbsenceDay: "i går" }), "firstAbsenceDay", /gyldig dato/],
      [fastTrackForm({ absenceType: "lidt" }), "absenceType", /helt eller delvist/],
      [fastTrackForm({ absenceType: "partial", weeklyHoursWorked: "" }), "weeklyHoursWorked", /Udfyld/],
      [fastTrackForm({ absenceType: "partial", weeklyHoursWorked: "200" }), "weeklyHoursWorked", /mellem 0,5 og 80/],
      [fastTrackForm({ expectsLongAbsence: "" }), "expectsLongAbsence", /8 uger/],
      [fastTrackForm({ employeeName: "" }), "employeeName", /Udfyld/],
      [fastTrackForm({ affectedFunctions: "x".repeat(2001) }), "affectedFunctions", /for lang/],
      [fastTrackForm({ contactPhone: "ring mig" }), "contactPhone", /telefonnummer/],
      [{}, "employeeName", /Udfyld/],
    ];
    for (const [fields, field, message] of cases) {
      const res = await submit(cookie, fields);
      expect(res.status, field).toBe(400);
      const body = await jsonOf(res);
      expect(body.errors[field], field).toMatch(message);
      // What was typed comes back, cut to the field's own maximum (affectedFunctions: 2000).
      for (const [name, value] of Object.entries(fields)) expect(body.values[name]).toBe(name === "affectedFunctions" ? value.slice(0, 2000) : value);
    }
    expect(await tableCounts()).toEqual(before);
  });

  it("has no diagnosis field: an extra 'diagnosis' input is ignored and stored nowhere", async () => {
    const { cookie } = await makeEmployer();
    const res = await submit(cookie, fastTrackForm({ diagnose: "Diskusprolaps", cpr: "0101901234" }));
    expect(res.status).toBe(302);
    const dump =
      JSON.stringify(await db.selectFrom("absence_cases").selectAll().execute()) +
      JSON.stringify(await db.selectFrom("fast_track_requests").selectAll().execute());
    expect(dump).not.toContain("Diskusprolaps");
  });

  it("writes an audit entry for every display of a full CPR", async () => {
    const { user, cookie } = await makeEmployer();
    const res = await submit(cookie, fastTrackForm({ cpr: "2512914000" }));
    const caseId = caseIdFrom(res);
    const shown = await callAction(caseAction, formRequest(`/virksomhed/sager/${caseId}`, { intent: "reveal-cpr" }, cookie), { params: { caseId } });
    expect(await jsonOf(shown)).toEqual({ cpr: "251291-4000" });
    const reads = await db.selectFrom("audit_log").selectAll().where("action", "=", "cpr.read").where("entity_id", "=", caseId).execute();
    expect(reads).toHaveLength(1);
    expect(reads[0]).toMatchObject({ actor_kind: "user", actor_id: user.id });
    expect(reads[0].meta ?? "").not.toContain("4000");
  });

  it("is for employers only: a consultant posting the form gets a 404 and nothing is written", async () => {
    const consultant = await makeUser("consultant");
    const before = await tableCounts();
    const res = await submit(await cookieFor(consultant.id), fastTrackForm());
    expect(res.status).toBe(404);
    expect(await tableCounts()).toEqual(before);
  });
});
