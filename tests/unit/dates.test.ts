import { describe, expect, it } from "vitest";
import { addBankDays, copenhagenDate, copenhagenToUtc, easterSunday, endOfCopenhagenDay, formatDuration, isBankDay } from "~/utils/dates";
import { consentDeadline, fastTrackWindow, firstConversationDue, inquiryDueAt, normalFollowUpBy } from "~/domain/deadlines";

describe("Easter", () => {
  it("matches the known dates", () => {
    expect(easterSunday(2024)).toBe("2024-03-31");
    expect(easterSunday(2025)).toBe("2025-04-20");
    expect(easterSunday(2026)).toBe("2026-04-05");
    expect(easterSunday(2027)).toBe("2027-03-28");
    expect(easterSunday(2038)).toBe("2038-04-25");
  });
});

describe("bank days", () => {
  it("excludes weekends, public holidays and bank closing days", () => {
    expect(isBankDay("2026-11-23")).toBe(true); // a Monday
    expect(isBankDay("2026-11-21")).toBe(false); // Saturday
    expect(isBankDay("2026-11-22")).toBe(false); // Sunday
    for (const closed of [
      "2026-01-01", // nytårsdag
      "2026-04-02", // skærtorsdag
      "2026-04-03", // langfredag
      "2026-04-06", // 2. påskedag
      "2026-05-14", // Kristi himmelfartsdag
      "2026-05-15", // fredag efter Kristi himmelfart
      "2026-05-25", // 2. pinsedag
      "2026-06-05", // grundlovsdag
      "2026-12-24", // juleaftensdag
      "2026-12-25", // juledag
      "2026-12-31", // nytårsaftensdag
    ]) {
      expect(isBankDay(closed), closed).toBe(false);
    }
  });

  it("treats Store Bededag as a holiday only before 2024", () => {
    expect(isBankDay("2023-05-05")).toBe(false);
    expect(isBankDay("2024-04-26")).toBe(true);
    expect(isBankDay("2026-05-01")).toBe(true);
  });

  it("counts bank days after a date", () => {
    expect(addBankDays("2026-11-23", 2)).toBe("2026-11-25"); // Mon -> Wed
    expect(addBankDays("2026-11-26", 2)).toBe("2026-11-30"); // Thu -> Mon over the weekend
  });
});

describe("consent deadline (2 bank days)", () => {
  const requestAt = (date: string, time = "10:00:00") => copenhagenToUtc(date, time);

  it("is the end of the 2nd bank day after the request", () => {
    const d = consentDeadline(requestAt("2026-11-23"));
    expect(d.date).toBe("2026-11-25");
    expect(d.at.toISOString()).toBe("2026-11-25T22:59:59.999Z"); // 23:59:59.999 Danish winter time
  });

  it("skips Easter", () => {
    // Wednesday before Easter 2026: Thu, Fri, Sat, Sun and Mon are closed.
    expect(consentDeadline(requestAt("2026-04-01")).date).toBe("2026-04-08");
    // Request on Maundy Thursday itself.
    expect(consentDeadline(requestAt("2026-04-02")).date).toBe("2026-04-08");
  });

  it("skips Ascension Day and the Friday after", () => {
    expect(consentDeadline(requestAt("2026-05-13")).date).toBe("2026-05-19");
    const d = consentDeadline(requestAt("2026-05-13"));
    expect(d.at.toISOString()).toBe("2026-05-19T21:59:59.999Z"); // summer time
  });

  it("skips Christmas and New Year", () => {
    expect(consentDeadline(requestAt("2026-12-23")).date).toBe("2026-12-29");
    expect(consentDeadline(requestAt("2026-12-30")).date).toBe("2027-01-05");
  });

  it("uses the Danish date of the request, not the UTC date", () => {
    // 23:30 Danish time on Monday is still Monday in Denmark (22:30 UTC).
    expect(consentDeadline(new Date("2026-11-23T22:30:00Z")).date).toBe("2026-11-25");
    // 00:30 Danish time on Tuesday is Monday 23:30 UTC.
    expect(consentDeadline(new Date("2026-11-23T23:30:00Z")).date).toBe("2026-11-26");
  });
});

describe("the 5-week window for Fast Track", () => {
  it("accepts day 1 to day 35 and refuses day 36", () => {
    const first = "2026-10-01";
    expect(fastTrackWindow(first, "2026-10-01")).toMatchObject({ ok: true, dayNumber: 1 });
    expect(fastTrackWindow(first, "2026-11-04")).toMatchObject({ ok: true, dayNumber: 35, lastDay: "2026-11-04" });
    expect(fastTrackWindow(first, "2026-11-05")).toMatchObject({ ok: false, reason: "tooLate", dayNumber: 36, lastDay: "2026-11-04" });
  });

  it("refuses a first day of absence in the future", () => {
    expect(fastTrackWindow("2026-11-24", "2026-11-23")).toMatchObject({ ok: false, reason: "future" });
  });

  it("counts across the change to summer time", () => {
    expect(fastTrackWindow("2026-03-01", "2026-04-04")).toMatchObject({ ok: true, dayNumber: 35 });
    expect(fastTrackWindow("2026-03-01", "2026-04-05")).toMatchObject({ ok: false, dayNumber: 36 });
  });
});

describe("other deadlines", () => {
  it("first conversation is 14 days after the request (Danish date)", () => {
    expect(firstConversationDue(copenhagenToUtc("2026-11-23", "10:00:00"))).toBe("2026-12-07");
    expect(firstConversationDue(new Date("2026-11-23T23:30:00Z"))).toBe("2026-12-08");
  });

  it("normal follow-up is by the end of week 8", () => {
    expect(normalFollowUpBy("2026-11-02")).toBe("2026-12-27");
  });

  it("the inquiry promise is receipt + the configured hours", () => {
    expect(inquiryDueAt(new Date("2026-11-23T09:15:00Z"), 24).toISOString()).toBe("2026-11-24T09:15:00.000Z");
    expect(inquiryDueAt(new Date("2026-11-23T09:15:00Z"), 8).toISOString()).toBe("2026-11-23T17:15:00.000Z");
  });
});

describe("Danish time", () => {
  it("converts wall-clock time across daylight saving", () => {
    expect(copenhagenToUtc("2026-01-15", "12:00:00").toISOString()).toBe("2026-01-15T11:00:00.000Z");
    expect(copenhagenToUtc("2026-07-15", "12:00:00").toISOString()).toBe("2026-07-15T10:00:00.000Z");
    expect(endOfCopenhagenDay("2026-03-29").toISOString()).toBe("2026-03-29T21:59:59.999Z");
    expect(copenhagenDate(new Date("2026-07-15T22:30:00Z"))).toBe("2026-07-16");
  });

  it("formats durations", () => {
    expect(formatDuration(0, "da")).toBe("0 min");
    expect(formatDuration(125 * 60_000, "da")).toBe("2 t 5 min");
    expect(formatDuration(26 * 3_600_000, "en")).toBe("1 d 2 h");
  });
});
