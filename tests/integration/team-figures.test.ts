// The team's figures (issue 13, part 5) against hand-worked numbers for a small fixed set of cases,
// on the settable clock, including a request and a case that cross a month boundary in Danish time.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "~db/index";
import type { AbsenceType, CaseOutcome, ConsentStatus } from "~db/schema";
import { firstConversationDue } from "~/domain/deadlines";
import { createAbsenceCase } from "~/models/absenceCase.server";
import { loader as csvLoader } from "~/routes/jobcenter.noegletal[.]csv";
import { loader as figuresLoader } from "~/routes/jobcenter.noegletal";
import { setNow } from "~/utils/clock";
import { newId, newToken, sha256 } from "~/utils/crypto.server";
import { copenhagenToUtc } from "~/utils/dates";
import { cookieFor, makeCompany, makeEmployer, makeUser } from "../support/factories";
import { callLoader, getRequest, jsonOf } from "../support/requests";

const NOW = copenhagenToUtc("2026-11-26", "12:00:00");

let anna: { id: string; name: string };
let bo: { id: string };
let lead: { id: string };
let companyId: string;
let hrId: string;

type Spec = {
  consultant: { id: string };
  createdAt: string;
  firstAbsenceDay: string;
  type?: AbsenceType;
  closed?: { on: string; outcome: CaseOutcome };
  request?: { at: string; consent?: ConsentStatus };
  firstConversation?: { startsAt: string; employerPresent: boolean };
};

/** A case written straight to the tables, as the other parts of the portal would have left it. */
async function makeCase(s: Spec) {
  setNow(s.createdAt);
  const c = await createAbsenceCase(db, {
    companyId,
    createdBy: hrId,
    employeeName: "Figur Medarbejder",
    employeeEmail: `figur-${newId()}@example.test`,
    cpr: "0101901234",
    firstAbsenceDay: s.firstAbsenceDay,
    absenceType: s.type ?? "full",
    weeklyHoursWorked: s.type === "partial" ? 15 : null,
    contactName: "HR",
    contactPhone: "12345678",
    contactEmail: "hr@example.test",
  });
  await db
    .updateTable("absence_cases")
    .set({
      consultant_id: s.consultant.id,
      ...(s.closed ? { status: "closed", closed_on: s.closed.on, closed_at: `${s.closed.on}T12:00:00.000Z`, outcome: s.closed.outcome } : {}),
    })
    .where("id", "=", c.id)
    .execute();
  if (s.request) {
    const at = new Date(s.request.at);
    await db
      .insertInto("fast_track_requests")
      .values({
        id: newId(),
        case_id: c.id,
        company_id: companyId,
        requested_by: hrId,
        requested_at: at.toISOString(),
        affected_functions: null,
        affected_duration: null,
        work_adapted: null,
        consent_token_hash: sha256(newToken()),
        consent_deadline: at.toISOString(),
        consent_status: s.request.consent ?? "consented",
        consent_answered_at: null,
        employee_affected_functions: null,
        employee_affected_duration: null,
        employee_work_adapted: null,
        first_conversation_due: firstConversationDue(at),
      })
      .execute();
  }
  if (s.firstConversation) {
    const start = new Date(s.firstConversation.startsAt);
    await db
      .insertInto("meetings")
      .values({
        id: newId(),
        case_id: c.id,
        company_id: companyId,
        consultant_id: s.consultant.id,
        kind: "first_conversation",
        form: "jobcenter",
        starts_at: start.toISOString(),
        ends_at: new Date(start.getTime() + 3_600_000).toISOString(),
        status: "held",
        ics_uid: `${newId()}@test`,
        held_at: new Date(start.getTime() + 3_600_000).toISOString(),
        employer_present: s.firstConversation.employerPresent ? 1 : 0,
        summary: "Referat",
        created_at: start.toISOString(),
        updated_at: start.toISOString(),
        location: null,
        video_url: null,
        booked_by: null,
        employee_responded_at: null,
        union_rep_name: null,
        cancel_reason: null,
        cancelled_at: null,
        cancelled_by: null,
      })
      .execute();
  }
  return c.id;
}

const cph = (date: string, time: string) => copenhagenToUtc(date, time).toISOString();

beforeAll(async () => {
  anna = await makeUser("consultant");
  bo = await makeUser("consultant");
  lead = await makeUser("team_lead");
  const company = await makeCompany();
  companyId = company.id;
  hrId = (await makeUser("employer", company.id)).id;

  // C1 (Anna): requested 23:30 UTC on 31 October = 00:30 on 1 November in Copenhagen: a November request.
  await makeCase({
    consultant: anna,
    createdAt: "2026-10-31T23:30:00.000Z",
    firstAbsenceDay: "2026-10-25",
    request: { at: "2026-10-31T23:30:00.000Z" },
    firstConversation: { startsAt: cph("2026-11-10", "10:00:00"), employerPresent: true },
  });
  // C2 (Anna): partial absence, first conversation held late (day 16), employer absent.
  await makeCase({
    consultant: anna,
    createdAt: cph("2026-11-05", "10:00:00"),
    firstAbsenceDay: "2026-10-28",
    type: "partial",
    request: { at: cph("2026-11-05", "10:00:00") },
    firstConversation: { startsAt: cph("2026-11-21", "09:00:00"), employerPresent: false },
  });
  // C3 (Bo): due 17 November, never held: judged, late.
  await makeCase({ consultant: bo, createdAt: cph("2026-11-03", "09:00:00"), firstAbsenceDay: "2026-10-27", request: { at: cph("2026-11-03", "09:00:00") } });
  // C4 (Bo): partial, due 4 December: not judged yet.
  await makeCase({
    consultant: bo,
    createdAt: cph("2026-11-20", "09:00:00"),
    firstAbsenceDay: "2026-11-10",
    type: "partial",
    request: { at: cph("2026-11-20", "09:00:00") },
  });
  // C5 (Bo): requested 23:30 on 31 October Danish time (22:30 UTC): an October request; conversation 2 November; closed as partial return.
  await makeCase({
    consultant: bo,
    createdAt: "2026-10-31T22:30:00.000Z",
    firstAbsenceDay: "2026-10-20",
    request: { at: "2026-10-31T22:30:00.000Z" },
    firstConversation: { startsAt: cph("2026-11-02", "09:00:00"), employerPresent: true },
    closed: { on: "2026-11-20", outcome: "partial_return" },
  });
  // C6 (Anna): no Fast Track, absent since 1 November 2025: over 52 weeks.
  await makeCase({ consultant: anna, createdAt: cph("2025-11-05", "09:00:00"), firstAbsenceDay: "2025-11-01" });
  // C7 (Anna): closed 15 October, back in full, 44 days.
  await makeCase({
    consultant: anna,
    createdAt: cph("2026-09-03", "09:00:00"),
    firstAbsenceDay: "2026-09-01",
    closed: { on: "2026-10-15", outcome: "returned_full" },
  });
  // C8 (Bo): the employee declined: a new request, but not in the 14-day figures.
  await makeCase({
    consultant: bo,
    createdAt: cph("2026-11-10", "09:00:00"),
    firstAbsenceDay: "2026-11-01",
    request: { at: cph("2026-11-10", "09:00:00"), consent: "declined" },
  });
  // C9 (Bo): closed 25 November, left the company, 116 days.
  await makeCase({
    consultant: bo,
    createdAt: cph("2026-08-03", "09:00:00"),
    firstAbsenceDay: "2026-08-01",
    closed: { on: "2026-11-25", outcome: "left_company" },
  });
});

beforeEach(() => setNow(NOW));

async function figures(cookie: string, query: string) {
  const res = await callLoader(figuresLoader, getRequest(`/jobcenter/noegletal${query}`, cookie));
  return { status: res.status, data: await jsonOf(res) };
}

const period = (data: any, key: string) => data.figures.periods.find((p: any) => p.period.key === key);

describe("the team's figures", () => {
  it("per month for the whole team match the hand-worked numbers", async () => {
    const { status, data } = await figures(await cookieFor(lead.id), "?periode=maaned");
    expect(status).toBe(200);
    const f = data.figures;
    expect(f.periods).toHaveLength(12);
    expect(f.periods[0].period.key).toBe("2025-12");
    expect(f.openNow).toBe(6);
    expect(f.over52WeeksNow).toBe(1);

    const nov = period(data, "2026-11");
    expect(nov.period).toMatchObject({ start: "2026-11-01", end: "2026-12-01", asOf: "2026-11-26" });
    expect(nov.newRequests).toBe(5);
    expect(nov.firstConversation).toEqual({ judged: 3, withinDue: 1, shareWithinDue: 1 / 3, medianDays: 12.5 });
    expect([nov.firstHeld, nov.employerPresent, nov.shareEmployerPresent]).toEqual([3, 2, 2 / 3]);
    expect(nov.partialReturn).toEqual({ inPartial: 3, base: 8, share: 3 / 8 });
    expect(nov.closed).toEqual({
      closed: 2,
      byOutcome: { returned_full: 0, partial_return: 1, other_job_same_company: 0, left_company: 1, other: 0 },
      medianLengthDays: 73.5,
    });

    const oct = period(data, "2026-10");
    expect(oct.period.asOf).toBe("2026-10-31");
    expect(oct.newRequests).toBe(1);
    expect(oct.firstConversation).toEqual({ judged: 1, withinDue: 1, shareWithinDue: 1, medianDays: 2 });
    expect([oct.firstHeld, oct.employerPresent, oct.shareEmployerPresent]).toEqual([0, 0, null]);
    // Open at the end of 31 October (Danish time): C5 (created 23:30 that evening), C6 and C9, not C1 (00:30 on 1 November); C7 closed in October.
    expect(oct.partialReturn).toEqual({ inPartial: 0, base: 4, share: 0 });
    expect(oct.closed.closed).toBe(1);
    expect(oct.closed.byOutcome.returned_full).toBe(1);
    expect(oct.closed.medianLengthDays).toBe(44);

    const sep = period(data, "2026-09");
    expect(sep.newRequests).toBe(0);
    expect(sep.firstConversation.shareWithinDue).toBeNull();
    expect(sep.closed.medianLengthDays).toBeNull();
  });

  it("per quarter (Danish quarters) match too", async () => {
    const { data } = await figures(await cookieFor(lead.id), "?periode=kvartal");
    expect(data.figures.periods).toHaveLength(8);
    const q4 = period(data, "2026-Q4");
    expect(q4.period).toMatchObject({ start: "2026-10-01", end: "2027-01-01", asOf: "2026-11-26" });
    expect(q4.newRequests).toBe(6);
    expect(q4.firstConversation).toEqual({ judged: 4, withinDue: 2, shareWithinDue: 0.5, medianDays: 9 });
    expect([q4.firstHeld, q4.employerPresent]).toEqual([3, 2]);
    expect(q4.partialReturn).toEqual({ inPartial: 3, base: 9, share: 3 / 9 });
    expect(q4.closed.closed).toBe(3);
    expect(q4.closed.medianLengthDays).toBe(44);
  });

  it("a team lead filters by consultant; a consultant sees only their own, and another's id answers as an unknown one", async () => {
    const leadCookie = await cookieFor(lead.id);
    const ofAnna = await figures(leadCookie, `?periode=maaned&konsulent=${anna.id}`);
    expect(ofAnna.data.figures.openNow).toBe(3);
    expect(ofAnna.data.figures.over52WeeksNow).toBe(1);
    const nov = period(ofAnna.data, "2026-11");
    expect(nov.newRequests).toBe(2);
    expect(nov.firstConversation).toEqual({ judged: 2, withinDue: 1, shareWithinDue: 0.5, medianDays: 12.5 });
    expect(nov.partialReturn).toEqual({ inPartial: 1, base: 3, share: 1 / 3 });

    const annaCookie = await cookieFor(anna.id);
    const own = await figures(annaCookie, "");
    expect(own.status).toBe(200);
    expect(own.data.figures.openNow).toBe(3);
    expect(own.data.consultants).toEqual([]);
    const boOwn = await figures(await cookieFor(bo.id), "?periode=maaned");
    expect(boOwn.data.figures.openNow).toBe(3);
    expect(period(boOwn.data, "2026-11").newRequests).toBe(3);

    const other = await figures(annaCookie, `?konsulent=${bo.id}`);
    const unknown = await figures(annaCookie, `?konsulent=${newId()}`);
    expect(other.status).toBe(400);
    // The same answer, but for the echo of what was typed.
    expect({ ...other.data, failure: { ...other.data.failure, values: null } }).toEqual({
      ...unknown.data,
      failure: { ...unknown.data.failure, values: null },
    });
    expect(other.data.figures).toBeNull();
    expect(other.data.failure.errors.konsulent).toBe("Vælg en konsulent fra listen.");
  });

  it("refuses bad query input with a message, and employers and visitors never reach the figures", async () => {
    const leadCookie = await cookieFor(lead.id);
    const bad = await figures(leadCookie, "?periode=uge");
    expect(bad.status).toBe(400);
    expect(bad.data.failure.errors.periode).toBe("Vælg måned eller kvartal.");
    expect((await figures(leadCookie, "?konsulent=%3Cscript%3E")).status).toBe(400);

    const employer = await makeEmployer();
    expect((await callLoader(figuresLoader, getRequest("/jobcenter/noegletal", employer.cookie))).status).toBe(404);
    expect((await callLoader(csvLoader, getRequest("/jobcenter/noegletal.csv", employer.cookie))).status).toBe(404);
    const visitor = await callLoader(figuresLoader, getRequest("/jobcenter/noegletal"));
    expect(visitor.status).toBe(302);
  });

  it("the CSV carries the same figures for Danish spreadsheets", async () => {
    const res = await callLoader(csvLoader, getRequest("/jobcenter/noegletal.csv?periode=maaned", await cookieFor(lead.id)));
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toContain("text/csv");
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).slice(1);
    expect(text.startsWith("periode;fra;til;konsulent;")).toBe(true);
    const lines = text.trim().split("\r\n");
    // "Alle", then each active staff member (Anna, Bo, the team lead and the factories' verifiers): 12 months each.
    const staff = await db.selectFrom("users").select("id").where("role", "in", ["consultant", "team_lead"]).execute();
    expect(lines).toHaveLength(1 + 12 * (1 + staff.length));
    expect(lines).toContain("2026-11;2026-11-01;2026-11-30;Alle;6;1;5;3;1;33,3;12,5;3;2;66,7;3;8;37,5;2;0;1;0;1;0;73,5");
    expect(lines).toContain(`2026-11;2026-11-01;2026-11-30;${anna.name};3;1;2;2;1;50;12,5;2;1;50;1;3;33,3;0;0;0;0;0;0;`);
    const own = await (await callLoader(csvLoader, getRequest("/jobcenter/noegletal.csv", await cookieFor(bo.id)))).text();
    expect(own.split("\r\n").find((l) => l.startsWith("2026-11;"))).toMatch(/^2026-11;2026-11-01;2026-11-30;Konsulent [^;]+;3;0;3;/);
  });
});
