import { addBankDays, addDays, copenhagenDate, daysBetween, endOfCopenhagenDay } from "~/utils/dates";

/** Fast Track may be requested within the first 5 weeks: day 1 is the first day of absence, day 35 the last. */
export const FAST_TRACK_LAST_DAY = 35;
/** The employee has 2 bank days to consent (bekendtgørelse om opfølgning i sygedagpengesager, kap. 3). */
export const CONSENT_BANK_DAYS = 2;
/** The jobcenter holds the first conversation no later than 2 weeks after the request. */
export const FIRST_CONVERSATION_DAYS = 14;
/** Without Fast Track, the first follow-up is by the end of week 8 of the absence. */
export const NORMAL_FOLLOW_UP_WEEKS = 8;

/** Day number of the absence on a date (the first day of absence is day 1). */
export function absenceDayNumber(firstAbsenceDay: string, today: string): number {
  return daysBetween(firstAbsenceDay, today) + 1;
}

export function fastTrackLastDay(firstAbsenceDay: string): string {
  return addDays(firstAbsenceDay, FAST_TRACK_LAST_DAY - 1);
}

export type FastTrackWindow =
  { ok: true; dayNumber: number; lastDay: string } | { ok: false; reason: "future" | "tooLate"; dayNumber: number; lastDay: string };

export function fastTrackWindow(firstAbsenceDay: string, today: string): FastTrackWindow {
  const dayNumber = absenceDayNumber(firstAbsenceDay, today);
  const lastDay = fastTrackLastDay(firstAbsenceDay);
  if (dayNumber < 1) return { ok: false, reason: "future", dayNumber, lastDay };
  if (dayNumber > FAST_TRACK_LAST_DAY) return { ok: false, reason: "tooLate", dayNumber, lastDay };
  return { ok: true, dayNumber, lastDay };
}

/**
 * The employee's consent deadline: the end of the 2nd bank day after the day
 * the request was made (Danish time). The request day itself does not count.
 */
export function consentDeadline(requestedAt: Date): { date: string; at: Date } {
  const date = addBankDays(copenhagenDate(requestedAt), CONSENT_BANK_DAYS);
  return { date, at: endOfCopenhagenDay(date) };
}

export function firstConversationDue(requestedAt: Date): string {
  return addDays(copenhagenDate(requestedAt), FIRST_CONVERSATION_DAYS);
}

/** Last day of week 8 of the absence. */
export function normalFollowUpBy(firstAbsenceDay: string): string {
  return addDays(firstAbsenceDay, NORMAL_FOLLOW_UP_WEEKS * 7 - 1);
}

/** The promise to answer a company contact. */
export function inquiryDueAt(receivedAt: Date, responseHours: number): Date {
  return new Date(receivedAt.getTime() + responseHours * 3_600_000);
}
