import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "~db/index";
import { createCompany } from "~/models/company.server";
import { insertInquiry } from "~/models/inquiry.server";
import { median, percentile } from "~/domain/inquiryReport";
import { loader as csvLoader } from "~/routes/jobcenter.rapport[.]csv";
import { loader as reportLoader } from "~/routes/jobcenter.rapport";
import { HOUR, MINUTE, setNow } from "~/utils/clock";
import { copenhagenToUtc } from "~/utils/dates";
import { deskAction } from "../support/desk";
import { cookieFor, makeCvr, makeUser } from "../support/factories";
import { callLoader, getRequest, jsonOf } from "../support/requests";

const NOW = copenhagenToUtc("2026-11-26", "12:00:00"); // Thursday of week 48

let leadCookie = "";
let anna: { id: string; name: string };
let bo: { id: string; name: string };

/** An inquiry received at a Danish wall-clock time, answered (by the desk) `answerMinutes` later, or not at all. */
async function inquiry(date: string, time: string, answeredBy: { id: string } | null, answerMinutes: number | null, assignee?: { id: string }) {
  const received = copenhagenToUtc(date, time);
  setNow(received);
  const company = await createCompany(db, { cvr: makeCvr(), name: `Firma ${date} ${time}` }, null);
  const row = await insertInquiry(
    db,
    { companyId: company.id, kind: "general", subject: `Henvendelse ${date} ${time}`, createdBy: null },
    assignee?.id ?? null,
  );
  if (answeredBy && answerMinutes !== null) {
    setNow(new Date(received.getTime() + answerMinutes * MINUTE));
    const res = await deskAction(await cookieFor(answeredBy.id), row.id, { intent: "answer", answerKind: "reply", body: "Svar" });
    expect(res.status).toBe(302);
  }
  return row.id;
}

beforeAll(async () => {
  anna = await makeUser("consultant");
  bo = await makeUser("consultant");
  // Week 47 (16–22 November)
  await inquiry("2026-11-16", "09:00:00", anna, 60);
  await inquiry("2026-11-17", "10:00:00", anna, 24 * 60); // exactly at the deadline: within it
  await inquiry("2026-11-18", "10:00:00", bo, 30 * 60); // late
  await inquiry("2026-11-20", "14:00:00", null, null, bo); // never answered, Bo has it
  // Week 48 (23–29 November)
  await inquiry("2026-11-23", "00:30:00", anna, 120); // Sunday 23:30 UTC, but Monday in Denmark
  await inquiry("2026-11-24", "09:00:00", bo, 240);
  await inquiry("2026-11-26", "08:00:00", null, null); // not due yet: not judged
  await inquiry("2026-11-25", "08:00:00", null, null); // due Thursday 08:00, overdue now
  setNow(NOW);
  leadCookie = await cookieFor((await makeUser("team_lead")).id);
});

beforeEach(() => setNow(NOW));

const min = (m: number) => m * MINUTE;

describe("the team lead's report", () => {
  it("equals the figures worked out by hand, per week", async () => {
    const { report } = await jsonOf(await callLoader(reportLoader, getRequest("/jobcenter/rapport", leadCookie)));
    expect(report.weeks).toHaveLength(12);
    const [w47, w48] = report.weeks.slice(-2);
    expect(w47).toMatchObject({
      week: 47,
      weekStart: "2026-11-16",
      received: 4,
      judged: 4,
      answeredInTime: 2,
      shareInTime: 0.5,
      medianMs: min(1440),
      p90Ms: min(1800),
      overdueNow: 1,
    });
    expect(w48).toMatchObject({
      week: 48,
      weekStart: "2026-11-23",
      received: 4,
      judged: 3,
      answeredInTime: 2,
      medianMs: min(180),
      p90Ms: min(240),
      overdueNow: 1,
    });
    expect(w48.shareInTime).toBeCloseTo(2 / 3, 10);
    for (const w of report.weeks.slice(0, 10)) expect(w).toMatchObject({ received: 0, shareInTime: null, medianMs: null });
  });

  it("equals the figures worked out by hand, per week and consultant", async () => {
    const { report } = await jsonOf(await callLoader(reportLoader, getRequest("/jobcenter/rapport", leadCookie)));
    const [w47, w48] = report.weeks.slice(-2);
    const by = (w: any, id: string | null) => w.byConsultant.find((c: any) => c.consultantId === id);
    expect(by(w47, anna.id)).toMatchObject({ received: 2, judged: 2, answeredInTime: 2, shareInTime: 1, medianMs: min(750), p90Ms: min(1440), overdueNow: 0 });
    expect(by(w47, bo.id)).toMatchObject({ received: 2, judged: 2, answeredInTime: 0, shareInTime: 0, medianMs: min(1800), p90Ms: min(1800), overdueNow: 1 });
    expect(by(w48, anna.id)).toMatchObject({ received: 1, judged: 1, answeredInTime: 1, shareInTime: 1, medianMs: min(120), p90Ms: min(120) });
    expect(by(w48, bo.id)).toMatchObject({ received: 1, judged: 1, answeredInTime: 1, shareInTime: 1, medianMs: min(240), p90Ms: min(240) });
    expect(by(w48, null)).toMatchObject({ received: 2, judged: 1, answeredInTime: 0, shareInTime: 0, medianMs: null, p90Ms: null, overdueNow: 1 });
  });

  it("totals the period and lists what is overdue right now, most overdue first", async () => {
    const { report } = await jsonOf(await callLoader(reportLoader, getRequest("/jobcenter/rapport", leadCookie)));
    expect(report.total).toMatchObject({ received: 8, judged: 7, answeredInTime: 4, medianMs: min(240), p90Ms: min(1800), overdueNow: 2 });
    expect(report.total.shareInTime).toBeCloseTo(4 / 7, 10);
    expect(report.overdue.map((o: any) => o.subject)).toEqual(["Henvendelse 2026-11-20 14:00:00", "Henvendelse 2026-11-25 08:00:00"]);
    expect(report.overdue[1].overdueMs).toBe(4 * HOUR);
  });

  it("exports the same figures as CSV for Danish spreadsheets", async () => {
    const res = await callLoader(csvLoader, getRequest("/jobcenter/rapport.csv", leadCookie));
    expect(res.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("Content-Disposition")).toMatch(/attachment; filename="fasthold-svartider-2026-11-23\.csv"/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM that makes Excel read UTF-8
    const lines = new TextDecoder().decode(bytes).trim().split("\r\n");
    expect(lines[0]).toBe(
      "uge;år;ugestart;konsulent;modtaget;vurderet;besvaret_inden_for_frist;andel_inden_for_frist_pct;median_minutter;p90_minutter;overskredet_nu",
    );
    expect(lines).toContain("47;2026;2026-11-16;Alle;4;4;2;50;1440;1800;1");
    expect(lines).toContain("48;2026;2026-11-23;Alle;4;3;2;66,7;180;240;1");
    expect(lines).toContain(`47;2026;2026-11-16;${anna.name};2;2;2;100;750;1440;0`);
    expect(lines).toContain("48;2026;2026-11-23;Ikke fordelt;2;1;0;0;;;1");
    expect(lines).toContain("37;2026;2026-09-07;Alle;0;0;0;;;;0");
  });

  it("uses the stated median and nearest-rank percentile", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90)).toBe(10);
    expect(percentile([7], 90)).toBe(7);
  });
});
