import type { DB } from "~db/index";
import type { PageRequest } from "~/domain/cursor";
import { keysetPage } from "./keyset.server";
import type { AbsenceType, CaseStatus } from "~db/schema";
import { nowIso } from "~/utils/clock";
import { cprLookupHash, encryptCpr, newId } from "~/utils/crypto.server";
import { maskCpr } from "~/domain/cpr";
import { casesIn, employerScope, type Scope } from "./scope.server";
import type { EmployerUser } from "./user.server";

export type NewAbsenceCase = {
  companyId: string;
  createdBy: string;
  employeeName: string;
  employeeEmail: string;
  cpr: string;
  firstAbsenceDay: string;
  absenceType: AbsenceType;
  weeklyHoursWorked: number | null;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
};

export async function createAbsenceCase(db: DB, input: NewAbsenceCase) {
  const at = nowIso();
  const row = {
    id: newId(),
    company_id: input.companyId,
    created_by: input.createdBy,
    employee_name: input.employeeName,
    employee_email: input.employeeEmail,
    cpr_encrypted: encryptCpr(input.cpr),
    cpr_masked: maskCpr(input.cpr),
    cpr_hmac: cprLookupHash(input.cpr),
    first_absence_day: input.firstAbsenceDay,
    absence_type: input.absenceType,
    weekly_hours_worked: input.weeklyHoursWorked,
    contact_name: input.contactName,
    contact_phone: input.contactPhone,
    contact_email: input.contactEmail,
    created_at: at,
    updated_at: at,
    last_activity_at: at,
  };
  await db.insertInto("absence_cases").values(row).execute();
  return row;
}

/** The same employee with the same first day of absence, at the same company. */
export async function findDuplicateCase(db: DB, companyId: string, cpr: string, firstAbsenceDay: string) {
  return db
    .selectFrom("absence_cases")
    .select("id")
    .where("company_id", "=", companyId)
    .where("cpr_hmac", "=", cprLookupHash(cpr))
    .where("first_absence_day", "=", firstAbsenceDay)
    .executeTakeFirst();
}

const caseColumns = [
  "absence_cases.id",
  "absence_cases.company_id",
  "absence_cases.created_by",
  "absence_cases.employee_name",
  "absence_cases.employee_email",
  "absence_cases.cpr_masked",
  "absence_cases.first_absence_day",
  "absence_cases.absence_type",
  "absence_cases.weekly_hours_worked",
  "absence_cases.contact_name",
  "absence_cases.contact_phone",
  "absence_cases.contact_email",
  "absence_cases.created_at",
] as const;

/** One page of the employer's cases, newest first (keyset on absence_cases (company_id, created_at, id)). */
export async function pageCasesForEmployer(db: DB, user: EmployerUser, page: PageRequest, status: CaseStatus = "open") {
  const q = db
    .selectFrom("absence_cases")
    .leftJoin("fast_track_requests as ft", "ft.case_id", "absence_cases.id")
    .select(caseColumns)
    .select(["ft.consent_status", "ft.consent_deadline", "ft.requested_at", "ft.first_conversation_due"])
    .select(["absence_cases.status", "absence_cases.outcome", "absence_cases.closed_on"])
    .where(casesIn(employerScope(user)))
    .where("absence_cases.status", "=", status);
  return keysetPage(q, { key: "absence_cases.created_at", id: "absence_cases.id", direction: "desc", keyOf: (r) => r.created_at, idOf: (r) => r.id }, page);
}

export async function listCasesForEmployer(db: DB, user: EmployerUser) {
  return db
    .selectFrom("absence_cases")
    .leftJoin("fast_track_requests as ft", "ft.case_id", "absence_cases.id")
    .select(caseColumns)
    .select(["ft.consent_status", "ft.consent_deadline", "ft.requested_at", "ft.first_conversation_due"])
    .select(["absence_cases.status", "absence_cases.outcome", "absence_cases.closed_on"])
    .where(casesIn(employerScope(user)))
    .orderBy("absence_cases.created_at", "desc")
    .execute();
}

/** One case, if the scope reaches it. */
export async function findCase(db: DB, scope: Scope, caseId: string) {
  return db
    .selectFrom("absence_cases")
    .innerJoin("companies", "companies.id", "absence_cases.company_id")
    .select(caseColumns)
    .select(["companies.name as company_name", "companies.cvr as company_cvr"])
    .where("absence_cases.id", "=", caseId)
    .where(casesIn(scope))
    .executeTakeFirst();
}

/** The encrypted CPR of a case, if the scope reaches it. */
export async function encryptedCprOf(db: DB, scope: Scope, caseId: string) {
  const row = await db
    .selectFrom("absence_cases")
    .select(["cpr_encrypted", "company_id"])
    .where("absence_cases.id", "=", caseId)
    .where(casesIn(scope))
    .executeTakeFirst();
  return row ?? null;
}

/** The personal data of a case that can be corrected (art. 16), if the scope reaches the case. */
export async function findCasePersonalData(db: DB, scope: Scope, caseId: string) {
  return db
    .selectFrom("absence_cases")
    .select([
      "absence_cases.id",
      "absence_cases.company_id",
      "absence_cases.employee_name",
      "absence_cases.employee_email",
      "absence_cases.cpr_hmac",
      "absence_cases.cpr_masked",
      "absence_cases.contact_name",
      "absence_cases.contact_phone",
      "absence_cases.contact_email",
      "absence_cases.anonymised_at",
    ])
    .where("absence_cases.id", "=", caseId)
    .where(casesIn(scope))
    .executeTakeFirst();
}

export type PersonalDataChange = {
  employeeName?: string;
  employeeEmail?: string;
  cpr?: string;
  contactName?: string;
  contactPhone?: string;
  contactEmail?: string;
};

/**
 * Writes corrected personal data on a case (a CPR number encrypted, masked and hashed again), and
 * on the placements made for the case, which carry the employee's name and CPR number too.
 */
export async function updateCasePersonalData(trx: DB, caseId: string, change: PersonalDataChange): Promise<void> {
  const cpr = change.cpr ? { cpr_encrypted: encryptCpr(change.cpr), cpr_masked: maskCpr(change.cpr), cpr_hmac: cprLookupHash(change.cpr) } : {};
  await trx
    .updateTable("absence_cases")
    .set({
      ...(change.employeeName !== undefined ? { employee_name: change.employeeName } : {}),
      ...(change.employeeEmail !== undefined ? { employee_email: change.employeeEmail } : {}),
      ...(change.contactName !== undefined ? { contact_name: change.contactName } : {}),
      ...(change.contactPhone !== undefined ? { contact_phone: change.contactPhone } : {}),
      ...(change.contactEmail !== undefined ? { contact_email: change.contactEmail } : {}),
      ...cpr,
      updated_at: nowIso(),
    })
    .where("id", "=", caseId)
    .execute();
  if (change.employeeName !== undefined) {
    await trx
      .updateTable("placements")
      .set({ employee_name: change.employeeName })
      .where("case_id", "=", caseId)
      .where("employee_name", "is not", null)
      .execute();
  }
  if (change.cpr) {
    await trx
      .updateTable("placements")
      .set({ cpr_encrypted: cpr.cpr_encrypted, cpr_masked: cpr.cpr_masked })
      .where("case_id", "=", caseId)
      .where("cpr_encrypted", "is not", null)
      .execute();
  }
}
