import { db, type DB } from "~db/index";
import type { PlanParty } from "~db/schema";
import { writeAudit, type Actor } from "~/models/audit.server";
import { findCase } from "~/models/absenceCase.server";
import { isAway } from "~/models/inquiry.server";
import { casesIn, type Scope } from "~/models/scope.server";
import { emptyPlan, isEmptyPlan, partialReturnOn, type PlanContent, type Section } from "~/domain/planContent";
import {
  findOpenPlanForEmployee,
  findPlanForViewer,
  getVersion,
  insertApproval,
  insertComment,
  insertPlan,
  insertVersion,
  listApprovals,
  listComments,
  scopeOfViewer,
  viewerUserId,
  type PlanRow,
  type PlanViewer,
} from "~/models/retentionPlan.server";
import { findContactConsultant, isStaff, listStaff, type EmployerUser } from "~/models/user.server";
import { now } from "~/utils/clock";
import { addDays, copenhagenDate, copenhagenToUtc, formatDate, type Lang } from "~/utils/dates";
import { env } from "~/utils/env.server";
import { getUser } from "./auth.server";
import { employeeLink, getEmployee, type Employee } from "./employeeAccess.server";
import { openInquiry } from "./inquiries.server";
import { enqueueJob } from "~/models/job.server";
import { refreshCaseSteps } from "~/models/followUp.server";
import { enqueueEmail, enqueueEmailInTheirLanguage } from "./outbox.server";

const planUrl = (planId: string) => `${env().APP_URL}/plan/${planId}`;

/** Who is asking: a signed-in employer or staff user, else the employee through their link. */
export async function resolvePlanViewer(request: Request): Promise<PlanViewer | null> {
  const user = await getUser(request);
  if (user && isStaff(user)) return { party: "consultant", user, name: user.name };
  if (user?.companyId) return { party: "employer", user: { ...user, role: "employer", companyId: user.companyId }, name: user.name };
  const employee = await getEmployee(request);
  return employee ? { party: "employee", caseId: employee.caseId, name: employee.name } : null;
}

function actorOf(viewer: PlanViewer): Actor {
  return viewer.party === "employee" ? { kind: "employee", id: viewer.caseId } : { kind: "user", id: viewer.user.id };
}

async function audit(
  trx: DB,
  viewer: PlanViewer | null,
  plan: { id: string; company_id: string; case_id: string },
  action: string,
  meta?: Record<string, string | number | null>,
) {
  await writeAudit(trx, {
    actor: viewer ? actorOf(viewer) : { kind: "system", id: null },
    action,
    entityType: "retention_plan",
    entityId: plan.id,
    companyId: plan.company_id,
    caseId: plan.case_id,
    meta,
  });
}

/** The case's HR people: who made the case and its contact person. */
async function employerRecipients(trx: DB, caseId: string): Promise<string[]> {
  const row = await trx
    .selectFrom("absence_cases")
    .innerJoin("users", "users.id", "absence_cases.created_by")
    .select(["users.email", "absence_cases.contact_email"])
    .where("absence_cases.id", "=", caseId)
    .executeTakeFirstOrThrow();
  return [row.email, row.contact_email];
}

/** The company's contact consultant (present), else the team. */
async function consultantRecipients(trx: DB, companyId: string): Promise<string[]> {
  const contact = await findContactConsultant(trx, companyId);
  if (contact && !isAway(contact)) return [contact.email];
  const team = await listStaff(trx, ["consultant"]);
  return team.filter((c) => !isAway(c)).map((c) => c.email);
}

// ---- Starting a plan --------------------------------------------------------------

export type StartResult = { ok: true; planId: string } | { ok: false; error: "notFound" | "exists" };

/** Only the employee can ask for a plan (§ 7 b); the employer answers. */
export async function requestPlanAsEmployee(employee: Employee): Promise<StartResult> {
  return db.transaction().execute(async (trx): Promise<StartResult> => {
    if (await findOpenPlanForEmployee(trx, employee.caseId)) return { ok: false, error: "exists" };
    const plan = await insertPlan(trx, {
      caseId: employee.caseId,
      companyId: employee.companyId,
      status: "requested",
      startedByKind: "employee",
      startedBy: null,
    });
    await audit(trx, { party: "employee", caseId: employee.caseId, name: employee.name }, plan, "plan.requested");
    await enqueueEmailInTheirLanguage(trx, {
      template: "plan-requested",
      to: await employerRecipients(trx, employee.caseId),
      props: () => ({ employeeName: employee.name, url: `${env().APP_URL}/virksomhed/sager/${employee.caseId}` }),
      dedupeKey: `plan-requested:${plan.id}`,
    });
    return { ok: true, planId: plan.id };
  });
}

export type DecideResult = { ok: true } | { ok: false; error: "notFound" | "notRequested" };

export async function decidePlanRequest(user: EmployerUser, planId: string, decision: "accept" | "decline", reason: string | null): Promise<DecideResult> {
  const viewer: PlanViewer = { party: "employer", user, name: user.name };
  return db.transaction().execute(async (trx): Promise<DecideResult> => {
    const plan = await findPlanForViewer(trx, viewer, planId);
    if (!plan) return { ok: false, error: "notFound" };
    if (plan.status !== "requested") return { ok: false, error: "notRequested" };
    const accepted = decision === "accept";
    await trx
      .updateTable("retention_plans")
      .set({ status: accepted ? "active" : "declined", decided_at: now().toISOString(), decided_by: user.id, decline_reason: accepted ? null : reason })
      .where("id", "=", plan.id)
      .execute();
    if (accepted)
      await insertVersion(trx, { planId: plan.id, basedOn: 0, content: emptyPlan(), authorKind: "employer", authorId: user.id, authorName: user.name });
    await audit(trx, viewer, plan, accepted ? "plan.accepted" : "plan.declined");
    await enqueueEmail(trx, {
      template: "plan-decided",
      to: plan.employee_email,
      props: { employeeName: plan.employee_name, companyName: plan.company_name, accepted, reason, url: await employeeLink(trx, plan.case_id) },
      dedupeKey: `plan-decided:${plan.id}`,
    });
    return { ok: true };
  });
}

/** The employer or the consultant starts a plan and invites the employee. */
export async function startPlan(viewer: Extract<PlanViewer, { party: "employer" | "consultant" }>, caseId: string): Promise<StartResult> {
  return db.transaction().execute(async (trx): Promise<StartResult> => {
    const c = await findCase(trx, scopeOfViewer(viewer), caseId);
    if (!c) return { ok: false, error: "notFound" };
    if (await findOpenPlanForEmployee(trx, caseId)) return { ok: false, error: "exists" };
    const plan = await insertPlan(trx, { caseId, companyId: c.company_id, status: "active", startedByKind: viewer.party, startedBy: viewer.user.id });
    await insertVersion(trx, {
      planId: plan.id,
      basedOn: 0,
      content: emptyPlan(),
      authorKind: viewer.party,
      authorId: viewer.user.id,
      authorName: viewer.name,
    });
    await audit(trx, viewer, plan, "plan.started");
    await enqueueEmail(trx, {
      template: "plan-invitation",
      to: c.employee_email,
      props: {
        employeeName: c.employee_name,
        companyName: c.company_name,
        startedBy: viewer.party === "consultant" ? `Jobcentret (${viewer.name})` : viewer.name,
        url: await employeeLink(trx, caseId),
      },
      dedupeKey: `plan-invitation:${plan.id}`,
    });
    return { ok: true, planId: plan.id };
  });
}

// ---- Editing -----------------------------------------------------------------------

export type SaveResult =
  | { ok: true; version: number }
  | { ok: false; error: "notFound" | "notActive" }
  | { ok: false; error: "conflict"; current: number; theirs: PlanContent; base: PlanContent; theirAuthor: string };

/**
 * A new version on top of the one the author started from. If someone else
 * saved in between, nothing is written and the caller gets both versions to
 * merge section by section.
 */
export async function savePlanVersion(viewer: PlanViewer, planId: string, basedOn: number, content: PlanContent): Promise<SaveResult> {
  return db.transaction().execute(async (trx): Promise<SaveResult> => {
    const plan = await findPlanForViewer(trx, viewer, planId);
    if (!plan) return { ok: false, error: "notFound" };
    if (plan.status !== "active") return { ok: false, error: "notActive" };
    const version =
      plan.current_version === basedOn
        ? await insertVersion(trx, { planId, basedOn, content, authorKind: viewer.party, authorId: viewerUserId(viewer), authorName: viewer.name })
        : false;
    if (version === false) {
      const [theirs, base] = await Promise.all([getVersion(trx, planId, plan.current_version), getVersion(trx, planId, basedOn)]);
      return {
        ok: false,
        error: "conflict",
        current: plan.current_version,
        theirs: theirs!.content,
        base: base?.content ?? emptyPlan(),
        theirAuthor: theirs!.author_name,
      };
    }
    await audit(trx, viewer, plan, "plan.version_saved", { version });
    return { ok: true, version };
  });
}

// ---- Signing -----------------------------------------------------------------------

export type ApproveResult = { ok: true; signed: boolean } | { ok: false; error: "notFound" | "notActive" | "stale" | "empty" };

/**
 * The employer and the employee each approve one version; the consultant
 * acknowledges it. When both parties have approved the same version, it is
 * the signed plan: locked (versions never change), printable, and announced.
 */
export async function approvePlan(viewer: PlanViewer, planId: string, version: number): Promise<ApproveResult> {
  return db.transaction().execute(async (trx): Promise<ApproveResult> => {
    const plan = await findPlanForViewer(trx, viewer, planId);
    if (!plan) return { ok: false, error: "notFound" };
    if (plan.status !== "active") return { ok: false, error: "notActive" };
    if (version !== plan.current_version) return { ok: false, error: "stale" };
    const shown = await getVersion(trx, planId, version);
    if (!shown || isEmptyPlan(shown.content)) return { ok: false, error: "empty" };
    await insertApproval(trx, { planId, version, party: viewer.party, actorId: viewerUserId(viewer), actorName: viewer.name });
    await audit(trx, viewer, plan, viewer.party === "consultant" ? "plan.acknowledged" : "plan.approved", { version });
    const parties = new Set((await listApprovals(trx, planId)).filter((a) => a.version === version).map((a) => a.party));
    if (!parties.has("employer") || !parties.has("employee") || plan.signed_version === version) return { ok: true, signed: false };

    const signedAt = now().toISOString();
    await trx.updateTable("retention_plans").set({ signed_version: version, signed_at: signedAt }).where("id", "=", planId).execute();
    await audit(trx, null, plan, "plan.signed", { version });
    const content = (await getVersion(trx, planId, version))!.content;
    const props = (lang: Lang) => ({
      employeeName: plan.employee_name,
      companyName: plan.company_name,
      version,
      evaluationDate: content.evaluationDate ? formatDate(content.evaluationDate, lang) : null,
    });
    // Employer staff and consultants in the language they chose; the employee (no user) in Danish.
    const sendTo = async (to: string[], url: string, who: string) =>
      enqueueEmailInTheirLanguage(trx, {
        template: "plan-signed",
        to,
        props: (lang) => ({ ...props(lang), url }),
        dedupeKey: `plan-signed:${planId}:${version}:${who}`,
      });
    await sendTo(await employerRecipients(trx, plan.case_id), planUrl(planId), "employer");
    await sendTo([plan.employee_email], await employeeLink(trx, plan.case_id), "employee");
    const consultants = await consultantRecipients(trx, plan.company_id);
    if (consultants.length) await sendTo(consultants, planUrl(planId), "consultant");
    if (content.evaluationDate) await scheduleEvaluationReminder(trx, planId, content.evaluationDate);
    await refreshCaseSteps(trx, plan.case_id);
    return { ok: true, signed: true };
  });
}

export const EVALUATION_REMINDER_DAYS = 3;

async function scheduleEvaluationReminder(trx: DB, planId: string, date: string) {
  const at = copenhagenToUtc(addDays(date, -EVALUATION_REMINDER_DAYS), "08:00:00");
  await enqueueJob(trx, {
    kind: "plan.evaluation-reminder",
    payload: { planId, date },
    dedupeKey: `plan:evaluation:${planId}:${date}`,
    runAt: at < now() ? now() : at,
  });
}

/** Reminds the three parties before the evaluation date of the plan as signed (a changed date gets its own job). */
export async function planEvaluationReminderJob(planId: string, date: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const plan = await trx
      .selectFrom("retention_plans")
      .innerJoin("absence_cases", "absence_cases.id", "retention_plans.case_id")
      .innerJoin("companies", "companies.id", "retention_plans.company_id")
      .select([
        "retention_plans.id",
        "retention_plans.case_id",
        "retention_plans.company_id",
        "retention_plans.status",
        "retention_plans.signed_version",
        "absence_cases.employee_name",
        "absence_cases.employee_email",
        "companies.name as company_name",
      ])
      .where("retention_plans.id", "=", planId)
      .executeTakeFirst();
    if (!plan || plan.status !== "active" || plan.signed_version === null) return;
    const signed = await getVersion(trx, planId, plan.signed_version);
    if (signed?.content.evaluationDate !== date) return;
    const props = (lang: Lang) => ({ employeeName: plan.employee_name, companyName: plan.company_name, evaluationDate: formatDate(date, lang) });
    const send = async (to: string[], url: string, who: string) =>
      enqueueEmailInTheirLanguage(trx, {
        template: "plan-evaluation-reminder",
        to,
        props: (lang) => ({ ...props(lang), url }),
        dedupeKey: `plan-evaluation:${planId}:${date}:${who}`,
      });
    await send(await employerRecipients(trx, plan.case_id), planUrl(planId), "employer");
    await send([plan.employee_email], await employeeLink(trx, plan.case_id), "employee");
    const consultants = await consultantRecipients(trx, plan.company_id);
    if (consultants.length) await send(consultants, planUrl(planId), "consultant");
  });
}

// ---- Comments ------------------------------------------------------------------------

export type CommentResult = { ok: true } | { ok: false; error: "notFound" };

/** A comment on a section; addressed to the jobcenter, it is also an inquiry on the 24-hour desk. */
export async function commentOnPlan(viewer: PlanViewer, planId: string, section: Section, body: string, toJobcenter: boolean): Promise<CommentResult> {
  return db.transaction().execute(async (trx): Promise<CommentResult> => {
    const plan = await findPlanForViewer(trx, viewer, planId);
    if (!plan) return { ok: false, error: "notFound" };
    const toDesk = toJobcenter && viewer.party !== "consultant";
    let inquiryId: string | null = null;
    if (toDesk) {
      const employer = viewer.party === "employer" ? viewer.user : null;
      const inquiry = await openInquiry(
        trx,
        {
          companyId: plan.company_id,
          caseId: plan.case_id,
          kind: "plan_comment",
          subject: `Fastholdelsesplan: ${plan.employee_name}`,
          message: body,
          preferredContact: "email",
          contactName: viewer.name,
          contactEmail: employer ? employer.email : plan.employee_email,
          createdBy: employer?.id ?? null,
          fromEmployee: viewer.party === "employee",
        },
        { actor: actorOf(viewer) },
      );
      inquiryId = inquiry.id;
    }
    await insertComment(trx, {
      planId,
      section,
      authorKind: viewer.party,
      authorId: viewerUserId(viewer),
      authorName: viewer.name,
      body,
      toJobcenter: toDesk,
      inquiryId,
    });
    await audit(trx, viewer, plan, "plan.commented", { section, to_jobcenter: toDesk ? 1 : 0 });
    return { ok: true };
  });
}

// ---- What a plan page shows -------------------------------------------------------------

/** The current version, the signed one (if another), approvals, comments and today's step-up hours. */
export async function planPage(viewer: PlanViewer, planId: string) {
  const plan = await findPlanForViewer(db, viewer, planId);
  if (!plan) return null;
  const [current, signed, approvals, comments] = await Promise.all([
    plan.current_version ? getVersion(db, planId, plan.current_version) : undefined,
    plan.signed_version ? getVersion(db, planId, plan.signed_version) : undefined,
    listApprovals(db, planId),
    listComments(db, planId, viewer),
  ]);
  const today = copenhagenDate(now());
  const answers = await commentAnswers(comments.map((c) => c.inquiry_id).filter((id): id is string => Boolean(id)));
  return {
    plan: planSummary(plan),
    current: current ? { version: current.version, content: current.content, authorName: current.author_name, createdAt: current.created_at } : null,
    signed: signed ? { version: signed.version, content: signed.content, signedAt: plan.signed_at } : null,
    approvals: approvals.map((a) => ({ version: a.version, party: a.party, actorName: a.actor_name, approvedAt: a.approved_at })),
    comments: comments.map((c) => ({ ...c, answers: answers.filter((a) => a.inquiry_id === c.inquiry_id) })),
    partialReturn: signed ? partialReturnOn(signed.content, today) : null,
    viewerParty: viewer.party,
  };
}

function planSummary(plan: PlanRow) {
  const { employee_email: _email, case_created_by: _by, case_contact_email: _contact, ...rest } = plan;
  return rest;
}

/** The jobcenter's answers to comments addressed to it (replies and logged calls). */
async function commentAnswers(inquiryIds: string[]) {
  if (inquiryIds.length === 0) return [];
  return db
    .selectFrom("inquiry_messages")
    .leftJoin("users", "users.id", "inquiry_messages.author_id")
    .select([
      "inquiry_messages.id",
      "inquiry_messages.inquiry_id",
      "inquiry_messages.kind",
      "inquiry_messages.body",
      "inquiry_messages.created_at",
      "users.name as author_name",
    ])
    .where("inquiry_messages.inquiry_id", "in", inquiryIds)
    .where("inquiry_messages.kind", "in", ["reply", "call"])
    .orderBy("inquiry_messages.created_at")
    .execute();
}

export type { PlanParty };

/** The plans of a case the scope reaches, with today's step-up hours from the signed version. */
export async function planSummariesForCase(scope: Scope, caseId: string) {
  const plans = await db
    .selectFrom("retention_plans")
    .innerJoin("absence_cases", "absence_cases.id", "retention_plans.case_id")
    .leftJoin("retention_plan_versions as signed", (join) =>
      join.onRef("signed.plan_id", "=", "retention_plans.id").onRef("signed.version", "=", "retention_plans.signed_version"),
    )
    .select([
      "retention_plans.id",
      "retention_plans.status",
      "retention_plans.signed_version",
      "retention_plans.current_version",
      "retention_plans.decline_reason",
      "signed.content",
    ])
    .where("retention_plans.case_id", "=", caseId)
    .where(casesIn(scope))
    .orderBy("retention_plans.created_at", "desc")
    .execute();
  const today = copenhagenDate(now());
  return plans.map((p) => ({
    id: p.id,
    status: p.status,
    signedVersion: p.signed_version,
    currentVersion: p.current_version,
    declineReason: p.decline_reason,
    partialReturn: p.content ? partialReturnOn(JSON.parse(p.content) as PlanContent, today) : null,
  }));
}
