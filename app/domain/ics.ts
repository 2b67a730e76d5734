import { copenhagenDateTime } from "~/utils/dates";

/**
 * A meeting invitation as iCalendar (RFC 5545), the way Outlook and Google Calendar take it from an
 * email attachment: METHOD REQUEST (new or changed; a higher SEQUENCE replaces the earlier one) or
 * CANCEL, one VEVENT with a stable UID, the start and end as Danish wall-clock times with
 * TZID=Europe/Copenhagen and the zone's VTIMEZONE, CRLF line endings, lines folded at 75 octets.
 */
export type IcsPerson = { name: string; email: string };

export type IcsEvent = {
  method: "REQUEST" | "CANCEL";
  uid: string;
  sequence: number;
  /** UTC ISO instants */
  startsAt: string;
  endsAt: string;
  stampAt: string;
  summary: string;
  description?: string | null;
  location?: string | null;
  url?: string | null;
  organizer: IcsPerson;
  attendees: IcsPerson[];
};

const CRLF = "\r\n";
const utf8 = new TextEncoder();
export const ICS_TZID = "Europe/Copenhagen";

/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma, newlines. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** A parameter value (CN=…): no DQUOTE or control characters allowed; quoted when it holds : ; or ,. */
function paramValue(value: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/["\u0000-\u001f\u007f]/g, "").trim();
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/** Folds a content line at 75 octets (UTF-8), never inside a character; continuation lines start with a space. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const size = utf8.encode(ch).length;
    const limit = out.length === 0 ? 75 : 74; // the leading space counts
    if (octets + size > limit) {
      out.push(current);
      current = "";
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

const utcStamp = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

/** 20270329T100000: the wall-clock time in Copenhagen. */
export function copenhagenLocal(iso: string): string {
  const { date, time } = copenhagenDateTime(new Date(iso));
  return `${date.replace(/-/g, "")}T${time.replace(/:/g, "")}`;
}

const VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  `TZID:${ICS_TZID}`,
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

const mailto = (email: string) => `mailto:${email.replace(/[\s"<>]/g, "")}`;

export function buildIcs(event: IcsEvent): string {
  const cancel = event.method === "CANCEL";
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Fasthold//Meetings//DA",
    "CALSCALE:GREGORIAN",
    `METHOD:${event.method}`,
    ...VTIMEZONE,
    "BEGIN:VEVENT",
    `UID:${event.uid}`,
    `SEQUENCE:${Math.max(0, Math.floor(event.sequence))}`,
    `DTSTAMP:${utcStamp(event.stampAt)}`,
    `DTSTART;TZID=${ICS_TZID}:${copenhagenLocal(event.startsAt)}`,
    `DTEND;TZID=${ICS_TZID}:${copenhagenLocal(event.endsAt)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.url ? [`URL:${event.url.replace(/[\s"]/g, "")}`] : []),
    `ORGANIZER;CN=${paramValue(event.organizer.name)}:${mailto(event.organizer.email)}`,
    ...event.attendees.map(
      (a) => `ATTENDEE;CN=${paramValue(a.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=${cancel ? "FALSE" : "TRUE"}:${mailto(a.email)}`,
    ),
    `STATUS:${cancel ? "CANCELLED" : "CONFIRMED"}`,
    "TRANSP:OPAQUE",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
