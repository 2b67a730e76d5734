import { db, type DB } from "~db/index";
import type { Placement, PlacementStatus, TargetGroup } from "~db/schema";
import { findCase } from "~/models/absenceCase.server";
import { writeAudit, userActor } from "~/models/audit.server";
import { findInquiryForStaff } from "~/models/inquiry.server";
import { enqueueJob } from "~/models/job.server";
import { refreshCaseSteps } from "~/models/followUp.server";
import {
  companyRoles,
  completedSince,
  findPlacement,
  insertEvent,
  insertPlacement,
  listCheckins,
  listEvaluations,
  listEvents,
  placementCounts,
} from "~/models/placement.server";
import { employerScope, placementsIn, staffScope, systemScope, type Scope } from "~/models/scope.server";
import { placesLeft } from "~/domain/bankSearch";
import { findOffer, insertOffer, setOfferStatus, updateOffer, type OfferInput } from "~/models/placementOffer.server";
import { checkStep, checkWeeks, endDate, extendable, type PlacementRole, type StepResult, type Transition } from "~/domain/placementRules";
import { findContactConsultant, listStaff, type EmployerUser, type StaffUser } from "~/models/user.server";
import { now, nowIso } from "~/utils/clock";
import { encryptCpr, newId } from "~/utils/crypto.server";
import { maskCpr } from "~/domain/cpr";
import { addDays, copenhagenDate, copenhagenToUtc, formatDate, weekStart, type Lang } from "~/utils/dates";
import { env, placementDurationConfig } from "~/utils/env.server";
import { isAway } from "~/models/inquiry.server";
import { formatDecimal } from "~/utils/i18n";
import { openInquiry } from "./inquiries.server";
import { enqueueEmailInTheirLanguage } from "./outbox.server";

export type { StepResult };

export type PlacementActor = { kind: "consultant"; user: StaffUser } | { kind: "company"; user: EmployerUser };

const companyUrl = (id: string) => `${env().APP_URL}/virksomhed/praktik/${id}`;
const staffUrl = (id: string) => `${env().APP_URL}/jobcenter/praktik/${id}`;

function scopeOf(actor: PlacementActor): Scope {
  return actor.kind === "consultant" ? staffScope(actor.user) : employerScope(actor.user);
}

function rolesOf(actor: PlacementActor, p: Placement): PlacementRole[] {
  return actor.kind === "consultant" ? ["consultant"] : companyRoles(actor.user, p);
}

// ---- The bank ---------------------------------------------------------------------------

export async function createOffer(user: EmployerUser, input: OfferInput) {
  return db.transaction().execute(async (trx) => {
    const offer = await insertOffer(trx, user.companyId, user.id, input);
    await writeAudit(trx, {
      actor: userActor(user),
      action: "placement_offer.created",
      entityType: "placement_offer",
      entityId: offer.id,
      companyId: user.companyId,
    });
    return offer;
  });
}

export async function editOffer(user: EmployerUser, offerId: string, input: OfferInput): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    if (!(await updateOffer(trx, user.companyId, offerId, input))) return false;
    await writeAudit(trx, {
      actor: userActor(user),
      action: "placement_offer.updated",
      entityType: "placement_offer",
      entityId: offerId,
      companyId: user.companyId,
    });
    return true;
  });
}

export async function changeOfferStatus(user: EmployerUser, offerId: string, status: "active" | "paused" | "withdrawn"): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    if (!(await setOfferStatus(trx, user.companyId, offerId, status))) return false;
    await writeAudit(trx, {
      actor: userActor(user),
      action: `placement_offer.${status}`,
      entityType: "placement_offer",
      entityId: offerId,
      companyId: user.companyId,
    });
    return true;
  });
}

// ---- Requests -----------------------------------------------------------------------------

export type RequestInput = {
  purpose: "retention" | "hosting";
  caseId?: string;
  employeeName?: string;
  cpr?: string;
  wishedStart: string;
  wishedWeeks: number;
  wishedHours: number;
  wishedTasks: string;
};

/** A company asks for a placement; it lands on the 24-hour desk as an inquiry. */
export async function requestPlacement(user: EmployerUser, input: RequestInput): Promise<{ ok: true; id: string } | { ok: false; error: "unknownCase" }> {
  return db.transaction().execute(async (trx) => {
    let employeeName = input.employeeName ?? null;
    if (input.purpose === "retention" && input.caseId) {
      const c = await findCase(trx, employerScope(user), input.caseId);
      if (!c) return { ok: false, error: "unknownCase" } as const;
      employeeName = c.employee_name;
    }
    const placement = await insertPlacement(trx, {
      companyId: user.companyId,
      purpose: input.purpose,
      caseId: input.purpose === "retention" ? (input.caseId ?? null) : null,
      employeeName: input.purpose === "retention" ? employeeName : null,
      cprEncrypted: input.purpose === "retention" && input.cpr ? encryptCpr(input.cpr) : null,
      cprMasked: input.purpose === "retention" && input.cpr ? maskCpr(input.cpr) : null,
      wishedStart: input.wishedStart,
      wishedWeeks: input.wishedWeeks,
      wishedHours: input.wishedHours,
      wishedTasks: input.wishedTasks,
      requestedBy: user.id,
    });
    await insertEvent(trx, { placementId: placement.id, from: null, to: "requested", kind: "requested", actorId: user.id, actorName: user.name });
    const inquiry = await openInquiry(
      trx,
      {
        companyId: user.companyId,
        caseId: placement.case_id,
        kind: "placement",
        subject: input.purpose === "retention" ? `Praktik for ${employeeName ?? "medarbejder"}` : "Praktikant søges",
        message: input.wishedTasks,
        preferredContact: "email",
        contactName: user.name,
        contactEmail: user.email,
        contactPhone: user.phone,
        createdBy: user.id,
      },
      {
        actor: userActor(user),
        extra: (lang) =>
          lang === "en"
            ? `Wished start ${formatDate(input.wishedStart, "en")}, ${input.wishedWeeks} weeks, ${input.wishedHours} hours a week.`
            : `Ønsket start ${formatDate(input.wishedStart, "da")}, ${input.wishedWeeks} uger, ${input.wishedHours} timer om ugen.`,
      },
    );
    await trx.updateTable("placements").set({ inquiry_id: inquiry.id }).where("id", "=", placement.id).execute();
    await writeAudit(trx, {
      actor: userActor(user),
      action: "placement.requested",
      entityType: "placement",
      entityId: placement.id,
      caseId: placement.case_id,
      companyId: user.companyId,
      meta: { purpose: input.purpose },
    });
    return { ok: true, id: placement.id } as const;
  });
}

// ---- Steps --------------------------------------------------------------------------------

type Work = (trx: DB, p: Placement, to: PlacementStatus, actorName: string) => Promise<StepResult | void>;

/** Runs one step of the state machine: refused unless legal from the current state and the actor's to take. */
async function step(actor: PlacementActor, id: string, transition: Transition, note: string | null, work?: Work): Promise<StepResult> {
  return db.transaction().execute(async (trx): Promise<StepResult> => {
    const p = await findPlacement(trx, scopeOf(actor), id);
    if (!p) return { ok: false, error: "notFound" };
    const roles = rolesOf(actor, p);
    const check = checkStep(p.status, transition, roles);
    if (!check.ok) return check;
    const failed = work ? await work(trx, p, check.to, actor.user.name) : undefined;
    if (failed && !failed.ok) return failed;
    await trx.updateTable("placements").set({ status: check.to, updated_at: nowIso() }).where("id", "=", p.id).where("status", "=", p.status).execute();
    await insertEvent(trx, { placementId: p.id, from: p.status, to: check.to, kind: transition, actorId: actor.user.id, actorName: actor.user.name, note });
    // A placement's last day is a step of its case while approved or active.
    if (p.case_id) await refreshCaseSteps(trx, p.case_id);
    await writeAudit(trx, {
      actor: userActor(actor.user),
      action: `placement.${transition}`,
      entityType: "placement",
      entityId: p.id,
      caseId: p.case_id,
      companyId: p.company_id,
      meta: { from: p.status, to: check.to },
    });
    return { ok: true };
  });
}

export type Proposal = { offerId?: string; candidateName?: string; targetGroup: TargetGroup; startDate: string; weeks: number; hours: number };

/** The consultant matches a request: an offer from the bank (or, for hosting, a candidate). */
export function proposePlacement(staff: StaffUser, id: string, proposal: Proposal): Promise<StepResult> {
  return step({ kind: "consultant", user: staff }, id, "propose", null, async (trx, p) => {
    const weeksCheck = checkWeeks(proposal.weeks, proposal.targetGroup, placementDurationConfig());
    if (!weeksCheck.ok) return { ok: false, error: "tooManyWeeks", max: weeksCheck.max };
    let hostCompanyId = p.company_id;
    let offerTitle = "Praktikant fra jobcentret";
    let hostEmails: string[];
    if (proposal.offerId) {
      const offer = await findOffer(trx, proposal.offerId);
      if (!offer || offer.status !== "active") return { ok: false, error: "offerClosed" };
      const taken = await trx
        .selectFrom("placements")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("offer_id", "=", offer.id)
        .where("status", "in", ["accepted", "approved", "active"])
        .executeTakeFirstOrThrow();
      if (placesLeft({ places: offer.places, taken: Number(taken.n) }) === 0) return { ok: false, error: "noPlaces" };
      if (proposal.weeks > offer.max_weeks) return { ok: false, error: "offerWeeks", max: offer.max_weeks };
      hostCompanyId = offer.company_id;
      offerTitle = offer.title;
      hostEmails = [offer.contact_email];
    } else {
      const requester = await trx.selectFrom("users").select("email").where("id", "=", p.requested_by).executeTakeFirstOrThrow();
      hostEmails = [requester.email];
    }
    await trx
      .updateTable("placements")
      .set({
        offer_id: proposal.offerId ?? null,
        host_company_id: hostCompanyId,
        candidate_name: proposal.offerId ? null : (proposal.candidateName ?? null),
        target_group: proposal.targetGroup,
        start_date: proposal.startDate,
        weeks: proposal.weeks,
        hours: proposal.hours,
        first_proposed_at: p.first_proposed_at ?? nowIso(),
      })
      .where("id", "=", p.id)
      .execute();
    await enqueueEmailInTheirLanguage(trx, {
      template: "placement-proposed",
      to: hostEmails,
      props: (lang) => ({
        offerTitle,
        startDate: formatDate(proposal.startDate, lang),
        weeks: proposal.weeks,
        hours: formatDecimal(proposal.hours, lang),
        url: companyUrl(p.id),
      }),
      dedupeKey: `placement-proposed:${p.id}:${proposal.offerId ?? "candidate"}:${proposal.startDate}`,
    });
  });
}

/** The people to tell at the jobcenter: whoever has the request's inquiry, else the requester's contact consultant, else the team. */
async function consultantEmails(trx: DB, p: Placement): Promise<string[]> {
  if (p.inquiry_id) {
    const inquiry = await findInquiryForStaff(trx, p.inquiry_id);
    if (inquiry?.assigned_to) {
      const a = await trx.selectFrom("users").select("email").where("id", "=", inquiry.assigned_to).executeTakeFirst();
      if (a) return [a.email];
    }
  }
  const contact = await findContactConsultant(trx, p.company_id);
  if (contact && !isAway(contact)) return [contact.email];
  return (await listStaff(trx, ["consultant"])).filter((c) => !isAway(c)).map((c) => c.email);
}

async function partyEmails(trx: DB, p: Placement): Promise<{ requester: string[]; host: string[] }> {
  const requester = await trx.selectFrom("users").select("email").where("id", "=", p.requested_by).executeTakeFirstOrThrow();
  const offer = p.offer_id ? await findOffer(trx, p.offer_id) : undefined;
  return { requester: [requester.email], host: offer ? [offer.contact_email] : [requester.email] };
}

/** A step told to its parties, each in their own language: `say` writes the heading and text in it. */
async function tell(trx: DB, to: string[], key: string, say: (lang: Lang) => { heading: string; text: string }, url: string) {
  if (to.length) await enqueueEmailInTheirLanguage(trx, { template: "placement-update", to, props: (lang) => ({ ...say(lang), url }), dedupeKey: key });
}

export function acceptPlacement(user: EmployerUser, id: string): Promise<StepResult> {
  return step({ kind: "company", user }, id, "accept", null, async (trx, p) => {
    await tell(
      trx,
      await consultantEmails(trx, p),
      `placement-accepted:${p.id}`,
      (lang) =>
        lang === "en"
          ? {
              heading: "The host has said yes to the work placement",
              text: `${user.companyName} has said yes to the proposed work placement. The jobcentre must now approve it and record the staff representative's consent.`,
            }
          : {
              heading: "Værten har sagt ja til praktikken",
              text: `${user.companyName} har sagt ja til den foreslåede praktik. Jobcentret skal nu godkende den og registrere tillidsrepræsentantens samtykke.`,
            },
      staffUrl(p.id),
    );
  });
}

export function declinePlacement(user: EmployerUser, id: string, reason: string): Promise<StepResult> {
  return step({ kind: "company", user }, id, "decline", reason, async (trx, p) => {
    await trx
      .updateTable("placements")
      .set({ offer_id: null, host_company_id: null, candidate_name: null, start_date: null, weeks: null, hours: null, target_group: null })
      .where("id", "=", p.id)
      .execute();
    await tell(
      trx,
      await consultantEmails(trx, p),
      `placement-declined:${p.id}:${nowIso()}`,
      (lang) =>
        lang === "en"
          ? {
              heading: "The host has said no to the work placement",
              text: `${user.companyName} has said no to the proposed work placement: ${reason}. The request is waiting for a new proposal.`,
            }
          : {
              heading: "Værten har sagt nej til praktikken",
              text: `${user.companyName} har sagt nej til den foreslåede praktik: ${reason}. Anmodningen venter på et nyt forslag.`,
            },
      staffUrl(p.id),
    );
  });
}

/** The jobcenter approves before the start (LAB § 61), with the staff representative's consent recorded. */
export function approvePlacement(staff: StaffUser, id: string, consent: { staffRepName: string; consentDate: string }): Promise<StepResult> {
  return step(
    { kind: "consultant", user: staff },
    id,
    "approve",
    `Tillidsrepræsentant: ${consent.staffRepName}, samtykke ${consent.consentDate}`,
    async (trx, p) => {
      await trx
        .updateTable("placements")
        .set({ staff_rep_name: consent.staffRepName, staff_rep_consent_at: consent.consentDate })
        .where("id", "=", p.id)
        .execute();
      const { requester, host } = await partyEmails(trx, p);
      const say = (lang: Lang) =>
        lang === "en"
          ? {
              heading: "The work placement is approved",
              text: `The jobcentre has approved the work placement. It begins ${formatDate(p.start_date!, "en")} and lasts ${p.weeks} weeks with ${formatDecimal(p.hours, "en")} hours a week.`,
            }
          : {
              heading: "Praktikken er godkendt",
              text: `Jobcentret har godkendt virksomhedspraktikken. Den begynder ${formatDate(p.start_date!, "da")} og varer ${p.weeks} uger med ${formatDecimal(p.hours, "da")} timer om ugen.`,
            };
      await tell(trx, [...new Set([...requester, ...host])], `placement-approved:${p.id}`, say, companyUrl(p.id));
    },
  );
}

export function startPlacement(actor: PlacementActor, id: string): Promise<StepResult> {
  return step(actor, id, "start", null, async (trx, p) => {
    const today = copenhagenDate(now());
    if (!p.start_date || today < p.start_date) return { ok: false, error: "notStartedYet" };
    await scheduleCheckinReminders(trx, p);
  });
}

/** One reminder a week, Friday 10:00, to the host: check in on the week. */
async function scheduleCheckinReminders(trx: DB, p: Placement) {
  const total = (p.weeks ?? 0) + p.extra_weeks;
  for (let i = 0; i < total; i++) {
    const monday = weekStart(addDays(p.start_date!, i * 7));
    const friday = addDays(monday, 4);
    await enqueueJob(trx, {
      kind: "placement.checkin-reminder",
      payload: { placementId: p.id, weekStart: monday },
      dedupeKey: `placement:checkin:${p.id}:${monday}`,
      runAt: copenhagenToUtc(friday, "10:00:00"),
    });
  }
}

export async function checkinReminderJob(placementId: string, week: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const p = await findPlacement(trx, systemScope, placementId);
    if (!p || p.status !== "active") return;
    const done = await trx.selectFrom("placement_checkins").select("id").where("placement_id", "=", p.id).where("week_start", "=", week).executeTakeFirst();
    if (done) return;
    const { host } = await partyEmails(trx, p);
    const offer = p.offer_id ? await findOffer(trx, p.offer_id) : undefined;
    await enqueueEmailInTheirLanguage(trx, {
      template: "placement-checkin-reminder",
      to: host,
      props: (lang) => ({ offerTitle: offer?.title ?? (lang === "en" ? "Work placement" : "Praktik"), week: formatDate(week, lang), url: companyUrl(p.id) }),
      dedupeKey: `placement-checkin-reminder:${p.id}:${week}`,
    });
  });
}

/** More weeks, with a reason on record; only where the target group allows an extension. */
export async function extendPlacement(staff: StaffUser, id: string, extraWeeks: number, reason: string): Promise<StepResult> {
  return db.transaction().execute(async (trx): Promise<StepResult> => {
    const p = await findPlacement(trx, staffScope(staff), id);
    if (!p) return { ok: false, error: "notFound" };
    if (p.status !== "approved" && p.status !== "active") return { ok: false, error: "illegalStep" };
    if (!p.target_group || !extendable[p.target_group]) return { ok: false, error: "notExtendable" };
    await trx
      .updateTable("placements")
      .set({ extra_weeks: p.extra_weeks + extraWeeks, updated_at: nowIso() })
      .where("id", "=", p.id)
      .execute();
    await insertEvent(trx, {
      placementId: p.id,
      from: p.status,
      to: p.status,
      kind: "extended",
      actorId: staff.id,
      actorName: staff.name,
      note: `+${extraWeeks} uger: ${reason}`,
    });
    await writeAudit(trx, {
      actor: userActor(staff),
      action: "placement.extended",
      entityType: "placement",
      entityId: p.id,
      caseId: p.case_id,
      companyId: p.company_id,
      meta: { extra_weeks: extraWeeks },
    });
    if (p.status === "active") await scheduleCheckinReminders(trx, { ...p, extra_weeks: p.extra_weeks + extraWeeks });
    if (p.case_id) await refreshCaseSteps(trx, p.case_id);
    return { ok: true };
  });
}

export type CheckinInput = { weekStart: string; attendance: "all" | "partly" | "none"; hours: number; how: "good" | "ok" | "difficult"; comment?: string };

export async function checkIn(user: EmployerUser, id: string, input: CheckinInput): Promise<StepResult> {
  return db.transaction().execute(async (trx): Promise<StepResult> => {
    const p = await findPlacement(trx, employerScope(user), id);
    if (!p) return { ok: false, error: "notFound" };
    if (!companyRoles(user, p).includes("host")) return { ok: false, error: "notYourStep" };
    if (p.status !== "active") return { ok: false, error: "illegalStep" };
    const monday = weekStart(input.weekStart);
    const last = endDate(p.start_date!, (p.weeks ?? 0) + p.extra_weeks);
    if (monday < weekStart(p.start_date!) || monday > last) return { ok: false, error: "outsidePeriod" };
    const exists = await trx.selectFrom("placement_checkins").select("id").where("placement_id", "=", p.id).where("week_start", "=", monday).executeTakeFirst();
    if (exists) return { ok: false, error: "duplicate" };
    await trx
      .insertInto("placement_checkins")
      .values({
        id: newId(),
        placement_id: p.id,
        week_start: monday,
        attendance: input.attendance,
        hours: input.hours,
        how: input.how,
        comment: input.comment ?? null,
        created_by: user.id,
        created_at: nowIso(),
      })
      .execute();
    await writeAudit(trx, {
      actor: userActor(user),
      action: "placement.checked_in",
      entityType: "placement",
      entityId: p.id,
      caseId: p.case_id,
      companyId: p.host_company_id,
      meta: { week: monday },
    });
    return { ok: true };
  });
}

export type EvaluationInput = { how: "good" | "ok" | "difficult"; outcome?: string; text: string };

/** The host's and the consultant's evaluation at the end (one each). */
export async function evaluatePlacement(actor: PlacementActor, id: string, input: EvaluationInput): Promise<StepResult> {
  return db.transaction().execute(async (trx): Promise<StepResult> => {
    const p = await findPlacement(trx, scopeOf(actor), id);
    if (!p) return { ok: false, error: "notFound" };
    const roles = rolesOf(actor, p);
    const party = roles.includes("consultant") ? "consultant" : roles.includes("host") ? "host" : null;
    if (!party) return { ok: false, error: "notYourStep" };
    if (p.status !== "active" && p.status !== "completed") return { ok: false, error: "illegalStep" };
    const result = await trx
      .insertInto("placement_evaluations")
      .values({
        id: newId(),
        placement_id: p.id,
        party,
        how: input.how,
        outcome: party === "consultant" ? (input.outcome ?? null) : null,
        text: input.text,
        created_by: actor.user.id,
        created_at: nowIso(),
      })
      .onConflict((oc) => oc.columns(["placement_id", "party"]).doNothing())
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0) === 0) return { ok: false, error: "duplicate" };
    await writeAudit(trx, {
      actor: userActor(actor.user),
      action: "placement.evaluated",
      entityType: "placement",
      entityId: p.id,
      caseId: p.case_id,
      companyId: p.company_id,
      meta: { party },
    });
    return { ok: true };
  });
}

/** Completed once the consultant has evaluated it. */
export function completePlacement(staff: StaffUser, id: string): Promise<StepResult> {
  return step({ kind: "consultant", user: staff }, id, "complete", null, async (trx, p) => {
    const evaluation = await trx
      .selectFrom("placement_evaluations")
      .select("id")
      .where("placement_id", "=", p.id)
      .where("party", "=", "consultant")
      .executeTakeFirst();
    if (!evaluation) return { ok: false, error: "needsEvaluation" };
    const { requester, host } = await partyEmails(trx, p);
    await tell(
      trx,
      [...new Set([...requester, ...host])],
      `placement-completed:${p.id}`,
      (lang) =>
        lang === "en"
          ? {
              heading: "The work placement is completed",
              text: "The work placement is completed. Thank you for the cooperation. The evaluation can be seen in Fasthold.",
            }
          : { heading: "Praktikken er afsluttet", text: "Virksomhedspraktikken er afsluttet. Tak for samarbejdet. Evalueringen kan ses i Fasthold." },
      companyUrl(p.id),
    );
  });
}

export function cancelPlacement(actor: PlacementActor, id: string, reason: string): Promise<StepResult> {
  return step(actor, id, "cancel", reason, async (trx, p) => {
    const { requester, host } = await partyEmails(trx, p);
    const to = actor.kind === "consultant" ? [...new Set([...requester, ...(p.host_company_id ? host : [])])] : await consultantEmails(trx, p);
    await tell(
      trx,
      to,
      `placement-cancelled:${p.id}`,
      (lang) =>
        lang === "en"
          ? { heading: "The work placement is cancelled", text: `The work placement is cancelled: ${reason}` }
          : { heading: "Praktikken er annulleret", text: `Virksomhedspraktikken er annulleret: ${reason}` },
      actor.kind === "consultant" ? companyUrl(p.id) : staffUrl(p.id),
    );
  });
}

// ---- Views ---------------------------------------------------------------------------------

/**
 * A placement as a company sees it. The host never sees the requesting
 * company's employee: no case, no CPR, no surname; the first name only once
 * the jobcenter has approved.
 */
export async function companyPlacementView(user: EmployerUser, id: string) {
  const p = await findPlacement(db, employerScope(user), id);
  if (!p) return null;
  const roles = companyRoles(user, p);
  const offer = p.offer_id ? await findOffer(db, p.offer_id) : undefined;
  const [events, checkins, evaluations] = await Promise.all([listEvents(db, p.id), listCheckins(db, p.id), listEvaluations(db, p.id)]);
  const isRequester = roles.includes("requester");
  const approvedOrLater = ["approved", "active", "completed"].includes(p.status);
  const person = isRequester
    ? (p.employee_name ?? p.candidate_name)
    : approvedOrLater
      ? (p.employee_name ?? p.candidate_name ?? "").split(" ")[0] || null
      : null;
  return {
    roles,
    placement: {
      id: p.id,
      purpose: p.purpose,
      status: p.status,
      wished_start: p.wished_start,
      wished_weeks: p.wished_weeks,
      wished_hours: p.wished_hours,
      wished_tasks: p.wished_tasks,
      target_group: p.target_group,
      start_date: p.start_date,
      weeks: p.weeks,
      extra_weeks: p.extra_weeks,
      hours: p.hours,
      end_date: p.start_date && p.weeks ? endDate(p.start_date, p.weeks + p.extra_weeks) : null,
      staff_rep_name: p.staff_rep_name,
      requested_at: p.requested_at,
      cpr_masked: isRequester ? p.cpr_masked : null,
      candidate_name: isRequester ? p.candidate_name : null,
    },
    person,
    offer: offer
      ? {
          id: offer.id,
          title: offer.title,
          company_name: offer.company_name,
          address: offer.address,
          postcode: offer.postcode,
          municipality: offer.municipality,
          contact_name: offer.contact_name,
          contact_phone: offer.contact_phone,
        }
      : null,
    events: events.map((e) => ({
      id: e.id,
      kind: e.kind,
      to_status: e.to_status,
      actor_name: e.actor_name,
      at: e.at,
      note: isRequester || e.kind === "extended" || e.kind === "approved" ? e.note : null,
    })),
    checkins,
    evaluations: evaluations.filter((e) => e.party === "host" || isRequester).map(({ outcome: _o, ...e }) => e),
  };
}

export async function staffPlacementView(staff: StaffUser, id: string) {
  const p = await db
    .selectFrom("placements")
    .innerJoin("companies as requester", "requester.id", "placements.company_id")
    .leftJoin("companies as host", "host.id", "placements.host_company_id")
    .selectAll("placements")
    .select(["requester.name as requester_name", "host.name as host_name"])
    .where("placements.id", "=", id)
    .where(placementsIn(staffScope(staff)))
    .executeTakeFirst();
  if (!p) return null;
  const offer = p.offer_id ? await findOffer(db, p.offer_id) : undefined;
  const [events, checkins, evaluations] = await Promise.all([listEvents(db, p.id), listCheckins(db, p.id), listEvaluations(db, p.id)]);
  const { cpr_encrypted: _c, ...rest } = p;
  return {
    placement: { ...rest, end_date: p.start_date && p.weeks ? endDate(p.start_date, p.weeks + p.extra_weeks) : null },
    offer: offer ?? null,
    events,
    checkins,
    evaluations,
    config: placementDurationConfig(),
  };
}

// ---- Figures for the team -------------------------------------------------------------------

export const MATCH_DAYS = 14;

/** Offers in the bank, active placements, completed per month, share of requests matched within 14 days. */
export async function placementFigures() {
  const at = now();
  const months = Array.from({ length: 6 }, (_, i) => {
    const d = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() - (5 - i), 1));
    return d.toISOString().slice(0, 7);
  });
  const within = MATCH_DAYS * 86_400_000;
  // A day before the first month's UTC start covers its Danish start; the events are bucketed by Danish date below.
  const since = new Date(Date.parse(`${months[0]}-01T00:00:00.000Z`) - 86_400_000).toISOString();
  const [counts, completed] = await Promise.all([placementCounts(db, at, within), completedSince(db, since)]);
  // Judged: matched already, or waiting longer than 14 days. Requests younger than that are still in time.
  return {
    offersActive: counts.offersActive,
    placesActive: counts.placesActive,
    activePlacements: counts.activePlacements,
    openPlacements: counts.openPlacements,
    completedPerMonth: months.map((m) => ({ month: m, count: completed.filter((c) => copenhagenDate(new Date(c.at)).startsWith(m)).length })),
    matchedWithin14: { judged: counts.judged, inTime: counts.inTime, share: counts.judged ? counts.inTime / counts.judged : null },
  };
}
