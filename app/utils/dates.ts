/**
 * Danish time and dates. Instants are stored as UTC ISO strings and shown in
 * Europe/Copenhagen; calendar dates are YYYY-MM-DD strings.
 */
export const TIME_ZONE = "Europe/Copenhagen";

export type Lang = "da" | "en";

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidDate(value: string): boolean {
  const m = isoDate.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

const danishDate = /^(\d{1,2})[.\-/ ](\d{1,2})[.\-/ ](\d{4})$/;

/**
 * A date as a person types it into a DKFDS date field: dd.mm.åååå (also d.m.åååå,
 * and - / or a space between the parts), or ISO YYYY-MM-DD. The ISO date, or null
 * when it is not a real date.
 */
export function parseDateInput(value: string): string | null {
  const v = value.trim();
  if (isValidDate(v)) return v;
  const m = danishDate.exec(v);
  if (!m) return null;
  const iso = `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}`;
  return isValidDate(iso) ? iso : null;
}

/** An ISO date shown the way the date field takes it (dd.mm.åååå); anything else as it is. */
export function toDanishDate(value: string): string {
  const m = isoDate.exec(value);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : value;
}

/** A time of day typed as tt.mm or tt:mm (also t.mm): "HH:MM", or null. */
export function parseTimeInput(value: string): string | null {
  const m = /^(\d{1,2})[.:](\d{2})$/.exec(value.trim());
  if (!m || +m[1] > 23 || +m[2] > 59) return null;
  return `${m[1].padStart(2, "0")}:${m[2]}`;
}

function toUtcDate(date: string): Date {
  const m = isoDate.exec(date);
  if (!m) throw new Error(`not a date: ${date}`);
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
}

function fromUtcDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = toUtcDate(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtcDate(d);
}

/** The same calendar day `months` earlier (the 31st falls back to the month's last day). */
export function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number);
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

/** Whole days from a to b (b - a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtcDate(b).getTime() - toUtcDate(a).getTime()) / 86_400_000);
}

/** 0 = Sunday … 6 = Saturday */
export function weekday(date: string): number {
  return toUtcDate(date).getUTCDay();
}

const partsFormatter = new Intl.DateTimeFormat("en-GB", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

function copenhagenParts(at: Date) {
  const p: Record<string, string> = {};
  for (const part of partsFormatter.formatToParts(at)) p[part.type] = part.value;
  return p;
}

/** The calendar date in Denmark at an instant. */
export function copenhagenDate(at: Date): string {
  const p = copenhagenParts(at);
  return `${p.year}-${p.month}-${p.day}`;
}

/** The Danish wall-clock date and time (HH:MM:SS) at an instant. */
export function copenhagenDateTime(at: Date): { date: string; time: string } {
  const p = copenhagenParts(at);
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}:${p.second}` };
}

/** The UTC instant of a Danish wall-clock time on a date (DST-aware). */
export function copenhagenToUtc(date: string, time = "00:00:00"): Date {
  const [h, mi, s] = time.split(":").map(Number);
  const d = toUtcDate(date);
  const wall = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), h, mi, s ?? 0);
  // Guess the offset, then correct it once with the offset at the guessed instant.
  let guess = wall;
  for (let i = 0; i < 2; i++) {
    const p = copenhagenParts(new Date(guess));
    const asWall = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
    guess = guess - (asWall - wall);
  }
  return new Date(guess);
}

/** The last moment of a Danish calendar day, as a UTC instant. */
export function endOfCopenhagenDay(date: string): Date {
  return new Date(copenhagenToUtc(addDays(date, 1)).getTime() - 1);
}

// ---- Bank days -------------------------------------------------------------

/** Easter Sunday (Gregorian), by the anonymous algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const holidayCache = new Map<number, Map<string, string>>();

/**
 * Days on which Danish banks are closed besides weekends: the public holidays
 * and the bank closing days. Names are Danish, for display.
 */
export function bankClosingDays(year: number): Map<string, string> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const days = new Map<string, string>([
    [`${year}-01-01`, "Nytårsdag"],
    [addDays(easter, -3), "Skærtorsdag"],
    [addDays(easter, -2), "Langfredag"],
    [easter, "Påskedag"],
    [addDays(easter, 1), "2. påskedag"],
    [addDays(easter, 39), "Kristi himmelfartsdag"],
    [addDays(easter, 40), "Fredag efter Kristi himmelfartsdag"],
    [addDays(easter, 49), "Pinsedag"],
    [addDays(easter, 50), "2. pinsedag"],
    [`${year}-06-05`, "Grundlovsdag"],
    [`${year}-12-24`, "Juleaftensdag"],
    [`${year}-12-25`, "Juledag"],
    [`${year}-12-26`, "2. juledag"],
    [`${year}-12-31`, "Nytårsaftensdag"],
  ]);
  // Store Bededag was abolished as a holiday from 2024.
  if (year < 2024) days.set(addDays(easter, 26), "Store Bededag");
  holidayCache.set(year, days);
  return days;
}

export function isBankDay(date: string): boolean {
  const wd = weekday(date);
  if (wd === 0 || wd === 6) return false;
  return !bankClosingDays(Number(date.slice(0, 4))).has(date);
}

/** The n-th bank day after a date (the date itself does not count). */
export function addBankDays(date: string, n: number): string {
  let d = date;
  let left = n;
  while (left > 0) {
    d = addDays(d, 1);
    if (isBankDay(d)) left--;
  }
  return d;
}

// ---- Display ---------------------------------------------------------------

const locales: Record<Lang, string> = { da: "da-DK", en: "en-GB" };

/**
 * Intl.DateTimeFormat objects cost far more to build than to use (a desk page formats hundreds of
 * times): each is built once per language and kind, then reused. A fixed set, so the cache is bounded.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(kind: "dateTime" | "date" | "dateShort" | "month", lang: Lang): Intl.DateTimeFormat {
  const cacheKey = `${kind}:${lang}`;
  let f = formatters.get(cacheKey);
  if (!f) {
    const options: Record<typeof kind, Intl.DateTimeFormatOptions> = {
      dateTime: { timeZone: TIME_ZONE, weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" },
      // A calendar date is formatted in UTC so that it never shifts a day.
      date: { timeZone: "UTC", weekday: "long", day: "numeric", month: "long", year: "numeric" },
      dateShort: { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" },
      month: { timeZone: "UTC", month: "long", year: "numeric" },
    };
    f = new Intl.DateTimeFormat(locales[lang], options[kind]);
    formatters.set(cacheKey, f);
  }
  return f;
}

export function formatDateTime(iso: string | Date, lang: Lang): string {
  return formatter("dateTime", lang).format(new Date(iso));
}

export function formatDate(date: string, lang: Lang): string {
  return formatter("date", lang).format(toUtcDate(date));
}

/** A calendar date without the weekday: "10. december 2026" / "10 December 2026". */
export function formatDateShort(date: string, lang: Lang): string {
  return formatter("dateShort", lang).format(toUtcDate(date));
}

/** A month ("2026-06" or any date in it): "juni 2026" / "June 2026". */
export function formatMonth(month: string, lang: Lang): string {
  return formatter("month", lang).format(toUtcDate(`${month.slice(0, 7)}-01`));
}

/** "2 d 3 t 5 min" style, rounded down to minutes. */
export function formatDuration(ms: number, lang: Lang): string {
  const totalMinutes = Math.floor(Math.abs(ms) / 60_000);
  const days = Math.floor(totalMinutes / 1440);
  const hours = Math.floor((totalMinutes % 1440) / 60);
  const minutes = totalMinutes % 60;
  const unit = lang === "da" ? { d: "d", h: "t", m: "min" } : { d: "d", h: "h", m: "min" };
  const parts: string[] = [];
  if (days) parts.push(`${days} ${unit.d}`);
  if (hours) parts.push(`${hours} ${unit.h}`);
  if (minutes || parts.length === 0) parts.push(`${minutes} ${unit.m}`);
  return parts.join(" ");
}

/** The Monday (YYYY-MM-DD) of the ISO week a date falls in. */
export function weekStart(date: string): string {
  return addDays(date, -((weekday(date) + 6) % 7));
}

/** ISO-8601 week number and its year (the year of the week's Thursday). */
export function isoWeek(date: string): { year: number; week: number } {
  const thursday = addDays(weekStart(date), 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1;
  return { year, week };
}

/** A meeting's start as people say it: "mandag 29. marts 2027 kl. 10.00" / "Monday 29 March 2027 at 10:00". */
export function formatMeetingWhen(iso: string, lang: Lang): string {
  const at = new Date(iso);
  const { date, time } = copenhagenDateTime(at);
  const day = formatDate(date, lang);
  return lang === "da" ? `${day} kl. ${time.slice(0, 2)}.${time.slice(3, 5)}` : `${day} at ${time.slice(0, 5)}`;
}
