import { db, type DB } from "~db/index";
import type { AbsenceType, ConsentStatus } from "~db/schema";
import { createAbsenceCase, findDuplicateCase } from "~/models/absenceCase.server";
import { writeAudit, systemActor, userActor, type Actor } from "~/models/audit.server";
import { findCompany } from "~/models/company.server";
import { cancelPendingJobs, enqueueJob } from "~/models/job.server";
import { casesIn, type Scope } from "~/models/scope.server";
import { refreshCaseSteps, setCaseConsultant } from "~/models/followUp.server";
import type { EmployerUser } from "~/models/user.server";
import { now, nowIso } from "~/utils/clock";
import { newId, newToken, sha256 } from "~/utils/crypto.server";
import { copenhagenDate, formatDate, formatDateTime } from "~/utils/dates";
import { consentDeadline, fastTrackWindow, firstConversationDue, normalFollowUpBy } from "~/domain/deadlines";
import { env } from "~/utils/env.server";
import { employeeLink, employeeLinkToken } from "./employeeAccess.server";
import { openInquiry } from "./inquiries.server";
import { enqueueEmail, enqueueEmailInTheirLanguage } from "./outbox.server";

export type FastTrackInput = {
  employeeName: string;
  cpr: string;
  employeeEmail: string;
  firstAbsenceDay: string;
  absenceType: AbsenceType;
  weeklyHoursWorked: number | null;
  affectedFunctions?: string;
  affectedDuration?: string;
  workAdapted?: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
};

export type SubmitFastTrackResult =
  | { ok: true; caseId: string }
  | { ok: false; error: "future" | "tooLate"; firstAbsenceDay: string; lastDay: string; dayNumber: number }
  | { ok: false; error: "duplicate" };

const consentExpiryKey = (requestId: string) => `fast-track:consent-expire:${requestId}`;

const url = (path: string) => `${env().APP_URL}${path}`;

/**
 * An employer's Fast Track request (sygedagpengeloven § 7 c). Creates the case,
 * the request, the inquiry on the 24-hour desk, the audit entries, the emails
 * and the consent-expiry job in one transaction; refuses requests after day 35
 * and writes nothing then.
 */
export async function submitFastTrack(user: EmployerUser, input: FastTrackInput): Promise<SubmitFastTrackResult> {
  const requestedAt = now();
  const window = fastTrackWindow(input.firstAbsenceDay, copenhagenDate(requestedAt));
  if (!window.ok) {
    return { ok: false, error: window.reason, firstAbsenceDay: input.firstAbsenceDay, lastDay: window.lastDay, dayNumber: window.dayNumber };
  }
  const company = await findCompany(db, user.companyId);
  if (!company) throw new Error("employer without company");

  return db.transaction().execute(async (trx): Promise<SubmitFastTrackResult> => {
    if (await findDuplicateCase(trx, user.companyId, input.cpr, input.firstAbsenceDay)) return { ok: false, error: "duplicate" };

    const actor = userActor(user);
    const absenceCase = await createAbsenceCase(trx, {
      companyId: user.companyId,
      createdBy: user.id,
      employeeName: input.employeeName,
      employeeEmail: input.employeeEmail,
      cpr: input.cpr,
      firstAbsenceDay: input.firstAbsenceDay,
      absenceType: input.absenceType,
      weeklyHoursWorked: input.absenceType === "partial" ? input.weeklyHoursWorked : null,
      contactName: input.contactName,
      contactPhone: input.contactPhone,
      contactEmail: input.contactEmail,
    });

    await employeeLink(trx, absenceCase.id);
    const token = newToken();
    const deadline = consentDeadline(requestedAt);
    const request = {
      id: newId(),
      case_id: absenceCase.id,
      company_id: user.companyId,
      requested_by: user.id,
      requested_at: requestedAt.toISOString(),
      affected_functions: input.affectedFunctions ?? null,
      affected_duration: input.affectedDuration ?? null,
      work_adapted: input.workAdapted ?? null,
      consent_token_hash: sha256(token),
      consent_deadline: deadline.at.toISOString(),
      consent_status: "awaiting" as const,
      consent_answered_at: null,
      employee_affected_functions: null,
      employee_affected_duration: null,
      employee_work_adapted: null,
      first_conversation_due: firstConversationDue(requestedAt),
    };
    await trx.insertInto("fast_track_requests").values(request).execute();

    const firstConversation = formatDate(request.first_conversation_due, "da");
    const inquiry = await openInquiry(
      trx,
      {
        companyId: user.companyId,
        caseId: absenceCase.id,
        kind: "fast_track",
        subject: `Fast Track: ${input.employeeName}`,
        contactName: input.contactName,
        contactEmail: input.contactEmail,
        contactPhone: input.contactPhone,
        createdBy: user.id,
      },
      {
        actor,
        extra: (lang) =>
          lang === "en"
            ? `The first follow-up meeting must be held by ${formatDate(request.first_conversation_due, "en")} if the employee consents.`
            : `Første opfølgningssamtale skal holdes senest ${firstConversation}, hvis medarbejderen giver samtykke.`,
      },
    );

    // The consultant the inquiry went to (the company's contact consultant) follows the case; the steps start.
    if (inquiry.assigned_to) await setCaseConsultant(trx, absenceCase.id, inquiry.assigned_to);
    await refreshCaseSteps(trx, absenceCase.id);

    const audit = (action: string, entityType: string, entityId: string, meta?: Record<string, string | number>) =>
      writeAudit(trx, { actor, action, entityType, entityId, companyId: user.companyId, meta });
    await audit("absence_case.created", "absence_case", absenceCase.id, { absence_type: input.absenceType });
    await audit("fast_track.requested", "fast_track_request", request.id, { case_id: absenceCase.id, day_of_absence: window.dayNumber });

    await enqueueEmailInTheirLanguage(trx, {
      template: "fast-track-receipt",
      to: [user.email, input.contactEmail],
      props: (lang) => ({
        employeeName: input.employeeName,
        companyName: company.name,
        requestedAt: formatDateTime(request.requested_at, lang),
        answerBy: formatDateTime(inquiry.due_at, lang),
        consentDeadline: formatDate(deadline.date, lang),
        firstConversationDue: formatDate(request.first_conversation_due, lang),
        caseUrl: url(`/virksomhed/sager/${absenceCase.id}`),
      }),
      dedupeKey: `fast-track-receipt:${request.id}`,
    });
    await enqueueEmail(trx, {
      template: "consent-request",
      to: input.employeeEmail,
      props: {
        employeeName: input.employeeName,
        companyName: company.name,
        deadline: formatDate(deadline.date, "da"),
        consentUrl: url(`/samtykke/${token}`),
      },
      dedupeKey: `consent-request:${request.id}`,
    });
    await enqueueJob(trx, {
      kind: "fast-track.consent-expire",
      payload: { requestId: request.id },
      dedupeKey: consentExpiryKey(request.id),
      runAt: deadline.at,
    });
    return { ok: true, caseId: absenceCase.id };
  });
}

/** A case's Fast Track request, if the scope reaches the case. */
export async function findFastTrackForCase(scope: Scope, caseId: string) {
  return db
    .selectFrom("fast_track_requests")
    .innerJoin("absence_cases", "absence_cases.id", "fast_track_requests.case_id")
    .selectAll("fast_track_requests")
    .where("fast_track_requests.case_id", "=", caseId)
    .where(casesIn(scope))
    .executeTakeFirst();
}

/** A pending request whose deadline has passed is shown as expired, even before the job has run. */
export function effectiveConsentStatus(request: { consent_status: ConsentStatus; consent_deadline: string }): ConsentStatus {
  if (request.consent_status === "awaiting" && request.consent_deadline < nowIso()) return "expired";
  return request.consent_status;
}

// ---- The employee's consent ----------------------------------------------------

export async function findConsentRequest(token: string) {
  const row = await db
    .selectFrom("fast_track_requests as ft")
    .innerJoin("absence_cases as c", "c.id", "ft.case_id")
    .innerJoin("companies", "companies.id", "ft.company_id")
    .select([
      "ft.id",
      "ft.requested_at",
      "ft.affected_functions",
      "ft.affected_duration",
      "ft.work_adapted",
      "ft.consent_deadline",
      "ft.consent_status",
      "ft.consent_answered_at",
      "ft.first_conversation_due",
      "c.employee_name",
      "c.first_absence_day",
      "c.contact_name",
      "c.contact_phone",
      "c.contact_email",
      "companies.name as company_name",
      "c.id as case_id",
      "c.employee_token_hash",
    ])
    .where("ft.consent_token_hash", "=", sha256(token))
    .executeTakeFirst();
  if (!row) return null;
  const { case_id, employee_token_hash, ...rest } = row;
  return { ...rest, consent_status: effectiveConsentStatus(row), employeePage: employee_token_hash ? `/medarbejder/${employeeLinkToken(case_id)}` : null };
}

export type ConsentAnswer = {
  decision: "consent" | "decline";
  affectedFunctions?: string;
  affectedDuration?: string;
  workAdapted?: string;
};

export type ConsentResult = { ok: true; status: ConsentStatus } | { ok: false; error: "notFound" | "alreadyAnswered" | "expired" };

/** Emails the employer the outcome; the employee's own answers stay with the jobcenter. */
async function notifyConsentOutcome(trx: DB, requestId: string, outcome: "consented" | "declined" | "expired") {
  const row = await trx
    .selectFrom("fast_track_requests as ft")
    .innerJoin("absence_cases as c", "c.id", "ft.case_id")
    .innerJoin("users as requester", "requester.id", "ft.requested_by")
    .select(["c.id as case_id", "c.employee_name", "c.first_absence_day", "c.contact_email", "requester.email as requester_email", "ft.first_conversation_due"])
    .where("ft.id", "=", requestId)
    .executeTakeFirstOrThrow();
  await enqueueEmailInTheirLanguage(trx, {
    template: "consent-outcome",
    to: [row.requester_email, row.contact_email],
    props: (lang) => ({
      employeeName: row.employee_name,
      outcome,
      firstConversationDue: formatDate(row.first_conversation_due, lang),
      normalFollowUpBy: formatDate(normalFollowUpBy(row.first_absence_day), lang),
      caseUrl: url(`/virksomhed/sager/${row.case_id}`),
    }),
    dedupeKey: `consent-outcome:${requestId}`,
  });
}

export async function answerConsent(token: string, answer: ConsentAnswer): Promise<ConsentResult> {
  return db.transaction().execute(async (trx): Promise<ConsentResult> => {
    const request = await trx
      .selectFrom("fast_track_requests")
      .select(["id", "company_id", "case_id", "consent_status", "consent_deadline"])
      .where("consent_token_hash", "=", sha256(token))
      .executeTakeFirst();
    if (!request) return { ok: false, error: "notFound" };
    const status = effectiveConsentStatus(request);
    if (status === "expired") return { ok: false, error: "expired" };
    if (status !== "awaiting") return { ok: false, error: "alreadyAnswered" };

    const outcome = answer.decision === "consent" ? "consented" : "declined";
    const at = nowIso();
    await trx
      .updateTable("fast_track_requests")
      .set({
        consent_status: outcome,
        consent_answered_at: at,
        employee_affected_functions: answer.affectedFunctions ?? null,
        employee_affected_duration: answer.affectedDuration ?? null,
        employee_work_adapted: answer.workAdapted ?? null,
      })
      .where("id", "=", request.id)
      .where("consent_status", "=", "awaiting")
      .execute();
    const actor: Actor = { kind: "employee", id: request.case_id };
    await writeAudit(trx, {
      actor,
      action: `fast_track.${outcome}`,
      entityType: "fast_track_request",
      entityId: request.id,
      companyId: request.company_id,
      caseId: request.case_id,
    });
    await notifyConsentOutcome(trx, request.id, outcome);
    await cancelPendingJobs(trx, [consentExpiryKey(request.id)]);
    await refreshCaseSteps(trx, request.case_id);
    return { ok: true, status: outcome };
  });
}

/** The durable job at the consent deadline: no answer means the normal follow-up applies. */
export async function expireConsentJob(requestId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable("fast_track_requests")
      .set({ consent_status: "expired" })
      .where("id", "=", requestId)
      .where("consent_status", "=", "awaiting")
      .where("consent_deadline", "<=", nowIso())
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return;
    const request = await trx.selectFrom("fast_track_requests").select(["company_id", "case_id"]).where("id", "=", requestId).executeTakeFirstOrThrow();
    await refreshCaseSteps(trx, request.case_id);
    await writeAudit(trx, {
      actor: systemActor,
      action: "fast_track.consent_expired",
      entityType: "fast_track_request",
      entityId: requestId,
      companyId: request.company_id,
    });
    await notifyConsentOutcome(trx, requestId, "expired");
  });
}
