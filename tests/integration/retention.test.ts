import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "~db/index";
import { insertInquiry } from "~/models/inquiry.server";
import { REMOVED, suppressionKey } from "~/models/retention.server";
import { purgeOldData, purgePersonalData } from "~/services/maintenance.server";
import { inquiryReportNow } from "~/services/report.server";
import { setNow } from "~/utils/clock";
import { newId } from "~/utils/crypto.server";
import { resetEnvCache } from "~/utils/env.server";
import { employerWithCase } from "../support/plans";

const periods = {
  RETENTION_CLOSED_CASE_MONTHS: "2",
  RETENTION_DECLINED_FAST_TRACK_MONTHS: "1",
  RETENTION_GUEST_INQUIRY_MONTHS: "1",
  RETENTION_UNSUBSCRIBED_DAYS: "30",
};

beforeAll(() => {
  Object.assign(process.env, periods);
  resetEnvCache();
});
afterAll(() => {
  for (const k of Object.keys(periods)) delete process.env[k];
  resetEnvCache();
});

const caseRow = (id: string) => db.selectFrom("absence_cases").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

describe("retention: personal data removed on time, not before; figures kept; idempotent", () => {
  it("a closed case's personal data is gone N months after its closing day, not a day before, and the report's figures are unchanged", async () => {
    setNow("2026-09-01T08:00:00.000Z");
    const c = await employerWithCase({ cpr: "0303701234", name: "Rita Retention", functions: "Løft på lageret" });
    await db
      .updateTable("fast_track_requests")
      .set({ consent_status: "consented", consent_answered_at: "2026-09-01T12:00:00.000Z" })
      .where("case_id", "=", c.caseId)
      .execute();
    await db
      .updateTable("absence_cases")
      .set({ status: "closed", closed_on: "2026-09-15", closed_at: "2026-09-15T10:00:00.000Z" })
      .where("id", "=", c.caseId)
      .execute();
    const inquiry = await db.selectFrom("inquiries").select("id").where("case_id", "=", c.caseId).executeTakeFirstOrThrow();
    await db
      .updateTable("inquiries")
      .set({ first_answered_at: "2026-09-01T11:00:00.000Z", first_answer_kind: "reply", status: "answered" })
      .where("id", "=", inquiry.id)
      .execute();
    await db
      .insertInto("inquiry_messages")
      .values({
        id: newId(),
        inquiry_id: inquiry.id,
        kind: "reply",
        author_id: null,
        handed_to: null,
        body: "Vi ringer til Rita",
        created_at: "2026-09-01T11:00:00.000Z",
      })
      .execute();
    await db
      .insertInto("progression_ratings")
      .values({ id: newId(), case_id: c.caseId, rated_at: "2026-09-01T09:00:00.000Z", ratings: JSON.stringify({ tasks: 6 }), comment: "Det går bedre" })
      .execute();

    // A day before the period ends: kept.
    setNow("2026-11-14T08:00:00.000Z");
    const reportBefore = await inquiryReportNow();
    await purgeOldData();
    expect((await caseRow(c.caseId)).employee_name).toBe("Rita Retention");
    expect(await db.selectFrom("progression_ratings").select("id").where("case_id", "=", c.caseId).execute()).toHaveLength(1);

    // On the day: removed.
    setNow("2026-11-15T08:00:00.000Z");
    const reportOnDay = await inquiryReportNow();
    const counts = await purgePersonalData();
    expect(counts.cases).toBe(1);
    const after = await caseRow(c.caseId);
    expect(after).toMatchObject({
      employee_name: REMOVED,
      employee_email: "",
      cpr_masked: "xxxxxx-xxxx",
      contact_email: "",
      status: "closed",
      closed_on: "2026-09-15",
    });
    expect(after.anonymised_at).toBeTruthy();
    expect(await db.selectFrom("progression_ratings").select("id").where("case_id", "=", c.caseId).execute()).toEqual([]);
    const request = await db.selectFrom("fast_track_requests").selectAll().where("case_id", "=", c.caseId).executeTakeFirstOrThrow();
    expect(request.affected_functions).toBeNull();
    const inq = await db.selectFrom("inquiries").selectAll().where("id", "=", inquiry.id).executeTakeFirstOrThrow();
    expect(inq.subject).toBe(REMOVED);
    expect(inq.contact_email).toBeNull();
    expect(inq.first_answered_at).toBe("2026-09-01T11:00:00.000Z");
    const messages = await db.selectFrom("inquiry_messages").select("body").where("inquiry_id", "=", inquiry.id).execute();
    expect(messages.every((m) => m.body === REMOVED)).toBe(true);
    // Nothing of the person anywhere in the case's rows.
    const everything = JSON.stringify([after, request, inq, messages]);
    for (const secret of ["Rita", "0303701234", "030370", "Løft på lageret", c.employeeEmail]) expect(everything).not.toContain(secret);

    // Figures: the same before and after.
    expect(await inquiryReportNow()).toEqual(reportOnDay);
    expect(reportOnDay.weeks.length).toBe(reportBefore.weeks.length);

    // Idempotent: a second run (another process, a restart) finds nothing; the audit holds counts only.
    expect(await purgePersonalData()).toMatchObject({ cases: 0, fastTrackRequests: 0, guestInquiries: 0, subscribers: 0 });
    const audits = await db.selectFrom("audit_log").selectAll().where("action", "=", "retention.purged").where("entity_id", "=", "2026-11-15").execute();
    expect(audits.length).toBeGreaterThanOrEqual(2);
    expect(JSON.parse(audits[0].meta!)).toHaveProperty("cases");
    expect(audits.map((a) => a.meta).join()).not.toContain("Rita");
  });

  it("a declined Fast Track request goes sooner: its texts and its case (no plan) after the shorter period", async () => {
    setNow("2026-10-01T08:00:00.000Z");
    const c = await employerWithCase({ cpr: "0404704321", name: "Dorte Declined" });
    await db
      .updateTable("fast_track_requests")
      .set({ consent_status: "declined", consent_answered_at: "2026-10-02T09:00:00.000Z" })
      .where("case_id", "=", c.caseId)
      .execute();
    setNow("2026-10-31T12:00:00.000Z");
    await purgePersonalData();
    expect((await caseRow(c.caseId)).employee_name).toBe("Dorte Declined");
    setNow("2026-11-03T08:00:00.000Z");
    const counts = await purgePersonalData();
    expect(counts.fastTrackRequests).toBeGreaterThanOrEqual(1);
    expect((await caseRow(c.caseId)).employee_name).toBe(REMOVED);
  });

  it("a guest's closed inquiry loses its contact details after its period; a company user's inquiry does not", async () => {
    const c = await employerWithCase({ cpr: "0505705555" });
    setNow("2026-09-01T08:00:00.000Z");
    const guest = await insertInquiry(
      db,
      {
        companyId: c.company.id,
        kind: "general",
        subject: "Gæstens spørgsmål",
        createdBy: null,
        contactName: "Gitte Gæst",
        contactEmail: "gitte@example.test",
        contactPhone: "11 22 33 44",
      },
      null,
    );
    const member = await insertInquiry(
      db,
      { companyId: c.company.id, kind: "general", subject: "Medlemmets spørgsmål", createdBy: c.user.id, contactName: "HR" },
      null,
    );
    await db.updateTable("inquiries").set({ status: "closed", closed_at: "2026-09-02T08:00:00.000Z" }).where("id", "in", [guest.id, member.id]).execute();
    setNow("2026-10-01T08:00:00.000Z");
    await purgePersonalData();
    expect((await db.selectFrom("inquiries").select("contact_name").where("id", "=", guest.id).executeTakeFirstOrThrow()).contact_name).toBe("Gitte Gæst");
    setNow("2026-10-03T08:00:00.000Z");
    await purgePersonalData();
    const rows = await db
      .selectFrom("inquiries")
      .select(["id", "contact_name", "contact_email", "subject", "received_at"])
      .where("id", "in", [guest.id, member.id])
      .execute();
    const g = rows.find((r) => r.id === guest.id)!;
    expect(g).toMatchObject({ contact_name: null, contact_email: null, subject: REMOVED });
    expect(g.received_at).toBe("2026-09-01T08:00:00.000Z");
    expect(rows.find((r) => r.id === member.id)!.subject).toBe("Medlemmets spørgsmål");
  });

  it("a newsletter subscriber who left is reduced to a suppression hash after 30 days", async () => {
    setNow("2026-10-01T08:00:00.000Z");
    const id = newId();
    const at = "2026-10-01T08:00:00.000Z";
    await db
      .insertInto("subscribers")
      .values({
        id,
        email: "lone.left@example.test",
        name: "Lone Left",
        company: "Firma",
        cvr: null,
        status: "unsubscribed",
        source: "form",
        consent_source: "form",
        confirm_token_hash: null,
        confirm_expires_at: null,
        confirmed_at: at,
        unsubscribed_at: at,
        suppressed_at: null,
        suppression_reason: null,
        user_id: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    setNow("2026-10-30T08:00:00.000Z");
    await purgePersonalData();
    expect((await db.selectFrom("subscribers").select("email").where("id", "=", id).executeTakeFirstOrThrow()).email).toBe("lone.left@example.test");
    setNow("2026-11-01T08:00:00.000Z");
    await purgePersonalData();
    const row = await db.selectFrom("subscribers").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ email: suppressionKey("Lone.Left@example.test"), name: "", company: null, status: "unsubscribed" });
  });
});

describe("retention over a large backlog", () => {
  it("works off more guest inquiries than one round holds in several rounds, each audited with its counts, until none is left", async () => {
    setNow("2026-06-01T08:00:00.000Z");
    const c = await employerWithCase({ name: "Backlog Firma" });
    const at = "2026-06-01T08:00:00.000Z";
    const ids = Array.from({ length: 2_300 }, () => newId());
    const rows = ids.map((id) => ({
      id,
      company_id: c.company.id,
      kind: "general" as const,
      subject: "Gæstens spørgsmål",
      contact_name: "Gæst Gæstesen",
      contact_email: "gaest@example.test",
      received_at: at,
      due_at: at,
      status: "closed" as const,
      closed_at: at,
      created_by: null,
      from_employee: 0,
    }));
    for (let i = 0; i < rows.length; i += 200)
      await db
        .insertInto("inquiries")
        .values(rows.slice(i, i + 200))
        .execute();
    setNow("2026-12-01T08:00:00.000Z");
    const counts = await purgePersonalData();
    expect(counts.guestInquiries).toBeGreaterThanOrEqual(ids.length);
    const left = await db
      .selectFrom("inquiries")
      .select(db.fn.countAll<number>().as("n"))
      .where("id", "in", ids)
      .where("anonymised_at", "is", null)
      .executeTakeFirstOrThrow();
    expect(Number(left.n)).toBe(0);
    // One round holds at most 5 batches of 200 of each kind: 2,300 took three rounds, each with its entry.
    const audits = await db.selectFrom("audit_log").select("meta").where("action", "=", "retention.purged").where("entity_id", "=", "2026-12-01").execute();
    const perRound = audits.map((a) => JSON.parse(a.meta!).guestInquiries as number);
    expect(perRound.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...perRound)).toBeLessThanOrEqual(1_000);
    expect(perRound.reduce((a, b) => a + b, 0)).toBe(counts.guestInquiries);
  });
});

describe("the privacy policy states the periods in force", () => {
  it("/privatliv's loader gives the configured periods", async () => {
    const { loader } = await import("~/routes/privatliv");
    const data = await (await loader()).json();
    expect(data.periods).toMatchObject({ closedCaseMonths: 2, declinedFastTrackMonths: 1, guestInquiryMonths: 1, unsubscribedDays: 30 });
  });
});
