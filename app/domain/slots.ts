import { addDays, copenhagenDateTime, copenhagenToUtc, weekday } from "~/utils/dates";

/**
 * Bookable meeting times from a consultant's published pattern: the weekly rules and the extra
 * periods, minus blocked days/periods, minus meetings already booked, only after `earliest` (now plus
 * the minimum notice). Times in the pattern are Danish wall-clock times; slots are UTC instants, so a
 * 09.00 slot is 08.00Z in winter and 07.00Z in summer.
 */
export const MEETING_KINDS = ["first_conversation", "follow_up", "round_table"] as const;
export const MEETING_FORMS = ["workplace", "jobcenter", "video", "phone"] as const;
export type MeetingKindName = (typeof MEETING_KINDS)[number];
export type MeetingFormName = (typeof MEETING_FORMS)[number];

export type Period = {
  consultantId: string;
  start: string; // HH:MM
  end: string; // HH:MM
  slotMinutes: number;
  kinds: MeetingKindName[];
  forms: MeetingFormName[];
  location: string | null;
};

export type WeeklyRule = Period & { weekday: number; validFrom: string; validTo: string | null };
export type ExtraPeriod = Period & { date: string };
export type Block = { consultantId: string; date: string; start: string | null; end: string | null };
export type Busy = { consultantId: string; startsAt: string; endsAt: string };

export type Slot = {
  consultantId: string;
  startsAt: string;
  endsAt: string;
  /** Danish date and time of the start, for grouping and showing. */
  date: string;
  time: string;
  kinds: MeetingKindName[];
  forms: MeetingFormName[];
  location: string | null;
};

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

/** 1 = Monday … 7 = Sunday */
export const isoWeekday = (date: string) => ((weekday(date) + 6) % 7) + 1;

export function computeSlots(input: {
  fromDate: string;
  toDate: string;
  rules: WeeklyRule[];
  extras: ExtraPeriod[];
  blocks: Block[];
  busy: Busy[];
  /** UTC ISO: no slot starts before this (now + minimum notice). */
  earliest: string;
  kind?: MeetingKindName;
}): Slot[] {
  const slots = new Map<string, Slot>();
  const earliest = Date.parse(input.earliest);
  for (let date = input.fromDate; date <= input.toDate; date = addDays(date, 1)) {
    const wd = isoWeekday(date);
    const periods: Period[] = [
      ...input.rules.filter((r) => r.weekday === wd && r.validFrom <= date && (!r.validTo || date <= r.validTo)),
      ...input.extras.filter((e) => e.date === date),
    ];
    for (const p of periods) {
      if (input.kind && !p.kinds.includes(input.kind)) continue;
      const step = Math.max(5, p.slotMinutes);
      for (let m = minutes(p.start); m + step <= minutes(p.end); m += step) {
        const start = hhmm(m);
        const blocked = input.blocks.some(
          (b) => b.consultantId === p.consultantId && b.date === date && (!b.start || !b.end || (minutes(b.start) < m + step && m < minutes(b.end))),
        );
        if (blocked) continue;
        const startsAt = copenhagenToUtc(date, `${start}:00`);
        // A wall-clock time the DST change skips (02.30 on the last Sunday of March) does not exist.
        if (copenhagenDateTime(startsAt).time.slice(0, 5) !== start) continue;
        if (startsAt.getTime() < earliest) continue;
        const endsAt = new Date(startsAt.getTime() + step * 60_000);
        const taken = input.busy.some(
          (b) => b.consultantId === p.consultantId && Date.parse(b.startsAt) < endsAt.getTime() && startsAt.getTime() < Date.parse(b.endsAt),
        );
        if (taken) continue;
        const key = `${p.consultantId}|${startsAt.toISOString()}`;
        if (slots.has(key)) continue;
        slots.set(key, {
          consultantId: p.consultantId,
          startsAt: startsAt.toISOString(),
          endsAt: endsAt.toISOString(),
          date,
          time: start,
          kinds: p.kinds,
          forms: p.forms,
          location: p.location,
        });
      }
    }
  }
  return [...slots.values()].sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.consultantId.localeCompare(b.consultantId));
}

/** A slot as one form value: "<consultantId>|<startsAt>". */
export const slotValue = (s: { consultantId: string; startsAt: string }) => `${s.consultantId}|${s.startsAt}`;

export function parseSlotValue(value: string): { consultantId: string; startsAt: string } | null {
  const m = /^([A-Za-z0-9_-]{8,64})\|(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)$/.exec(value);
  if (!m || Number.isNaN(Date.parse(m[2]))) return null;
  return { consultantId: m[1], startsAt: m[2] };
}

/** Which forms a kind allows: a round-table is held at the workplace (or the jobcenter); conversations anywhere. */
export function formsAllowedFor(kind: MeetingKindName): MeetingFormName[] {
  return kind === "round_table" ? ["workplace", "jobcenter"] : [...MEETING_FORMS];
}

/** A first conversation held after the Fast Track's 14th day (first_conversation_due, a date) is late. */
export function isFirstConversationLate(kind: string, heldOrStartsAt: string, firstConversationDue: string | null | undefined): boolean {
  if (kind !== "first_conversation" || !firstConversationDue) return false;
  return copenhagenDateTime(new Date(heldOrStartsAt)).date > firstConversationDue;
}
