import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildIcs, escapeText, foldLine, type IcsEvent } from "~/domain/ics";

const base: IcsEvent = {
  method: "REQUEST",
  uid: "meeting-abc@fasthold.test",
  sequence: 0,
  startsAt: "2027-03-29T08:00:00.000Z", // the day after the change to summer time: 10.00 in Copenhagen
  endsAt: "2027-03-29T09:00:00.000Z",
  stampAt: "2026-12-02T04:40:00.000Z",
  summary: "Rundbordssamtale: Mette Hansen, Vestjysk Stål A/S",
  description: "Deltagere: medarbejder, leder, konsulent; tillidsrepræsentant\\ evt.\nLinje to",
  location: "Industrivej 4, 6700 Esbjerg",
  organizer: { name: "Karin Konsulent", email: "karin@jobcenter.test" },
  attendees: [
    { name: "Mette Hansen", email: "mette@example.dk" },
    { name: "HR; Hansen, Ole", email: "hr@vestjysk.dk" },
  ],
};

function parse(text: string) {
  const comp = new ICAL.Component(ICAL.parse(text));
  const tz = comp.getFirstSubcomponent("vtimezone");
  if (tz) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  const vevent = comp.getFirstSubcomponent("vevent")!;
  return { comp, vevent, event: new ICAL.Event(vevent) };
}

/** The wall-clock time in Copenhagen at a UTC instant, independent of ical.js. */
const copenhagen = (d: Date) =>
  new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Copenhagen", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(d);

describe("iCalendar writer", () => {
  it("writes a REQUEST that ical.js reads back with the right Copenhagen start across the change to summer time", () => {
    const text = buildIcs(base);
    const { comp, vevent, event } = parse(text);
    expect(comp.getFirstPropertyValue("method")).toBe("REQUEST");
    expect(event.uid).toBe("meeting-abc@fasthold.test");
    expect(event.sequence).toBe(0);
    expect(event.startDate.zone?.tzid).toBe("Europe/Copenhagen");
    expect(event.startDate.hour).toBe(10);
    expect(event.startDate.toJSDate().toISOString()).toBe("2027-03-29T08:00:00.000Z");
    expect(copenhagen(event.startDate.toJSDate())).toBe("10:00");
    expect(event.endDate.toJSDate().toISOString()).toBe("2027-03-29T09:00:00.000Z");
    expect(event.summary).toBe(base.summary);
    expect(event.description).toBe(base.description);
    expect(event.location).toBe(base.location);
    expect(vevent.getAllProperties("attendee").map((a) => a.getFirstValue())).toEqual(["mailto:mette@example.dk", "mailto:hr@vestjysk.dk"]);
    expect(vevent.getAllProperties("attendee")[1].getParameter("cn")).toBe("HR; Hansen, Ole");
    expect(vevent.getFirstPropertyValue("organizer")).toBe("mailto:karin@jobcenter.test");
  });

  it("a winter start is UTC+1 and a summer start UTC+2 in the same zone", () => {
    const winter = parse(buildIcs({ ...base, startsAt: "2027-03-26T08:00:00.000Z", endsAt: "2027-03-26T09:00:00.000Z" })).event;
    expect(winter.startDate.hour).toBe(9);
    expect(winter.startDate.toJSDate().toISOString()).toBe("2027-03-26T08:00:00.000Z");
    const autumn = parse(buildIcs({ ...base, startsAt: "2026-11-02T09:00:00.000Z", endsAt: "2026-11-02T10:00:00.000Z" })).event;
    expect(autumn.startDate.hour).toBe(10);
    expect(autumn.startDate.toJSDate().toISOString()).toBe("2026-11-02T09:00:00.000Z");
  });

  it("a CANCEL keeps the UID with a higher SEQUENCE and status CANCELLED", () => {
    const { comp, event, vevent } = parse(buildIcs({ ...base, method: "CANCEL", sequence: 3 }));
    expect(comp.getFirstPropertyValue("method")).toBe("CANCEL");
    expect(event.uid).toBe(base.uid);
    expect(event.sequence).toBe(3);
    expect(vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
  });

  it("uses CRLF everywhere, folds at 75 octets without splitting a character, and escapes text", () => {
    const long = { ...base, description: "Æblegrød på Ørestad ".repeat(20) };
    const text = buildIcs(long);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of text.split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(text).toContain("\r\n ");
    expect(parse(text).event.description).toBe(long.description);
    expect(escapeText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
    expect(text).toMatch(/\r\nDTSTART;TZID=Europe\/Copenhagen:20270329T100000\r\n/);
    expect(text).toMatch(/\r\nBEGIN:VTIMEZONE\r\nTZID:Europe\/Copenhagen\r\n/);
    expect(text).toMatch(/\r\nDTSTAMP:20261202T044000Z\r\n/);
    const folded = foldLine("x".repeat(74) + "ø" + "y".repeat(100));
    const parts = folded.split("\r\n");
    expect(Buffer.byteLength(parts[0], "utf8")).toBe(74);
    expect(parts[1].startsWith(" ø")).toBe(true);
  });
});
