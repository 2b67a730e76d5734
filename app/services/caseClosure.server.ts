import { db, type DB } from "~db/index";
import type { CaseOutcome } from "~db/schema";
import { userActor, writeAudit } from "~/models/audit.server";
import { cancelStepReminders, findCaseLife, refreshCaseSteps } from "~/models/followUp.server";
import { employerScope, staffScope } from "~/models/scope.server";
import type { EmployerUser, StaffUser } from "~/models/user.server";
import { now, nowIso } from "~/utils/clock";
import { copenhagenDate, formatDateShort, type Lang } from "~/utils/dates";
import { env } from "~/utils/env.server";
import type { MessageKey } from "~/utils/i18n";
import { translator } from "~/utils/i18n.server";
import { employeeLink } from "./employeeAccess.server";
import { caseConsultants } from "./followUp.server";
import { cancelMeetingsForCase } from "./meetings.server";
import { enqueueEmail, enqueueEmailInTheirLanguage } from "./outbox.server";

/**
 * The end of a case (issue 13): the consultant closes it with an outcome and a date, or confirms the
 * employer's proposal; a closed case can be reopened with a reason. Closing ends the case's active
 * retention plan (kept read-only and printable), cancels booked meetings (cancelMeetingsForCase, with
 * notice) and the steps' reminders, and tells the employer and the employee; placements run to their
 * own end. Everything in one transaction with its audit entries and emails.
 */

export type Closure = { outcome: CaseOutcome; closedOn: string; note: string | null };
export type ClosureResult =
  { ok: true } | { ok: false; error: "notFound" | "closed" | "open" | "noProposal" | "proposalPending" | "dateInFuture" | "dateBeforeAbsence" };

const outcomeLabel = (lang: Lang, outcome: CaseOutcome) => translator(lang)(`closure.outcome.${outcome}` as MessageKey);
const employerCaseUrl = (caseId: string) => `${env().APP_URL}/virksomhed/sager/${caseId}`;
const staffCaseUrl = (caseId: string) => `${env().APP_URL}/jobcenter/sager/${caseId}`;

function checkDate(closedOn: string, firstAbsenceDay: string): ClosureResult | null {
  if (closedOn > copenhagenDate(now())) return { ok: false, error: "dateInFuture" };
  if (closedOn < firstAbsenceDay) return { ok: false, error: "dateBeforeAbsence" };
  return null;
}

/** The employer's HR addresses for a case: whoever reported it and the case's contact person. */
async function employerAddresses(trx: DB, caseId: string) {
  const row = await trx
    .selectFrom("absence_cases")
    .innerJoin("users", "users.id", "absence_cases.created_by")
    .select(["users.email", "absence_cases.contact_email"])
    .where("absence_cases.id", "=", caseId)
    .executeTakeFirstOrThrow();
  return [...new Set([row.email, row.contact_email].map((a) => a.toLowerCase()))];
}

/** The consultant closes a case (directly, or confirming the employer's proposal). */
export async function closeCase(staff: StaffUser, caseId: string, closure: Closure, opts: { confirmsProposal?: boolean } = {}): Promise<ClosureResult> {
  return db.transaction().execute(async (trx): Promise<ClosureResult> => {
    const c = await findCaseLife(trx, staffScope(staff), caseId);
    if (!c) return { ok: false, error: "notFound" };
    if (c.status !== "open") return { ok: false, error: "closed" };
    if (opts.confirmsProposal && !c.closure_proposed_at) return { ok: false, error: "noProposal" };
    const bad = checkDate(closure.closedOn, c.first_absence_day);
    if (bad) return bad;
    const at = nowIso();
    const updated = await trx
      .updateTable("absence_cases")
      .set({
        status: "closed",
        closed_at: at,
        closed_on: closure.closedOn,
        outcome: closure.outcome,
        outcome_note: closure.outcome === "other" ? closure.note : null,
        closed_by: staff.id,
        closure_proposed_at: null,
        closure_proposed_on: null,
        closure_proposed_outcome: null,
        closure_proposed_by: null,
        closure_proposed_note: null,
        updated_at: at,
      })
      .where("id", "=", caseId)
      .where("status", "=", "open")
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) return { ok: false, error: "closed" };

    // The active plan ends with the case: read-only from now (savePlanVersion and approvePlan refuse), still printable.
    const plans = await trx
      .updateTable("retention_plans")
      .set({ status: "closed", closed_at: at })
      .where("case_id", "=", caseId)
      .where("status", "in", ["active", "requested"])
      .executeTakeFirst();
    const meetingsCancelled = await cancelMeetingsForCase(trx, caseId, translator("da")("closure.meetingCancelReason"), userActor(staff));
    const steps = await trx.selectFrom("case_steps").select(["id", "due_on", "done_at"]).where("case_id", "=", caseId).execute();
    const remindersCancelled = await cancelStepReminders(trx, steps);
    await refreshCaseSteps(trx, caseId);
    await writeAudit(trx, {
      actor: userActor(staff),
      action: opts.confirmsProposal ? "absence_case.closure_confirmed" : "absence_case.closed",
      entityType: "absence_case",
      entityId: caseId,
      companyId: c.company_id,
      meta: {
        outcome: closure.outcome,
        closed_on: closure.closedOn,
        plans_closed: Number(plans.numUpdatedRows),
        meetings_cancelled: meetingsCancelled,
        reminders_cancelled: remindersCancelled,
        proposed_by: c.closure_proposed_by,
      },
    });

    const company = await trx.selectFrom("companies").select("name").where("id", "=", c.company_id).executeTakeFirstOrThrow();
    const props = (lang: Lang, url: string) => ({
      employeeName: c.employee_name,
      companyName: company.name,
      outcomeLabel: outcomeLabel(lang, closure.outcome),
      closedOn: formatDateShort(closure.closedOn, lang),
      consultantName: staff.name,
      meetingsCancelled,
      url,
    });
    await enqueueEmailInTheirLanguage(trx, {
      template: "case-closed",
      to: await employerAddresses(trx, caseId),
      props: (lang) => props(lang, employerCaseUrl(caseId)),
      dedupeKey: `case-closed:${caseId}:${at}:employer`,
    });
    // The employee has no account: Danish, as every email to them, with their secure link.
    await enqueueEmail(trx, {
      template: "case-closed",
      to: c.employee_email,
      props: props("da", await employeeLink(trx, caseId)),
      dedupeKey: `case-closed:${caseId}:${at}:employee`,
    });
    return { ok: true };
  });
}

/** The employer proposes to close the case; a consultant confirms (closeCase) or rejects it. */
export async function proposeClosure(user: EmployerUser, caseId: string, closure: Closure): Promise<ClosureResult> {
  return db.transaction().execute(async (trx): Promise<ClosureResult> => {
    const c = await findCaseLife(trx, employerScope(user), caseId);
    if (!c) return { ok: false, error: "notFound" };
    if (c.status !== "open") return { ok: false, error: "closed" };
    if (c.closure_proposed_at) return { ok: false, error: "proposalPending" };
    const bad = checkDate(closure.closedOn, c.first_absence_day);
    if (bad) return bad;
    const at = nowIso();
    await trx
      .updateTable("absence_cases")
      .set({
        closure_proposed_at: at,
        closure_proposed_on: closure.closedOn,
        closure_proposed_outcome: closure.outcome,
        closure_proposed_note: closure.outcome === "other" ? closure.note : null,
        closure_proposed_by: user.id,
        updated_at: at,
      })
      .where("id", "=", caseId)
      .execute();
    await writeAudit(trx, {
      actor: userActor(user),
      action: "absence_case.closure_proposed",
      entityType: "absence_case",
      entityId: caseId,
      companyId: c.company_id,
      meta: { outcome: closure.outcome, closed_on: closure.closedOn },
    });
    const { toTeam, recipients } = await caseConsultants(trx, c.consultant_id);
    for (const r of recipients) {
      await enqueueEmailInTheirLanguage(trx, {
        template: "case-closure-proposed",
        to: r.email,
        props: (lang) => ({
          employeeName: c.employee_name,
          companyName: user.companyName ?? "",
          proposedBy: user.name,
          outcomeLabel: outcomeLabel(lang, closure.outcome),
          closedOn: formatDateShort(closure.closedOn, lang),
          toTeam,
          caseUrl: staffCaseUrl(caseId),
        }),
        dedupeKey: `case-closure-proposed:${caseId}:${at}:${r.id}`,
      });
    }
    return { ok: true };
  });
}

/** The consultant does not close on the employer's proposal: the proposal goes, the employer is told why. */
export async function rejectClosure(staff: StaffUser, caseId: string, reason: string): Promise<ClosureResult> {
  return db.transaction().execute(async (trx): Promise<ClosureResult> => {
    const c = await findCaseLife(trx, staffScope(staff), caseId);
    if (!c) return { ok: false, error: "notFound" };
    if (c.status !== "open") return { ok: false, error: "closed" };
    if (!c.closure_proposed_at) return { ok: false, error: "noProposal" };
    const at = nowIso();
    await trx
      .updateTable("absence_cases")
      .set({
        closure_proposed_at: null,
        closure_proposed_on: null,
        closure_proposed_outcome: null,
        closure_proposed_by: null,
        closure_proposed_note: null,
        updated_at: at,
      })
      .where("id", "=", caseId)
      .execute();
    await writeAudit(trx, {
      actor: userActor(staff),
      action: "absence_case.closure_rejected",
      entityType: "absence_case",
      entityId: caseId,
      companyId: c.company_id,
      meta: { proposed_by: c.closure_proposed_by },
    });
    const to = [c.proposer_email, c.contact_email].filter((a): a is string => Boolean(a));
    await enqueueEmailInTheirLanguage(trx, {
      template: "case-closure-rejected",
      to,
      props: () => ({ employeeName: c.employee_name, consultantName: staff.name, reason, url: employerCaseUrl(caseId) }),
      dedupeKey: `case-closure-rejected:${caseId}:${at}`,
    });
    return { ok: true };
  });
}

/** A closed case opened again, with the reason (audited); its steps and reminders come back. Plans stay ended. */
export async function reopenCase(staff: StaffUser, caseId: string, reason: string): Promise<ClosureResult> {
  return db.transaction().execute(async (trx): Promise<ClosureResult> => {
    const c = await findCaseLife(trx, staffScope(staff), caseId);
    if (!c) return { ok: false, error: "notFound" };
    if (c.status !== "closed") return { ok: false, error: "open" };
    const at = nowIso();
    await trx
      .updateTable("absence_cases")
      .set({ status: "open", closed_at: null, closed_on: null, outcome: null, outcome_note: null, closed_by: null, updated_at: at })
      .where("id", "=", caseId)
      .where("status", "=", "closed")
      .execute();
    await refreshCaseSteps(trx, caseId);
    await writeAudit(trx, {
      actor: userActor(staff),
      action: "absence_case.reopened",
      entityType: "absence_case",
      entityId: caseId,
      companyId: c.company_id,
      meta: { reason, previous_outcome: c.outcome, previous_closed_on: c.closed_on },
    });
    return { ok: true };
  });
}
