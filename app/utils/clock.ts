/**
 * The one source of "now". Deadlines and reminders read the time here, so
 * tests can set it and step it forward.
 */
let fixed: number | null = null;

export function now(): Date {
  return fixed === null ? new Date() : new Date(fixed);
}

export function nowIso(): string {
  return now().toISOString();
}

/** Tests only: freeze the clock at a moment. */
export function setNow(at: Date | string): void {
  fixed = new Date(at).getTime();
}

/** Tests only: move a frozen clock forward. */
export function advanceClock(ms: number): void {
  fixed = (fixed ?? Date.now()) + ms;
}

export function resetClock(): void {
  fixed = null;
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
