import { describe, expect, it } from "vitest";
import {
  closedFigures,
  firstConversationFigures,
  longCaseCutoff,
  partialReturnShare,
  periodsUpTo,
  share,
  teamFiguresCsv,
  type TeamFigures,
} from "~/domain/teamFigures";
import { ratingMean } from "~/domain/progression";
import { parseStoredRatings } from "~/domain/progression.server";

describe("periods in Danish calendar months and quarters", () => {
  it("gives the 12 months up to today's, the current one snapshot today", () => {
    const p = periodsUpTo("2026-03-10", "month");
    expect(p).toHaveLength(12);
    expect(p[0]).toEqual({ key: "2025-04", kind: "month", start: "2025-04-01", end: "2025-05-01", asOf: "2025-04-30" });
    expect(p.at(-2)).toEqual({ key: "2026-02", kind: "month", start: "2026-02-01", end: "2026-03-01", asOf: "2026-02-28" });
    expect(p.at(-1)).toEqual({ key: "2026-03", kind: "month", start: "2026-03-01", end: "2026-04-01", asOf: "2026-03-10" });
  });
  it("crosses the year in months and in quarters", () => {
    expect(periodsUpTo("2027-01-05", "month", 2).map((p) => [p.key, p.start, p.end])).toEqual([
      ["2026-12", "2026-12-01", "2027-01-01"],
      ["2027-01", "2027-01-01", "2027-02-01"],
    ]);
    const q = periodsUpTo("2026-11-26", "quarter");
    expect(q).toHaveLength(8);
    expect(q[0].key).toBe("2025-Q1");
    expect(q.at(-1)).toEqual({ key: "2026-Q4", kind: "quarter", start: "2026-10-01", end: "2027-01-01", asOf: "2026-11-26" });
    expect(periodsUpTo("2026-02-01", "quarter", 2).map((p) => p.key)).toEqual(["2025-Q4", "2026-Q1"]);
  });
  it("knows a leap February", () => {
    expect(periodsUpTo("2028-03-01", "month", 2)[0]).toMatchObject({ key: "2028-02", asOf: "2028-02-29" });
  });
});

describe("first conversation within 14 days", () => {
  const today = "2026-11-26";
  it("judges the held and the overdue, and takes the median over the held", () => {
    const f = firstConversationFigures(
      [
        { requestedOn: "2026-11-01", due: "2026-11-15", heldOn: "2026-11-10" }, // 9 days, in time
        { requestedOn: "2026-11-05", due: "2026-11-19", heldOn: "2026-11-21" }, // 16 days, late
        { requestedOn: "2026-11-03", due: "2026-11-17", heldOn: null }, // overdue: late
        { requestedOn: "2026-11-20", due: "2026-12-04", heldOn: null }, // not due yet: not judged
      ],
      today,
    );
    expect(f).toEqual({ judged: 3, withinDue: 1, shareWithinDue: 1 / 3, medianDays: 12.5 });
  });
  it("a conversation on the 14th day is in time; the due day itself is not yet overdue", () => {
    expect(firstConversationFigures([{ requestedOn: "2026-11-01", due: "2026-11-15", heldOn: "2026-11-15" }], today).withinDue).toBe(1);
    expect(firstConversationFigures([{ requestedOn: "2026-11-12", due: "2026-11-26", heldOn: null }], today).judged).toBe(0);
  });
  it("nothing to judge gives no share and no median", () => {
    expect(firstConversationFigures([], today)).toEqual({ judged: 0, withinDue: 0, shareWithinDue: null, medianDays: null });
  });
});

describe("closed cases, partial return, long cases", () => {
  it("counts outcomes and the median length in days", () => {
    const f = closedFigures([
      { firstAbsenceDay: "2026-10-20", closedOn: "2026-11-20", outcome: "partial_return" },
      { firstAbsenceDay: "2026-08-01", closedOn: "2026-11-25", outcome: "left_company" },
      { firstAbsenceDay: "2026-09-01", closedOn: "2026-10-15", outcome: "returned_full" },
    ]);
    expect(f.closed).toBe(3);
    expect(f.byOutcome).toEqual({ returned_full: 1, partial_return: 1, other_job_same_company: 0, left_company: 1, other: 0 });
    expect(f.medianLengthDays).toBe(44);
  });
  it("partial return share: open partial plus closed as partial return, over open at the end plus closed in the period", () => {
    expect(partialReturnShare({ openAtEnd: 6, openPartial: 2, closedInPeriod: 2, closedPartialReturn: 1 })).toEqual({ inPartial: 3, base: 8, share: 0.375 });
    expect(partialReturnShare({ openAtEnd: 0, openPartial: 0, closedInPeriod: 0, closedPartialReturn: 0 }).share).toBeNull();
  });
  it("over 52 weeks: the first day of absence is day 1, day 365 is over", () => {
    expect(longCaseCutoff("2026-11-26")).toBe("2025-11-27");
    expect(share(1, 4)).toBe(0.25);
  });
});

describe("CSV", () => {
  it("writes semicolons, decimal commas and a BOM", () => {
    const period = periodsUpTo("2026-11-26", "month", 1)[0];
    const f: TeamFigures = {
      kind: "month",
      today: "2026-11-26",
      openNow: 6,
      over52WeeksNow: 1,
      periods: [
        {
          period,
          newRequests: 5,
          firstConversation: { judged: 3, withinDue: 1, shareWithinDue: 1 / 3, medianDays: 12.5 },
          firstHeld: 3,
          employerPresent: 2,
          shareEmployerPresent: 2 / 3,
          partialReturn: { inPartial: 3, base: 8, share: 0.375 },
          closed: closedFigures([]),
        },
      ],
    };
    const csv = teamFiguresCsv([
      { consultant: "Alle", figures: f },
      { consultant: 'Anna; "A"', figures: f },
    ]);
    expect(csv.startsWith("\uFEFFperiode;")).toBe(true);
    expect(csv.split("\r\n")[1]).toBe("2026-11;2026-11-01;2026-11-30;Alle;6;1;5;3;1;33,3;12,5;3;2;66,7;3;8;37,5;0;0;0;0;0;0;");
    expect(csv.split("\r\n")[2]).toBe('2026-11;2026-11-01;2026-11-30;"Anna; ""A""";6;1;5;3;1;33,3;12,5;3;2;66,7;3;8;37,5;0;0;0;0;0;0;');
  });
});

describe("stored ratings", () => {
  it("keeps known statements in range and drops the rest, never throws", () => {
    expect(parseStoredRatings('{"tasks":3,"nextStep":11,"support":"5","confidence":10,"other":4}')).toEqual({ tasks: 3, confidence: 10 });
    expect(parseStoredRatings("not json")).toEqual({});
    expect(parseStoredRatings("[1,2]")).toEqual({});
    expect(ratingMean({ tasks: 3, nextStep: 4 })).toBe(3.5);
    expect(ratingMean({})).toBeNull();
  });
});
