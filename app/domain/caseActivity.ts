import { DAY } from "~/utils/clock";

/**
 * A case is quiet when nobody has changed anything on it (README "Retention and deletion":
 * steps, meetings, plans, messages, ratings, corrections …) for `limitDays` whole days.
 * Returns the whole days since its last activity when it is quiet that long, else null.
 */
export function quietDays(lastActivityAt: string | null, now: Date, limitDays: number): number | null {
  if (!lastActivityAt) return null;
  const days = Math.floor((now.getTime() - Date.parse(lastActivityAt)) / DAY);
  return days >= limitDays ? days : null;
}

/** The instant at or before which a case's last activity makes it quiet now (the same rule as `quietDays`). */
export function quietCutoff(now: Date, limitDays: number): string {
  return new Date(now.getTime() - limitDays * DAY).toISOString();
}
