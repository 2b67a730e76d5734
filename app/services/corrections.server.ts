import { db, type DB } from "~db/index";
import { findCasePersonalData, updateCasePersonalData, type PersonalDataChange } from "~/models/absenceCase.server";
import { userActor, writeAudit, type Actor } from "~/models/audit.server";
import { employeeScope, staffScope, type Scope } from "~/models/scope.server";
import type { StaffUser } from "~/models/user.server";
import type { CorrectableField } from "~/domain/correctionForm.server";
import { cprLookupHash, newId } from "~/utils/crypto.server";
import { env } from "~/utils/env.server";
import { employeeLink, maskEmail } from "./employeeAccess.server";
import { enqueueEmail } from "./outbox.server";

/**
 * Corrections (GDPR art. 16). Wrong personal data on a case is corrected where it is held: the
 * employee's name, email and CPR number and the employer's contact person. Records are not
 * rewritten: signed plan versions, meeting summaries and the audit log stay as they were (a
 * corrected plan is a new version). One transaction: the new values, one audit entry naming the
 * fields that changed (never a value), and the notice emails when the employee's address changed.
 */
export type CorrectionResult = { ok: true; changed: CorrectableField[] } | { ok: false; error: "notFound" | "anonymised" };

type Who = { kind: "staff"; user: StaffUser } | { kind: "employee"; caseId: string };

const scopeOf = (who: Who): Scope => (who.kind === "staff" ? staffScope(who.user) : employeeScope(who.caseId));
const actorOf = (who: Who): Actor => (who.kind === "staff" ? userActor(who.user) : { kind: "employee", id: who.caseId });

/** The consultant corrects the case's personal data from the case page. */
export function correctCaseAsStaff(staff: StaffUser, caseId: string, input: PersonalDataChange): Promise<CorrectionResult> {
  return correct({ kind: "staff", user: staff }, caseId, input);
}

/** The employee corrects their own email address from their link page (their session's case only). */
export function correctOwnContact(caseId: string, input: { employeeEmail: string }): Promise<CorrectionResult> {
  return correct({ kind: "employee", caseId }, caseId, input);
}

async function correct(who: Who, caseId: string, input: PersonalDataChange): Promise<CorrectionResult> {
  return db.transaction().execute(async (trx): Promise<CorrectionResult> => {
    const held = await findCasePersonalData(trx, scopeOf(who), caseId);
    if (!held) return { ok: false, error: "notFound" };
    // After the retention period there is nothing left to correct (and nothing should come back).
    if (held.anonymised_at) return { ok: false, error: "anonymised" };
    const change: PersonalDataChange = {};
    const differs = (typed: string | undefined, current: string) => typed !== undefined && typed !== current;
    if (differs(input.employeeName, held.employee_name)) change.employeeName = input.employeeName;
    if (differs(input.employeeEmail, held.employee_email)) change.employeeEmail = input.employeeEmail;
    if (input.cpr && cprLookupHash(input.cpr) !== held.cpr_hmac) change.cpr = input.cpr;
    if (differs(input.contactName, held.contact_name)) change.contactName = input.contactName;
    if (differs(input.contactPhone, held.contact_phone)) change.contactPhone = input.contactPhone;
    if (differs(input.contactEmail, held.contact_email)) change.contactEmail = input.contactEmail;
    const changed = Object.keys(change) as CorrectableField[];
    if (changed.length === 0) return { ok: true, changed };

    await updateCasePersonalData(trx, caseId, change);
    await writeAudit(trx, {
      actor: actorOf(who),
      action: "absence_case.corrected",
      entityType: "absence_case",
      entityId: caseId,
      companyId: held.company_id,
      meta: { fields: changed.join(","), by: who.kind },
    });
    if (change.employeeEmail) await noticeOfNewAddress(trx, who, caseId, held.employee_email, change.employeeEmail);
    return { ok: true, changed };
  });
}

/**
 * Future emails (codes, invitations, meetings, reminders) read the case's address when they are
 * sent, so they go to the new one. The new address is told, with the link. The old one is told
 * only when the employee changed it themselves: then it is theirs (they have just had a code
 * there) and a change they did not make is caught, as banks do. When the jobcenter corrects a
 * wrong address, the old one may be a stranger's, who must not learn of a sickness case.
 */
async function noticeOfNewAddress(trx: DB, who: Who, caseId: string, oldEmail: string, newEmail: string) {
  const { AUTHORITY_NAME, AUTHORITY_PHONE } = env();
  const base = {
    by: who.kind === "staff" ? ("jobcenter" as const) : ("employee" as const),
    maskedEmail: maskEmail(newEmail),
    authorityName: AUTHORITY_NAME,
    authorityPhone: AUTHORITY_PHONE,
  };
  // The employee's emails stay Danish (README "Emails in the reader's language"); one key per change.
  const key = `contact-changed:${caseId}:${newId()}`;
  await enqueueEmail(trx, {
    template: "contact-changed",
    to: newEmail,
    props: { ...base, to: "new", url: await employeeLink(trx, caseId) },
    dedupeKey: `${key}:new`,
  });
  if (who.kind === "employee") {
    await enqueueEmail(trx, { template: "contact-changed", to: oldEmail, props: { ...base, to: "old", url: null }, dedupeKey: `${key}:old` });
  }
}
