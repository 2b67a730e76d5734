import { db, type DB } from "~db/index";
import { writeAudit } from "~/models/audit.server";
import { CODE_TTL_MINUTES, consumeCode, issueCode } from "~/models/oneTimeCode.server";
import { MINUTE, now, nowIso } from "~/utils/clock";
import { hmac, newToken, sha256 } from "~/utils/crypto.server";
import type { Lang } from "~/utils/dates";
import { env } from "~/utils/env.server";
import { allowCodeAttempt, allowCodeRequest, sessionTokenCookie } from "./auth.server";
import { enqueueEmail } from "./outbox.server";

/**
 * The sick-listed employee has no account: a secure link per case (an HMAC of
 * the case id, so it can be mailed again) plus a code to the employee's email
 * gives a short session for that case only.
 */
const SESSION_TTL_MS = 4 * 60 * MINUTE;

export function employeeLinkToken(caseId: string): string {
  return hmac(caseId, "employee-link");
}

/** The link to the employee's page; records its hash so the link can be looked up. */
export async function employeeLink(trx: DB, caseId: string): Promise<string> {
  const token = employeeLinkToken(caseId);
  await trx
    .updateTable("absence_cases")
    .set({ employee_token_hash: sha256(token) })
    .where("id", "=", caseId)
    .where("employee_token_hash", "is", null)
    .execute();
  return `${env().APP_URL}/medarbejder/${token}`;
}

export async function findCaseByEmployeeToken(token: string) {
  return db
    .selectFrom("absence_cases")
    .innerJoin("companies", "companies.id", "absence_cases.company_id")
    .select(["absence_cases.id", "absence_cases.employee_name", "absence_cases.employee_email", "companies.name as company_name"])
    .where("absence_cases.employee_token_hash", "=", sha256(token))
    .executeTakeFirst();
}

/** "m***@example.dk": enough to recognise one's own address. */
export function maskEmail(email: string): string {
  const [local, domain] = email.split("@");
  return `${local.slice(0, 1)}***@${domain}`;
}

/** The code goes in the language of the employee's own request (their link page's language). */
export async function sendEmployeeCode(token: string, ip: string, lang: Lang = "da"): Promise<"sent" | "notFound" | "rateLimited"> {
  const found = await findCaseByEmployeeToken(token);
  if (!found) return "notFound";
  return db.transaction().execute(async (trx) => {
    if (!(await allowCodeRequest(trx, found.employee_email, ip))) return "rateLimited" as const;
    const { id, code } = await issueCode(trx, { email: found.employee_email, purpose: "employee_access", payload: { caseId: found.id } });
    await enqueueEmail(trx, {
      template: "employee-code",
      to: found.employee_email,
      props: { code, minutes: CODE_TTL_MINUTES },
      dedupeKey: `employee-code:${id}`,
      lang,
    });
    return "sent" as const;
  });
}

const employeeCookie = () => sessionTokenCookie("fasthold_employee", SESSION_TTL_MS);

export type EmployeeVerify = { ok: true; cookie: string } | { ok: false; error: "notFound" | "rateLimited" | "codeInvalid" | "tooManyAttempts" };

export async function verifyEmployeeCode(token: string, code: string, ip: string): Promise<EmployeeVerify> {
  const found = await findCaseByEmployeeToken(token);
  if (!found) return { ok: false, error: "notFound" };
  const result = await db.transaction().execute(async (trx) => {
    if (!(await allowCodeAttempt(trx, found.employee_email, ip))) return { ok: false, error: "rateLimited" } as const;
    const check = await consumeCode(trx, { email: found.employee_email, purpose: "employee_access", code });
    if (!check.ok) return check;
    if ((check.payload as { caseId?: string } | null)?.caseId !== found.id) return { ok: false, error: "codeInvalid" } as const;
    const sessionToken = newToken();
    await trx
      .insertInto("employee_sessions")
      .values({
        id: sha256(sessionToken),
        case_id: found.id,
        created_at: nowIso(),
        expires_at: new Date(now().getTime() + SESSION_TTL_MS).toISOString(),
        revoked_at: null,
      })
      .execute();
    await writeAudit(trx, { actor: { kind: "employee", id: found.id }, action: "employee.signed_in", entityType: "absence_case", entityId: found.id });
    return { ok: true, sessionToken } as const;
  });
  if (!result.ok) return result;
  return { ok: true, cookie: await employeeCookie().serialize(result.sessionToken) };
}

export type Employee = { caseId: string; name: string; email: string; companyId: string; companyName: string };

/** The employee signed in through their link, if any. */
export async function getEmployee(request: Request): Promise<Employee | null> {
  const token = await employeeCookie().parse(request.headers.get("Cookie"));
  if (typeof token !== "string" || token.length < 20) return null;
  const row = await db
    .selectFrom("employee_sessions")
    .innerJoin("absence_cases", "absence_cases.id", "employee_sessions.case_id")
    .innerJoin("companies", "companies.id", "absence_cases.company_id")
    .select(["absence_cases.id", "absence_cases.employee_name", "absence_cases.employee_email", "companies.id as company_id", "companies.name as company_name"])
    .where("employee_sessions.id", "=", sha256(token))
    .where("employee_sessions.revoked_at", "is", null)
    .where("employee_sessions.expires_at", ">", nowIso())
    .executeTakeFirst();
  return row ? { caseId: row.id, name: row.employee_name, email: row.employee_email, companyId: row.company_id, companyName: row.company_name } : null;
}

/** The employee signed in through their link, or a 404: without a session the page reveals nothing (they need their link again). */
export async function requireEmployee(request: Request): Promise<Employee> {
  const employee = await getEmployee(request);
  if (!employee) throw new Response("Not Found", { status: 404 });
  return employee;
}

export async function signOutEmployee(request: Request): Promise<string> {
  const token = await employeeCookie().parse(request.headers.get("Cookie"));
  if (typeof token === "string") await db.updateTable("employee_sessions").set({ revoked_at: nowIso() }).where("id", "=", sha256(token)).execute();
  return employeeCookie().serialize("", { maxAge: 0 });
}
