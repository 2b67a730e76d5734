import { isValidDate } from "~/utils/dates";

/**
 * CPR numbers: DDMMYY-SSSS. The 7th digit and the year give the century.
 * No modulus-11 check: numbers issued since 2007 need not pass it.
 */
export type CprResult = { ok: true; cpr: string; birthDate: string; masked: string } | { ok: false; reason: "format" | "date" };

export function centuryOf(seventhDigit: number, yy: number): number {
  if (seventhDigit <= 3) return 1900;
  if (seventhDigit === 4 || seventhDigit === 9) return yy <= 36 ? 2000 : 1900;
  return yy <= 57 ? 2000 : 1800; // 5-8
}

export function parseCpr(input: string, today?: string): CprResult {
  const compact = input.trim().replace(/^(\d{6})[- ]?(\d{4})$/, "$1$2");
  if (!/^\d{10}$/.test(compact)) return { ok: false, reason: "format" };
  const dd = compact.slice(0, 2);
  const mm = compact.slice(2, 4);
  const yy = Number(compact.slice(4, 6));
  const year = centuryOf(Number(compact[6]), yy) + yy;
  const birthDate = `${year}-${mm}-${dd}`;
  if (!isValidDate(birthDate)) return { ok: false, reason: "date" };
  if (today && birthDate > today) return { ok: false, reason: "date" };
  return { ok: true, cpr: compact, birthDate, masked: maskCpr(compact) };
}

/** ddmmyy-xxxx: enough to tell people apart on screen, not enough to misuse. */
export function maskCpr(cpr: string): string {
  return `${cpr.slice(0, 6)}-xxxx`;
}

export function formatCpr(cpr: string): string {
  return `${cpr.slice(0, 6)}-${cpr.slice(6)}`;
}
