import { describe, expect, it } from "vitest";
import { consentDeadline, firstConversationDue } from "~/domain/deadlines";
import { daysUntil, doneLate, dueSteps, endOfAbsenceWeek, stepReminderAt, type FollowUpFacts } from "~/domain/followUp";
import { copenhagenDate, copenhagenToUtc, daysBetween } from "~/utils/dates";

const noFastTrack = (firstAbsenceDay: string): FollowUpFacts => ({ firstAbsenceDay, fastTrack: null, planEvaluations: [], placementEnds: [] });
const byKey = (facts: FollowUpFacts) => Object.fromEntries(dueSteps(facts).map((s) => [s.key, s]));

describe("the follow-up rhythm", () => {
  it("without Fast Track: the first follow-up by the end of week 8 (day 56), across the new year", () => {
    const steps = byKey(noFastTrack("2026-11-20"));
    expect(steps["follow_up:1"]).toMatchObject({ kind: "first_follow_up", dueOn: "2027-01-14", seq: 1 });
    expect(daysBetween("2026-11-20", "2027-01-14") + 1).toBe(56);
    expect(steps.consent).toBeUndefined();
  });

  it("4 follow-ups in the first 6 months: weeks 8, 14, 20 and 26", () => {
    const steps = dueSteps(noFastTrack("2026-11-20")).filter((s) => s.key.startsWith("follow_up:"));
    expect(steps.map((s) => [s.seq, s.dueOn])).toEqual([
      [1, "2027-01-14"],
      [2, "2027-02-25"],
      [3, "2027-04-08"],
      [4, "2027-05-20"],
    ]);
    // All four within 6 months of the first day of absence.
    for (const s of steps) expect(s.dueOn <= "2027-05-20").toBe(true);
    expect(daysBetween("2026-11-20", "2027-05-20") + 1).toBe(26 * 7);
  });

  it("week 22 reassessment and the 52-week mark", () => {
    const steps = byKey(noFastTrack("2026-11-20"));
    expect(steps["reassessment:22"]).toMatchObject({ kind: "reassessment_w22", dueOn: "2027-04-22" });
    expect(steps["week:52"]).toMatchObject({ kind: "week_52", dueOn: "2027-11-18" });
    expect(endOfAbsenceWeek("2027-02-01", 8)).toBe("2027-03-28"); // the Sunday summer time starts (and Easter)
  });

  it("Fast Track: consent within 2 bank days, the first conversation 14 days after the request, across Christmas and new year", () => {
    const requestedAt = copenhagenToUtc("2026-12-22", "10:00:00");
    const facts: FollowUpFacts = {
      firstAbsenceDay: "2026-12-01",
      fastTrack: { consentStatus: "awaiting", consentDeadlineOn: consentDeadline(requestedAt).date, firstConversationDue: firstConversationDue(requestedAt) },
      planEvaluations: [],
      placementEnds: [],
    };
    const steps = dueSteps(facts);
    expect(steps[0]).toMatchObject({ key: "consent", dueOn: "2026-12-28" });
    expect(steps[1]).toMatchObject({ key: "follow_up:1", kind: "first_conversation", dueOn: "2027-01-05" });
    // Consented: the first conversation stays; declined or expired: the normal week-8 follow-up applies.
    expect(byKey({ ...facts, fastTrack: { ...facts.fastTrack!, consentStatus: "consented" } })["follow_up:1"].kind).toBe("first_conversation");
    for (const status of ["declined", "expired"] as const) {
      const s = byKey({ ...facts, fastTrack: { ...facts.fastTrack!, consentStatus: status } });
      expect(s.consent).toBeUndefined();
      expect(s["follow_up:1"]).toMatchObject({ kind: "first_follow_up", dueOn: "2027-01-25" });
    }
  });

  it("plan evaluation dates and placement end dates are steps of their own, sorted by date", () => {
    const steps = dueSteps({
      ...noFastTrack("2026-11-20"),
      planEvaluations: [{ planId: "p1", date: "2027-01-10" }],
      placementEnds: [{ placementId: "x1", endDate: "2026-12-31" }],
    });
    expect(steps.slice(0, 3).map((s) => s.key)).toEqual(["placement_end:x1", "plan_evaluation:p1:2027-01-10", "follow_up:1"]);
    expect(steps.map((s) => s.dueOn)).toEqual([...steps.map((s) => s.dueOn)].sort());
  });
});

describe("reminders and badges", () => {
  it("the reminder is 3 days before at 08.00 Danish time, on both sides of summer time", () => {
    const today = "2027-03-01";
    const at = copenhagenToUtc(today, "12:00:00");
    expect(stepReminderAt("2027-03-28", today, at)?.toISOString()).toBe("2027-03-25T07:00:00.000Z"); // CET
    expect(stepReminderAt("2027-03-31", today, at)?.toISOString()).toBe("2027-03-28T06:00:00.000Z"); // CEST
    expect(stepReminderAt("2027-10-31", today, at)?.toISOString()).toBe("2027-10-28T06:00:00.000Z");
    expect(stepReminderAt("2027-11-02", today, at)?.toISOString()).toBe("2027-10-30T06:00:00.000Z"); // still CEST on the 30th
  });

  it("a step due within 3 days is reminded now; an overdue one not at all", () => {
    const at = copenhagenToUtc("2026-12-30", "15:00:00");
    expect(stepReminderAt("2027-01-01", "2026-12-30", at)).toEqual(at);
    expect(stepReminderAt("2026-12-29", "2026-12-30", at)).toBeNull();
  });

  it("days until due and lateness", () => {
    expect(daysUntil("2027-01-02", "2026-12-30")).toBe(3);
    expect(daysUntil("2026-12-29", "2026-12-30")).toBe(-1);
    expect(copenhagenDate(new Date("2026-12-31T23:30:00Z"))).toBe("2027-01-01");
    expect(doneLate({ due_on: "2026-12-15", done_on: "2026-12-16" })).toBe(true);
    expect(doneLate({ due_on: "2026-12-15", done_on: "2026-12-15" })).toBe(false);
  });
});
