import { db } from "~db/index";
import type { CaseStatus } from "~db/schema";
import { encryptedCprOf, findCase, pageCasesForEmployer } from "~/models/absenceCase.server";
import type { PageRequest } from "~/domain/cursor";
import { writeAudit, userActor } from "~/models/audit.server";
import { findCaseLife } from "~/models/followUp.server";
import { findInquiriesForCase, findInquiryForStaff, listMessages } from "~/models/inquiry.server";
import { employerScope, staffScope, type Scope } from "~/models/scope.server";
import { findServiceRequestIdForInquiry } from "~/models/service.server";
import type { EmployerUser, SessionUser, StaffUser } from "~/models/user.server";
import { now } from "~/utils/clock";
import { copenhagenDate } from "~/utils/dates";
import { decryptCpr } from "~/utils/crypto.server";
import { formatCpr } from "~/domain/cpr";
import { absenceDayNumber, normalFollowUpBy } from "~/domain/deadlines";
import { effectiveConsentStatus, findFastTrackForCase } from "./fastTrack.server";

/** One page of the employer's cases, each with its Fast Track state and the promised answer. */
export async function employerCaseList(user: EmployerUser, request: PageRequest = { after: null, before: null }, status: CaseStatus = "open") {
  const page = await pageCasesForEmployer(db, user, request, status);
  const cases = page.rows;
  const inquiries = cases.length
    ? await db
        .selectFrom("inquiries")
        .select(["case_id", "status", "due_at", "first_answered_at"])
        .where(
          "case_id",
          "in",
          cases.map((c) => c.id),
        )
        .where("kind", "=", "fast_track")
        .execute()
    : [];
  const rows = cases.map((c) => ({
    id: c.id,
    employeeName: c.employee_name,
    cprMasked: c.cpr_masked,
    firstAbsenceDay: c.first_absence_day,
    status: c.status,
    outcome: c.outcome,
    closedOn: c.closed_on,
    consentStatus:
      c.consent_status && c.consent_deadline ? effectiveConsentStatus({ consent_status: c.consent_status, consent_deadline: c.consent_deadline }) : null,
    inquiry: inquiries.find((i) => i.case_id === c.id) ?? null,
  }));
  return { rows, page };
}

/** One case as the employer sees it: never the employee's own answers to the jobcenter. */
export async function employerCaseView(user: EmployerUser, caseId: string) {
  const scope = employerScope(user);
  const absenceCase = await findCase(db, scope, caseId);
  if (!absenceCase) return null;
  const [fastTrack, inquiries] = await Promise.all([findFastTrackForCase(scope, caseId), findInquiriesForCase(db, scope, caseId)]);
  const messages = await listMessages(
    db,
    inquiries.map((i) => i.id),
    { companyView: true },
  );
  const today = copenhagenDate(now());
  return {
    case: absenceCase,
    dayNumber: absenceDayNumber(absenceCase.first_absence_day, today),
    normalFollowUpBy: normalFollowUpBy(absenceCase.first_absence_day),
    fastTrack: fastTrack
      ? {
          requestedAt: fastTrack.requested_at,
          affectedFunctions: fastTrack.affected_functions,
          affectedDuration: fastTrack.affected_duration,
          workAdapted: fastTrack.work_adapted,
          consentStatus: effectiveConsentStatus(fastTrack),
          consentDeadline: fastTrack.consent_deadline,
          consentAnsweredAt: fastTrack.consent_answered_at,
          firstConversationDue: fastTrack.first_conversation_due,
        }
      : null,
    inquiries: inquiries.map((i) => ({
      id: i.id,
      subject: i.subject,
      status: i.status,
      receivedAt: i.received_at,
      dueAt: i.due_at,
      firstAnsweredAt: i.first_answered_at,
      firstAnswerKind: i.first_answer_kind,
      replies: messages
        .filter((m) => m.inquiry_id === i.id)
        .map((m) => ({ id: m.id, kind: m.kind, body: m.body, createdAt: m.created_at, authorName: m.author_name })),
    })),
  };
}

/** An inquiry as the jobcenter sees it, with its case and Fast Track request. */
export async function staffInquiryView(staff: StaffUser, inquiryId: string) {
  const scope = staffScope(staff);
  const inquiry = await findInquiryForStaff(db, inquiryId);
  if (!inquiry) return null;
  const [absenceCase, fastTrack, messages, serviceRequestId] = await Promise.all([
    inquiry.case_id ? findCase(db, scope, inquiry.case_id) : null,
    inquiry.case_id ? findFastTrackForCase(scope, inquiry.case_id) : null,
    listMessages(db, [inquiry.id], { companyView: false }),
    inquiry.kind === "service" ? findServiceRequestIdForInquiry(db, scope, inquiry.id) : null,
  ]);
  const today = copenhagenDate(now());
  return {
    inquiry,
    case: absenceCase ?? null,
    dayNumber: absenceCase ? absenceDayNumber(absenceCase.first_absence_day, today) : null,
    dayNumberAtRequest: absenceCase && fastTrack ? absenceDayNumber(absenceCase.first_absence_day, copenhagenDate(new Date(fastTrack.requested_at))) : null,
    normalFollowUpBy: absenceCase ? normalFollowUpBy(absenceCase.first_absence_day) : null,
    fastTrack: fastTrack ? { ...fastTrack, consent_token_hash: undefined, consent_status: effectiveConsentStatus(fastTrack) } : null,
    messages,
    serviceRequestId,
  };
}

/**
 * Decrypts and audits: every display of a full CPR number leaves a trace.
 * null when the scope does not reach the case (and then nothing is audited).
 */
async function revealCpr(user: SessionUser, scope: Scope, caseId: string): Promise<string | null> {
  const row = await encryptedCprOf(db, scope, caseId);
  if (!row) return null;
  await writeAudit(db, { actor: userActor(user), action: "cpr.read", entityType: "absence_case", entityId: caseId, companyId: row.company_id });
  return formatCpr(decryptCpr(row.cpr_encrypted));
}

export const revealCprForEmployer = (user: EmployerUser, caseId: string) => revealCpr(user, employerScope(user), caseId);
export const revealCprForStaff = (staff: StaffUser, caseId: string) => revealCpr(staff, staffScope(staff), caseId);

/** The case's status and closure as the employer sees it (no consultant contact details beyond the name). */
export async function employerCaseLife(user: EmployerUser, caseId: string) {
  const life = await findCaseLife(db, employerScope(user), caseId);
  if (!life) return null;
  return {
    status: life.status,
    closed_on: life.closed_on,
    outcome: life.outcome,
    consultant_name: life.consultant_name,
    closure_proposed_at: life.closure_proposed_at,
    closure_proposed_on: life.closure_proposed_on,
    closure_proposed_outcome: life.closure_proposed_outcome,
  };
}
