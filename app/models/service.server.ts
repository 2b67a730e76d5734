import type { DB } from "~db/index";
import type { ServiceContent, ServiceRequestStatus, ServiceStatus } from "~db/schema";
import { nowIso } from "~/utils/clock";
import { newId } from "~/utils/crypto.server";
import { serviceRequestsIn, type Scope } from "./scope.server";

export const serviceContentOf = (s: { content: string }) => JSON.parse(s.content) as ServiceContent;

export async function listServices(db: DB, opts: { activeOnly?: boolean } = {}) {
  let q = db.selectFrom("services").selectAll().orderBy("position").orderBy("id");
  if (opts.activeOnly) q = q.where("status", "=", "active");
  return q.execute();
}

export async function findServiceBySlug(db: DB, slug: string) {
  return db.selectFrom("services").selectAll().where("slug", "=", slug).executeTakeFirst();
}

export async function findService(db: DB, id: string) {
  return db.selectFrom("services").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function insertService(db: DB, input: { slug: string; team: string; status: ServiceStatus; content: ServiceContent }, userId: string) {
  const at = nowIso();
  const last = await db
    .selectFrom("services")
    .select((eb) => eb.fn.max("position").as("p"))
    .executeTakeFirst();
  const row = {
    id: newId(),
    slug: input.slug,
    position: Number(last?.p ?? 0) + 1,
    status: input.status,
    team: input.team,
    content: JSON.stringify(input.content),
    created_at: at,
    updated_at: at,
    updated_by: userId,
  };
  await db.insertInto("services").values(row).execute();
  return row;
}

export async function updateService(db: DB, id: string, input: { team: string; status: ServiceStatus; content: ServiceContent }, userId: string) {
  const r = await db
    .updateTable("services")
    .set({ team: input.team, status: input.status, content: JSON.stringify(input.content), updated_at: nowIso(), updated_by: userId })
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertServiceRequest(
  db: DB,
  input: { serviceId: string; companyId: string; caseId: string | null; requestedBy: string; message: string },
) {
  const at = nowIso();
  const row = {
    id: newId(),
    service_id: input.serviceId,
    company_id: input.companyId,
    case_id: input.caseId,
    inquiry_id: null,
    requested_by: input.requestedBy,
    message: input.message,
    status: "requested" as ServiceRequestStatus,
    created_at: at,
    updated_at: at,
  };
  await db.insertInto("service_requests").values(row).execute();
  return row;
}

const requestColumns = [
  "service_requests.id",
  "service_requests.service_id",
  "service_requests.company_id",
  "service_requests.case_id",
  "service_requests.inquiry_id",
  "service_requests.requested_by",
  "service_requests.message",
  "service_requests.status",
  "service_requests.scheduled_on",
  "service_requests.schedule_note",
  "service_requests.decline_reason",
  "service_requests.rating",
  "service_requests.rating_comment",
  "service_requests.created_at",
  "service_requests.agreed_at",
  "service_requests.scheduled_at",
  "service_requests.delivered_at",
  "service_requests.evaluated_at",
  "service_requests.declined_at",
  "service_requests.updated_at",
] as const;

/** One request, found only inside the scope (another company's id answers as a missing one). */
export async function findServiceRequest(db: DB, scope: Scope, id: string) {
  return db
    .selectFrom("service_requests")
    .innerJoin("services", "services.id", "service_requests.service_id")
    .innerJoin("companies", "companies.id", "service_requests.company_id")
    .leftJoin("absence_cases", "absence_cases.id", "service_requests.case_id")
    .select([
      ...requestColumns,
      "services.content as service_content",
      "services.slug as service_slug",
      "companies.name as company_name",
      "absence_cases.employee_name",
    ])
    .where("service_requests.id", "=", id)
    .where(serviceRequestsIn(scope))
    .executeTakeFirst();
}

/** The id of the service request behind an inquiry (its `service` inquiry), inside the scope; null when none. */
export async function findServiceRequestIdForInquiry(db: DB, scope: Scope, inquiryId: string): Promise<string | null> {
  const row = await db
    .selectFrom("service_requests")
    .select("service_requests.id")
    .where("service_requests.inquiry_id", "=", inquiryId)
    .where(serviceRequestsIn(scope))
    .executeTakeFirst();
  return row?.id ?? null;
}

export const REQUESTS_PAGE = 25;
export type RequestCursor = { at: string; id: string };

/** Requests in a scope, newest first, keyset on (created_at, id); staff may filter by status. */
export async function listServiceRequests(db: DB, scope: Scope, opts: { after?: RequestCursor; status?: ServiceRequestStatus } = {}) {
  let q = db
    .selectFrom("service_requests")
    .innerJoin("services", "services.id", "service_requests.service_id")
    .innerJoin("companies", "companies.id", "service_requests.company_id")
    .leftJoin("absence_cases", "absence_cases.id", "service_requests.case_id")
    .select([...requestColumns, "services.content as service_content", "companies.name as company_name", "absence_cases.employee_name"])
    .where(serviceRequestsIn(scope))
    .orderBy("service_requests.created_at", "desc")
    .orderBy("service_requests.id", "desc")
    .limit(REQUESTS_PAGE + 1);
  if (opts.status) q = q.where("service_requests.status", "=", opts.status);
  const after = opts.after;
  if (after)
    q = q.where((eb) =>
      eb.or([
        eb("service_requests.created_at", "<", after.at),
        eb.and([eb("service_requests.created_at", "=", after.at), eb("service_requests.id", "<", after.id)]),
      ]),
    );
  const rows = await q.execute();
  const last = rows[REQUESTS_PAGE - 1];
  return { rows: rows.slice(0, REQUESTS_PAGE), next: rows.length > REQUESTS_PAGE ? { at: last.created_at, id: last.id } : null };
}

/** Requests per service and state, with the sum and number of ratings: counted in the database. */
export async function serviceRequestCounts(db: DB) {
  const rows = await db
    .selectFrom("service_requests")
    .select((eb) => [
      "service_id",
      "status",
      eb.fn.countAll<number>().as("n"),
      eb.fn.count<number>("rating").as("ratings"),
      eb.fn.sum<number>("rating").as("rating_sum"),
    ])
    .groupBy(["service_id", "status"])
    .execute();
  return rows.map((r) => ({ service_id: r.service_id, status: r.status, n: Number(r.n), ratings: Number(r.ratings), rating_sum: Number(r.rating_sum ?? 0) }));
}

/** When each delivered request was made and delivered: the median needs the single values. */
export async function deliveredRequestTimes(db: DB) {
  return db.selectFrom("service_requests").select(["service_id", "created_at", "delivered_at"]).where("delivered_at", "is not", null).execute();
}
