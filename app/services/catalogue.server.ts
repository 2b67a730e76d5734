import { db } from "~db/index";
import type { ServiceContent, ServiceRequestStatus, ServiceStatus } from "~db/schema";
import { anchorFrom } from "~/domain/guideForm";
import { medianDays, nextStatus, serviceIn, type ServiceRequestStep } from "~/domain/serviceForm";
import { findCase } from "~/models/absenceCase.server";
import { writeAudit, userActor } from "~/models/audit.server";
import { employerScope, staffScope, type Scope } from "~/models/scope.server";
import {
  findServiceBySlug,
  findServiceRequest,
  insertService,
  insertServiceRequest,
  listServiceRequests,
  listServices,
  serviceContentOf,
  serviceRequestCounts,
  deliveredRequestTimes,
  updateService,
  type RequestCursor,
} from "~/models/service.server";
import type { EmployerUser, StaffUser } from "~/models/user.server";
import { nowIso } from "~/utils/clock";
import { copenhagenDate, daysBetween, formatDate, type Lang } from "~/utils/dates";
import { env } from "~/utils/env.server";
import { openInquiry, sendReceipt } from "./inquiries.server";
import { enqueueEmailInTheirLanguage } from "./outbox.server";

const SLUG = /^[a-z0-9][a-z0-9-]{1,80}$/;

// ---- The catalogue ---------------------------------------------------------------------------

export async function publicServices(lang: Lang) {
  return (await listServices(db)).map((s) => ({ slug: s.slug, status: s.status as ServiceStatus, team: s.team, ...serviceIn(serviceContentOf(s), lang) }));
}

export async function publicService(slug: string, lang: Lang) {
  if (!SLUG.test(slug)) return null;
  const s = await findServiceBySlug(db, slug);
  return s ? { id: s.id, slug: s.slug, status: s.status as ServiceStatus, team: s.team, ...serviceIn(serviceContentOf(s), lang) } : null;
}

export async function staffService(slug: string) {
  if (!SLUG.test(slug)) return null;
  const s = await findServiceBySlug(db, slug);
  return s ? { id: s.id, slug: s.slug, status: s.status as ServiceStatus, team: s.team, content: serviceContentOf(s) } : null;
}

type ServiceInput = { team: string; status: ServiceStatus; content: ServiceContent };

/** Staff add a service; its address comes from the Danish title. */
export async function createService(staff: StaffUser, input: ServiceInput) {
  return db.transaction().execute(async (trx) => {
    const base = anchorFrom(input.content.da.title).slice(0, 60) || "tilbud";
    let slug = base.length >= 2 ? base : `tilbud-${base}`;
    for (let n = 2; await findServiceBySlug(trx, slug); n++) slug = `${base}-${n}`;
    const row = await insertService(trx, { slug, ...input }, staff.id);
    await writeAudit(trx, { actor: userActor(staff), action: "service.created", entityType: "service", entityId: row.id, meta: { status: input.status } });
    return row;
  });
}

export async function editService(staff: StaffUser, slug: string, input: ServiceInput): Promise<boolean> {
  if (!SLUG.test(slug)) return false;
  return db.transaction().execute(async (trx) => {
    const s = await findServiceBySlug(trx, slug);
    if (!s || !(await updateService(trx, s.id, input, staff.id))) return false;
    await writeAudit(trx, { actor: userActor(staff), action: "service.updated", entityType: "service", entityId: s.id, meta: { status: input.status } });
    return true;
  });
}

// ---- Requests --------------------------------------------------------------------------------

export type RequestServiceResult = { ok: true; id: string } | { ok: false; error: "notFound" | "paused" | "unknownCase" };

/** A company asks for a service: the request and its inquiry on the 24-hour desk, audit and receipt in one transaction. */
export async function requestService(user: EmployerUser, slug: string, input: { caseId?: string; message: string }): Promise<RequestServiceResult> {
  if (!SLUG.test(slug)) return { ok: false, error: "notFound" };
  return db.transaction().execute(async (trx): Promise<RequestServiceResult> => {
    const service = await findServiceBySlug(trx, slug);
    if (!service) return { ok: false, error: "notFound" };
    if (service.status !== "active") return { ok: false, error: "paused" };
    let employeeName: string | null = null;
    if (input.caseId) {
      const c = await findCase(trx, employerScope(user), input.caseId);
      if (!c) return { ok: false, error: "unknownCase" };
      employeeName = c.employee_name;
    }
    const title = serviceContentOf(service).da.title;
    const request = await insertServiceRequest(trx, {
      serviceId: service.id,
      companyId: user.companyId,
      caseId: input.caseId ?? null,
      requestedBy: user.id,
      message: input.message,
    });
    const inquiry = await openInquiry(
      trx,
      {
        companyId: user.companyId,
        caseId: input.caseId ?? null,
        kind: "service",
        subject: employeeName ? `${title} – ${employeeName}` : title,
        message: input.message,
        preferredContact: "email",
        contactName: user.name,
        contactEmail: user.email,
        contactPhone: user.phone,
        createdBy: user.id,
      },
      {
        actor: userActor(user),
        extra: (lang) => (lang === "en" ? `Manage the request: ${staffUrl(request.id)}` : `Se og styr anmodningen: ${staffUrl(request.id)}`),
      },
    );
    await trx.updateTable("service_requests").set({ inquiry_id: inquiry.id }).where("id", "=", request.id).execute();
    await writeAudit(trx, {
      actor: userActor(user),
      action: "service_request.created",
      entityType: "service_request",
      entityId: request.id,
      companyId: user.companyId,
      caseId: input.caseId,
      meta: { service_id: service.id, case_id: input.caseId ?? null, inquiry_id: inquiry.id },
    });
    await sendReceipt(trx, inquiry, `${env().APP_URL}/virksomhed/tilbud/${request.id}`, [user.email]);
    return { ok: true, id: request.id };
  });
}

const staffUrl = (id: string) => `${env().APP_URL}/jobcenter/tilbud/anmodninger/${id}`;

export type StepInput = { scheduledOn?: string; note?: string; reason?: string; rating?: number; comment?: string };
export type StepResult = { ok: true } | { ok: false; error: "notFound" | "notAllowed" };

const stamp: Record<ServiceRequestStatus, "agreed_at" | "scheduled_at" | "delivered_at" | "evaluated_at" | "declined_at" | null> = {
  requested: null,
  agreed: "agreed_at",
  scheduled: "scheduled_at",
  delivered: "delivered_at",
  evaluated: "evaluated_at",
  declined: "declined_at",
};

/**
 * One step of a request: staff agree, schedule, deliver or decline; the company evaluates.
 * Refused unless legal from the current state; another scope's id is simply not found.
 */
export async function stepServiceRequest(
  actor: { kind: "staff"; user: StaffUser } | { kind: "company"; user: EmployerUser },
  id: string,
  step: ServiceRequestStep,
  input: StepInput = {},
): Promise<StepResult> {
  const scope: Scope = actor.kind === "staff" ? staffScope(actor.user) : employerScope(actor.user);
  if ((step === "evaluate") !== (actor.kind === "company")) return { ok: false, error: actor.kind === "company" ? "notFound" : "notAllowed" };
  return db.transaction().execute(async (trx): Promise<StepResult> => {
    const r = await findServiceRequest(trx, scope, id);
    if (!r) return { ok: false, error: "notFound" };
    const to = nextStatus(r.status, step);
    if (!to) return { ok: false, error: "notAllowed" };
    const at = nowIso();
    const column = stamp[to];
    const changes = {
      status: to,
      updated_at: at,
      ...(column ? { [column]: at } : {}),
      ...(step === "schedule" ? { scheduled_on: input.scheduledOn ?? null, schedule_note: input.note ?? null } : {}),
      ...(step === "decline" ? { decline_reason: input.reason ?? null } : {}),
      ...(step === "evaluate" ? { rating: input.rating ?? null, rating_comment: input.comment ?? null } : {}),
    };
    const u = await trx.updateTable("service_requests").set(changes).where("id", "=", r.id).where("status", "=", r.status).executeTakeFirst();
    if (Number(u.numUpdatedRows) !== 1) return { ok: false, error: "notAllowed" };
    await writeAudit(trx, {
      actor: userActor(actor.user),
      action: `service_request.${step}`,
      entityType: "service_request",
      entityId: r.id,
      companyId: r.company_id,
      caseId: r.case_id,
      meta: { from: r.status, to, ...(step === "evaluate" ? { rating: input.rating ?? null } : {}) },
    });
    if (to === "agreed" || to === "scheduled" || to === "delivered" || to === "declined") {
      // The company hears of each of the jobcentre's steps, in the requester's language, after commit.
      const requester = await trx.selectFrom("users").select("email").where("id", "=", r.requested_by).executeTakeFirst();
      const content = JSON.parse(r.service_content) as ServiceContent;
      if (requester)
        await enqueueEmailInTheirLanguage(trx, {
          template: "service-update",
          to: [requester.email],
          props: (lang) => ({
            serviceTitle: serviceIn(content, lang).title,
            step: to,
            date: step === "schedule" && input.scheduledOn ? formatDate(input.scheduledOn, lang) : null,
            note: step === "schedule" ? (input.note ?? null) : null,
            reason: step === "decline" ? (input.reason ?? null) : null,
            url: `${env().APP_URL}/virksomhed/tilbud/${r.id}`,
          }),
          dedupeKey: `service-update:${r.id}:${to}:${at}`,
        });
    }
    return { ok: true };
  });
}

export async function serviceRequestView(scope: Scope, id: string, lang: Lang) {
  const r = await findServiceRequest(db, scope, id);
  if (!r) return null;
  const { service_content, ...rest } = r;
  return { ...rest, serviceTitle: serviceIn(JSON.parse(service_content) as ServiceContent, lang).title };
}

export async function serviceRequestList(scope: Scope, lang: Lang, opts: { after?: RequestCursor; status?: ServiceRequestStatus } = {}) {
  const page = await listServiceRequests(db, scope, opts);
  return {
    rows: page.rows.map(({ service_content, ...r }) => ({ ...r, serviceTitle: serviceIn(JSON.parse(service_content) as ServiceContent, lang).title })),
    next: page.next,
  };
}

// ---- The team lead's figures -------------------------------------------------------------------

export type ServiceFigure = {
  slug: string;
  title: string;
  status: ServiceStatus;
  requests: number;
  open: number;
  delivered: number;
  declined: number;
  medianDaysToDelivery: number | null;
  ratings: number;
  averageRating: number | null;
};

/** Per service: requests, median days from request to delivery, and the companies' ratings. */
export async function serviceFigures(lang: Lang): Promise<ServiceFigure[]> {
  const counts = await serviceRequestCounts(db);
  const times = await deliveredRequestTimes(db);
  return (await listServices(db)).map((s) => {
    const mine = counts.filter((r) => r.service_id === s.id);
    const count = (statuses: ServiceRequestStatus[]) => mine.filter((r) => statuses.includes(r.status)).reduce((a, r) => a + r.n, 0);
    const days = times
      .filter((r) => r.service_id === s.id)
      .map((r) => daysBetween(copenhagenDate(new Date(r.created_at)), copenhagenDate(new Date(r.delivered_at!))));
    const ratings = mine.reduce((a, r) => a + r.ratings, 0);
    const ratingSum = mine.reduce((a, r) => a + r.rating_sum, 0);
    return {
      slug: s.slug,
      title: serviceIn(serviceContentOf(s), lang).title,
      status: s.status as ServiceStatus,
      requests: mine.reduce((a, r) => a + r.n, 0),
      open: count(["requested", "agreed", "scheduled"]),
      delivered: count(["delivered", "evaluated"]),
      declined: count(["declined"]),
      medianDaysToDelivery: medianDays(days),
      ratings,
      averageRating: ratings ? Math.round((ratingSum / ratings) * 10) / 10 : null,
    };
  });
}
