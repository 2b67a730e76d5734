import { sql } from "kysely";
import type { PageRequest } from "~/domain/cursor";
import { keysetPage } from "./keyset.server";
import type { DB } from "~db/index";
import type { PlanParty, PlanStatus } from "~db/schema";
import { nowIso } from "~/utils/clock";
import { newId } from "~/utils/crypto.server";
import { casesIn, employeeScope, employerScope, staffScope, type Scope } from "./scope.server";
import type { PlanContent } from "~/domain/planContent";
import type { EmployerUser, StaffUser } from "./user.server";

/** Who looks at a plan: an HR user of the company, a consultant, or the employee through their link. */
export type PlanViewer =
  | { party: "employer"; user: EmployerUser; name: string }
  | { party: "consultant"; user: StaffUser; name: string }
  | { party: "employee"; caseId: string; name: string };

export function scopeOfViewer(viewer: PlanViewer): Scope {
  if (viewer.party === "employer") return employerScope(viewer.user);
  if (viewer.party === "employee") return employeeScope(viewer.caseId);
  return staffScope(viewer.user);
}

export function viewerUserId(viewer: PlanViewer): string | null {
  return viewer.party === "employee" ? null : viewer.user.id;
}

const planColumns = [
  "retention_plans.id",
  "retention_plans.case_id",
  "retention_plans.company_id",
  "retention_plans.status",
  "retention_plans.started_by_kind",
  "retention_plans.requested_at",
  "retention_plans.decided_at",
  "retention_plans.decline_reason",
  "retention_plans.current_version",
  "retention_plans.signed_version",
  "retention_plans.signed_at",
  "absence_cases.employee_name",
  "absence_cases.employee_email",
  "absence_cases.first_absence_day",
  "absence_cases.absence_type",
  "absence_cases.created_by as case_created_by",
  "absence_cases.contact_email as case_contact_email",
  "companies.name as company_name",
] as const;

/** A plan the viewer may see; anything else is "not found". */
export async function findPlanForViewer(db: DB, viewer: PlanViewer, planId: string) {
  return db
    .selectFrom("retention_plans")
    .innerJoin("absence_cases", "absence_cases.id", "retention_plans.case_id")
    .innerJoin("companies", "companies.id", "retention_plans.company_id")
    .select(planColumns)
    .where("retention_plans.id", "=", planId)
    .where(casesIn(scopeOfViewer(viewer)))
    .executeTakeFirst();
}
export type PlanRow = NonNullable<Awaited<ReturnType<typeof findPlanForViewer>>>;

export async function plansOfCase(db: DB, caseId: string) {
  return db.selectFrom("retention_plans").selectAll().where("case_id", "=", caseId).orderBy("created_at", "desc").execute();
}

/** One active plan per employee and company: any requested or active plan for the same person there. */
export async function findOpenPlanForEmployee(db: DB, caseId: string) {
  return db
    .selectFrom("retention_plans")
    .innerJoin("absence_cases as c", "c.id", "retention_plans.case_id")
    .innerJoin("absence_cases as this", (join) => join.onRef("this.cpr_hmac", "=", "c.cpr_hmac").onRef("this.company_id", "=", "c.company_id"))
    .select(["retention_plans.id", "retention_plans.status", "retention_plans.case_id"])
    .where("this.id", "=", caseId)
    .where("retention_plans.status", "in", ["requested", "active"] satisfies PlanStatus[])
    .executeTakeFirst();
}

export async function insertPlan(db: DB, input: { caseId: string; companyId: string; status: PlanStatus; startedByKind: PlanParty; startedBy: string | null }) {
  const at = nowIso();
  const row = {
    id: newId(),
    case_id: input.caseId,
    company_id: input.companyId,
    status: input.status,
    started_by_kind: input.startedByKind,
    started_by: input.startedBy,
    requested_at: at,
    decided_at: input.status === "active" ? at : null,
    decided_by: input.status === "active" ? input.startedBy : null,
    decline_reason: null,
    current_version: 0,
    signed_version: null,
    signed_at: null,
    closed_at: null,
    created_at: at,
  };
  await db.insertInto("retention_plans").values(row).execute();
  return row;
}

/**
 * Stores a new version on top of `basedOn`. Returns false when someone else
 * saved first: the conditional update (and the unique version number) lets
 * exactly one of two concurrent saves win.
 */
export async function insertVersion(
  db: DB,
  input: { planId: string; basedOn: number; content: PlanContent; authorKind: PlanParty; authorId: string | null; authorName: string },
): Promise<number | false> {
  const version = input.basedOn + 1;
  const moved = await db
    .updateTable("retention_plans")
    .set({ current_version: version })
    .where("id", "=", input.planId)
    .where("current_version", "=", input.basedOn)
    .executeTakeFirst();
  if (Number(moved.numUpdatedRows) !== 1) return false;
  await db
    .insertInto("retention_plan_versions")
    .values({
      id: newId(),
      plan_id: input.planId,
      version,
      based_on: input.basedOn,
      content: JSON.stringify(input.content),
      author_kind: input.authorKind,
      author_id: input.authorId,
      author_name: input.authorName,
      created_at: nowIso(),
    })
    .execute();
  return version;
}

export async function getVersion(db: DB, planId: string, version: number) {
  const row = await db.selectFrom("retention_plan_versions").selectAll().where("plan_id", "=", planId).where("version", "=", version).executeTakeFirst();
  return row ? { ...row, content: JSON.parse(row.content) as PlanContent } : undefined;
}

export async function listVersions(db: DB, planId: string) {
  return db
    .selectFrom("retention_plan_versions")
    .select(["version", "based_on", "author_kind", "author_name", "created_at"])
    .where("plan_id", "=", planId)
    .orderBy("version", "desc")
    .execute();
}

export async function listApprovals(db: DB, planId: string) {
  return db.selectFrom("plan_approvals").selectAll().where("plan_id", "=", planId).orderBy("approved_at").execute();
}

export async function insertApproval(db: DB, input: { planId: string; version: number; party: PlanParty; actorId: string | null; actorName: string }) {
  await db
    .insertInto("plan_approvals")
    .values({
      id: newId(),
      plan_id: input.planId,
      version: input.version,
      party: input.party,
      actor_id: input.actorId,
      actor_name: input.actorName,
      approved_at: nowIso(),
    })
    .onConflict((oc) => oc.columns(["plan_id", "version", "party"]).doNothing())
    .execute();
}

/** Comments per section; those addressed to the jobcenter are seen by their author's side and the jobcenter only. */
export async function listComments(db: DB, planId: string, viewer: PlanViewer) {
  let q = db.selectFrom("plan_comments").selectAll().where("plan_id", "=", planId);
  if (viewer.party !== "consultant") q = q.where((eb) => eb.or([eb("to_jobcenter", "=", 0), eb("author_kind", "=", viewer.party)]));
  return q.orderBy("created_at").execute();
}

export async function insertComment(
  db: DB,
  input: {
    planId: string;
    section: string;
    authorKind: PlanParty;
    authorId: string | null;
    authorName: string;
    body: string;
    toJobcenter: boolean;
    inquiryId: string | null;
  },
) {
  const row = {
    id: newId(),
    plan_id: input.planId,
    section: input.section,
    author_kind: input.authorKind,
    author_id: input.authorId,
    author_name: input.authorName,
    body: input.body,
    to_jobcenter: input.toJobcenter ? 1 : 0,
    inquiry_id: input.inquiryId,
    created_at: nowIso(),
  };
  await db.insertInto("plan_comments").values(row).execute();
  return row;
}

/** The consultants' list of plans, with what the team's KPIs need. */
/** One page of every plan, newest first (keyset on retention_plans (requested_at, id)). */
export async function pagePlansForStaff(db: DB, page: PageRequest) {
  const q = db
    .selectFrom("retention_plans")
    .innerJoin("absence_cases", "absence_cases.id", "retention_plans.case_id")
    .innerJoin("companies", "companies.id", "retention_plans.company_id")
    .leftJoin("retention_plan_versions as signed", (join) =>
      join.onRef("signed.plan_id", "=", "retention_plans.id").onRef("signed.version", "=", "retention_plans.signed_version"),
    )
    .select([...planColumns, "signed.content as signed_content"]);
  const result = await keysetPage(
    q,
    { key: "retention_plans.requested_at", id: "retention_plans.id", direction: "desc", keyOf: (r) => r.requested_at, idOf: (r) => r.id },
    page,
  );
  return {
    ...result,
    rows: result.rows.map(({ signed_content, ...r }) => ({ ...r, signedContent: signed_content ? (JSON.parse(signed_content) as PlanContent) : null })),
  };
}

/** The plans' counts by status, as one SQL aggregate (no row is loaded). */
export async function planCounts(db: DB) {
  const row = await db
    .selectFrom("retention_plans")
    .select([
      sql<number>`coalesce(sum(case when status = 'active' then 1 else 0 end), 0)`.as("active"),
      sql<number>`coalesce(sum(case when status = 'active' and signed_version is not null then 1 else 0 end), 0)`.as("signed"),
      sql<number>`coalesce(sum(case when status = 'requested' then 1 else 0 end), 0)`.as("requested"),
    ])
    .executeTakeFirstOrThrow();
  return { active: Number(row.active), signed: Number(row.signed), requested: Number(row.requested) };
}

/** The signed content of the active, signed plans (the partial-return KPI needs today's hours of each; history is never read). */
export async function signedContentOfActivePlans(db: DB): Promise<PlanContent[]> {
  const rows = await db
    .selectFrom("retention_plans")
    .innerJoin("retention_plan_versions as signed", (join) =>
      join.onRef("signed.plan_id", "=", "retention_plans.id").onRef("signed.version", "=", "retention_plans.signed_version"),
    )
    .select("signed.content")
    .where("retention_plans.status", "=", "active")
    .execute();
  return rows.map((r) => JSON.parse(r.content) as PlanContent);
}
