import crypto from "node:crypto";
import { db } from "~db/index";
import type { UserRole } from "~db/schema";
import { createCompany, verifyCompany } from "~/models/company.server";
import { createUser } from "~/models/user.server";
import { createSession, sessionCookieHeader } from "~/services/auth.server";
import { addDays, copenhagenDate } from "~/utils/dates";
import { now } from "~/utils/clock";

const weights = [2, 7, 6, 5, 4, 3, 2, 1];

/** A fresh valid CVR number. */
export function makeCvr(): string {
  for (;;) {
    const digits = String(crypto.randomInt(10_000_000, 99_999_999));
    const sum = [...digits].reduce((acc, d, i) => acc + Number(d) * weights[i], 0);
    if (sum % 11 === 0) return digits;
  }
}

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export async function makeCompany(opts: { verified?: boolean; name?: string } = {}) {
  const company = await createCompany(db, { cvr: makeCvr(), name: opts.name ?? `Firma ${unique()} A/S` }, null);
  if (opts.verified !== false) {
    const verifier = await makeUser("consultant");
    await verifyCompany(db, company.id, verifier);
  }
  return company;
}

export async function makeUser(role: UserRole, companyId?: string) {
  return createUser(db, {
    email: `${role}-${unique()}@example.test`,
    name: `${role === "employer" ? "HR" : "Konsulent"} ${unique()}`,
    phone: "12 34 56 78",
    role,
    companyId: companyId ?? null,
  });
}

export async function makeEmployer(opts: { verified?: boolean } = {}) {
  const company = await makeCompany(opts);
  const user = await makeUser("employer", company.id);
  return { company, user, cookie: await cookieFor(user.id) };
}

/**
 * A signed-in session's Cookie header. The session is "full": for staff, as
 * if the second factor had been given (tests of the second step itself use
 * halfSignedInCookieFor).
 */
export async function cookieFor(userId: string): Promise<string> {
  const token = await createSession(db, userId, { secondFactor: true });
  return (await sessionCookieHeader(token)).split(";")[0];
}

/** A staff session after the emailed code, before the second factor. */
export async function halfSignedInCookieFor(userId: string): Promise<string> {
  const token = await createSession(db, userId);
  return (await sessionCookieHeader(token)).split(";")[0];
}

/** A valid Fast Track form, first day of absence `daysAgo` days before today (Danish date). */
export function fastTrackForm(overrides: Record<string, string> = {}, daysAgo = 10): Record<string, string> {
  return {
    employeeName: "Mette Hansen",
    cpr: "120485-1234",
    employeeEmail: "mette@example.test",
    firstAbsenceDay: addDays(copenhagenDate(now()), -daysAgo),
    absenceType: "full",
    weeklyHoursWorked: "",
    expectsLongAbsence: "on",
    affectedFunctions: "Tunge løft",
    affectedDuration: "Tre uger",
    workAdapted: "",
    contactName: "Hanne HR",
    contactPhone: "97 12 34 56",
    contactEmail: "hanne@example.test",
    ...overrides,
  };
}
