import { db, type DB } from "~db/index";
import type { InquiryKind, PreferredContact } from "~db/schema";
import { writeAudit, systemActor, userActor, type Actor } from "~/models/audit.server";
import { createCompany, findCompany, findCompanyByCvr } from "~/models/company.server";
import { addMessage, assignInquiry, findInquiryForStaff, insertInquiry, isAway, routeInquiry, type NewInquiry } from "~/models/inquiry.server";
import { cancelPendingJobs, enqueueJob } from "~/models/job.server";
import { setCaseConsultant } from "~/models/followUp.server";
import { CODE_TTL_MINUTES, consumeCode, issueCode } from "~/models/oneTimeCode.server";
import { findContactConsultant, findStaff, listStaff, type EmployerUser, type StaffUser } from "~/models/user.server";
import { nowIso } from "~/utils/clock";
import { hmac, sha256 } from "~/utils/crypto.server";
import { formatDateTime, formatDuration, type Lang } from "~/utils/dates";
import { env } from "~/utils/env.server";
import { allowCodeAttempt, allowCodeRequest } from "./auth.server";
import { employeeLink } from "./employeeAccess.server";
import { enqueueEmail, enqueueEmailInTheirLanguage } from "./outbox.server";

export const REMINDER_BEFORE_MS = 4 * 3_600_000;

const url = (path: string) => `${env().APP_URL}${path}`;
const staffUrl = (id: string) => url(`/jobcenter/henvendelser/${id}`);
const kindLabels: Record<Lang, Record<InquiryKind, string>> = {
  da: {
    fast_track: "Fast Track-anmodning",
    general: "Henvendelse",
    plan_comment: "Kommentar til fastholdelsesplan",
    placement: "Anmodning om virksomhedspraktik",
    service: "Anmodning om et af jobcentrets tilbud",
  },
  en: {
    fast_track: "Fast Track request",
    general: "Inquiry",
    plan_comment: "Comment on a retention plan",
    placement: "Request for a work placement",
    service: "Request for one of the jobcentre's services",
  },
};

/** Reminder and escalation jobs of an inquiry, by dedupe key: cancelled when it is answered. */
const clockJobKeys = (inquiryId: string) => [`inquiry:reminder:${inquiryId}`, `inquiry:escalation:${inquiryId}`];

/** The secure link of a company without an account: derived from the id, so it can be mailed again. */
export function guestToken(inquiryId: string): string {
  return hmac(inquiryId, "guest-inquiry");
}

/** Consultants who can take work today; all consultants if everyone is away. */
async function theTeam(trx: DB) {
  const consultants = await listStaff(trx, ["consultant"]);
  const present = consultants.filter((c) => !isAway(c));
  return present.length ? present : consultants;
}

/**
 * Puts an inquiry on the desk with the 24-hour clock: routed to the company's
 * contact consultant (or the team), audited, announced, with its reminder and
 * escalation scheduled. Call inside the transaction that creates what it is about.
 */
export async function openInquiry(trx: DB, input: NewInquiry, opts: { actor: Actor; extra?: (lang: Lang) => string }) {
  const assignee = await routeInquiry(trx, input.companyId);
  const inquiry = await insertInquiry(trx, input, assignee);
  const company = await findCompany(trx, input.companyId);
  await writeAudit(trx, {
    actor: opts.actor,
    action: "inquiry.created",
    entityType: "inquiry",
    entityId: inquiry.id,
    companyId: input.companyId,
    caseId: input.caseId,
    meta: { kind: input.kind, case_id: input.caseId ?? null, assigned_to: assignee },
  });

  const recipients = assignee ? [await findStaff(trx, assignee)] : await theTeam(trx);
  for (const r of recipients) {
    if (!r) continue;
    await enqueueEmailInTheirLanguage(trx, {
      template: "inquiry-new",
      to: r.email,
      props: (lang) => ({
        companyName: company?.name ?? "",
        kindLabel: kindLabels[lang][input.kind],
        subject: input.subject,
        answerBy: formatDateTime(inquiry.due_at, lang),
        toTeam: !assignee,
        extra: opts.extra?.(lang),
        inquiryUrl: staffUrl(inquiry.id),
      }),
      dedupeKey: `inquiry-new:${inquiry.id}:${r.id}`,
    });
  }
  await scheduleInquiryClock(trx, inquiry);
  return inquiry;
}

/** The reminder 4 hours before the deadline and the escalation at it, as durable jobs. */
export async function scheduleInquiryClock(trx: DB, inquiry: { id: string; received_at: string; due_at: string }) {
  const [reminderKey, escalationKey] = clockJobKeys(inquiry.id);
  const due = Date.parse(inquiry.due_at);
  await enqueueJob(trx, {
    kind: "inquiry.reminder",
    payload: { inquiryId: inquiry.id },
    dedupeKey: reminderKey,
    runAt: new Date(Math.max(Date.parse(inquiry.received_at), due - REMINDER_BEFORE_MS)),
  });
  await enqueueJob(trx, { kind: "inquiry.escalation", payload: { inquiryId: inquiry.id }, dedupeKey: escalationKey, runAt: new Date(due) });
}

// ---- Company contacts -------------------------------------------------------------

export type GeneralInquiryInput = {
  subject: string;
  message: string;
  preferredContact: PreferredContact;
  contactName: string;
  contactEmail: string;
  contactPhone?: string;
};

/** "Kontakt jobcentret" from a signed-in employer. */
export async function submitGeneralInquiry(user: EmployerUser, input: GeneralInquiryInput) {
  return db.transaction().execute(async (trx) => {
    const inquiry = await openInquiry(
      trx,
      {
        companyId: user.companyId,
        kind: "general",
        subject: input.subject,
        message: input.message,
        preferredContact: input.preferredContact,
        contactName: input.contactName,
        contactEmail: input.contactEmail,
        contactPhone: input.contactPhone ?? null,
        createdBy: user.id,
      },
      { actor: userActor(user) },
    );
    await sendReceipt(trx, inquiry, url(`/virksomhed/henvendelser/${inquiry.id}`), [user.email, input.contactEmail]);
    return inquiry;
  });
}

export async function sendReceipt(trx: DB, inquiry: { id: string; company_id: string; subject: string; due_at: string }, link: string, to: string[]) {
  const contact = await findContactConsultant(trx, inquiry.company_id);
  await enqueueEmailInTheirLanguage(trx, {
    template: "inquiry-received",
    to,
    props: (lang) => ({ subject: inquiry.subject, answerBy: formatDateTime(inquiry.due_at, lang), contactName: contact?.name ?? null, url: link }),
    dedupeKey: `inquiry-received:${inquiry.id}`,
  });
}

export type GuestDraft = GeneralInquiryInput & { cvr: string; companyName: string };

/**
 * A company without an account writes to the jobcenter: nothing reaches the
 * desk until the address is confirmed with the emailed code.
 */
export async function requestGuestInquiry(draft: GuestDraft, ip: string, lang: Lang = "da"): Promise<{ ok: true } | { ok: false; error: "rateLimited" }> {
  return db.transaction().execute(async (trx) => {
    if (!(await allowCodeRequest(trx, draft.contactEmail, ip))) return { ok: false, error: "rateLimited" } as const;
    const { id, code } = await issueCode(trx, { email: draft.contactEmail, purpose: "guest_inquiry", payload: draft });
    await enqueueEmail(trx, {
      template: "guest-code",
      to: draft.contactEmail,
      props: { code, minutes: CODE_TTL_MINUTES },
      dedupeKey: `guest-code:${id}`,
      lang,
    });
    return { ok: true } as const;
  });
}

export type GuestConfirmResult = { ok: true; token: string } | { ok: false; error: "rateLimited" | "codeInvalid" | "tooManyAttempts" };

export async function confirmGuestInquiry(email: string, code: string, ip: string): Promise<GuestConfirmResult> {
  return db.transaction().execute(async (trx): Promise<GuestConfirmResult> => {
    if (!(await allowCodeAttempt(trx, email, ip))) return { ok: false, error: "rateLimited" };
    const check = await consumeCode(trx, { email, purpose: "guest_inquiry", code });
    if (!check.ok) return check;
    const draft = check.payload as GuestDraft;
    // A company known by its CVR keeps its record; an unknown one gets an unverified record without users.
    const company = (await findCompanyByCvr(trx, draft.cvr)) ?? (await createCompany(trx, { cvr: draft.cvr, name: draft.companyName }, null));
    const actor: Actor = { kind: "system", id: null };
    const inquiry = await openInquiry(
      trx,
      {
        companyId: company.id,
        kind: "general",
        subject: draft.subject,
        message: draft.message,
        preferredContact: draft.preferredContact,
        contactName: draft.contactName,
        contactEmail: draft.contactEmail,
        contactPhone: draft.contactPhone ?? null,
        createdBy: null,
        guestTokenHash: null,
      },
      { actor },
    );
    const token = guestToken(inquiry.id);
    await trx
      .updateTable("inquiries")
      .set({ guest_token_hash: sha256(token) })
      .where("id", "=", inquiry.id)
      .execute();
    await sendReceipt(trx, inquiry, url(`/henvendelse/${token}`), [draft.contactEmail]);
    return { ok: true, token };
  });
}

// ---- The consultant's side --------------------------------------------------------

export type DeskResult = { ok: true } | { ok: false; error: "notFound" | "closed" | "unknownConsultant" };

type StaffInquiry = NonNullable<Awaited<ReturnType<typeof findInquiryForStaff>>>;

async function withInquiry(
  staff: StaffUser,
  inquiryId: string,
  work: (trx: DB, inquiry: StaffInquiry, audit: (action: string, meta?: Record<string, string | null>) => Promise<void>) => Promise<DeskResult | void>,
): Promise<DeskResult> {
  return db.transaction().execute(async (trx): Promise<DeskResult> => {
    const inquiry = await findInquiryForStaff(trx, inquiryId);
    if (!inquiry) return { ok: false, error: "notFound" };
    if (inquiry.status === "closed") return { ok: false, error: "closed" };
    const audit = (action: string, meta?: Record<string, string | null>) =>
      writeAudit(trx, {
        actor: userActor(staff),
        action,
        entityType: "inquiry",
        entityId: inquiry.id,
        companyId: inquiry.company_id,
        caseId: inquiry.case_id,
        meta,
      });
    return (await work(trx, inquiry, audit)) ?? { ok: true };
  });
}

/** A consultant takes an inquiry: it is theirs to answer. */
export function takeInquiry(staff: StaffUser, inquiryId: string): Promise<DeskResult> {
  return withInquiry(staff, inquiryId, async (trx, inquiry, audit) => {
    await assignInquiry(trx, inquiry.id, staff.id);
    // Taking a Fast Track request is taking its case: the consultant follows it (the worklist's "mine").
    if (inquiry.kind === "fast_track" && inquiry.case_id) await setCaseConsultant(trx, inquiry.case_id, staff.id);
    await audit("inquiry.taken", { previous_assignee: inquiry.assigned_to });
  });
}

/** Hands an inquiry to a colleague with an internal note; the colleague is told by email. */
export function handOverInquiry(staff: StaffUser, inquiryId: string, toId: string, note: string): Promise<DeskResult> {
  return withInquiry(staff, inquiryId, async (trx, inquiry, audit) => {
    const to = await findStaff(trx, toId);
    if (!to) return { ok: false, error: "unknownConsultant" };
    await assignInquiry(trx, inquiry.id, to.id);
    if (inquiry.kind === "fast_track" && inquiry.case_id) await setCaseConsultant(trx, inquiry.case_id, to.id);
    const message = await addMessage(trx, { inquiryId: inquiry.id, kind: "handover", authorId: staff.id, body: note, handedTo: to.id });
    await audit("inquiry.handed_over", { from: inquiry.assigned_to, to: to.id });
    if (to.id !== staff.id) {
      await enqueueEmailInTheirLanguage(trx, {
        template: "inquiry-handover",
        to: to.email,
        props: (lang) => ({
          fromName: staff.name,
          companyName: inquiry.company_name,
          subject: inquiry.subject,
          note,
          answerBy: formatDateTime(inquiry.due_at, lang),
          inquiryUrl: staffUrl(inquiry.id),
        }),
        dedupeKey: `inquiry-handover:${message.id}`,
      });
    }
  });
}

/** A note for colleagues; the company never sees it. */
export function addInternalNote(staff: StaffUser, inquiryId: string, body: string): Promise<DeskResult> {
  return withInquiry(staff, inquiryId, async (trx, inquiry, audit) => {
    await addMessage(trx, { inquiryId: inquiry.id, kind: "note", authorId: staff.id, body });
    await audit("inquiry.note_added");
  });
}

/**
 * An answer to the company: a message (emailed and shown) or a logged phone
 * call (shown). The first answer stops the clock and cancels the reminder and
 * the escalation.
 */
export function answerInquiry(staff: StaffUser, inquiryId: string, kind: "reply" | "call", body: string): Promise<DeskResult> {
  return withInquiry(staff, inquiryId, async (trx, inquiry, audit) => {
    const message = await addMessage(trx, { inquiryId: inquiry.id, kind, authorId: staff.id, body });
    const first = !inquiry.first_answered_at;
    await trx
      .updateTable("inquiries")
      .set({
        status: "answered",
        ...(first ? { first_answered_at: message.created_at, first_answered_by: staff.id, first_answer_kind: kind } : {}),
        assigned_to: inquiry.assigned_to ?? staff.id,
        assigned_at: inquiry.assigned_at ?? message.created_at,
      })
      .where("id", "=", inquiry.id)
      .execute();
    if (first) await cancelPendingJobs(trx, clockJobKeys(inquiry.id));
    // Whoever answers a Fast Track request follows its case, unless a consultant already does.
    if (inquiry.kind === "fast_track" && inquiry.case_id) await setCaseConsultant(trx, inquiry.case_id, inquiry.assigned_to ?? staff.id, { onlyIfUnset: true });
    await audit(kind === "reply" ? "inquiry.replied" : "inquiry.call_logged", { message_id: message.id, first_answer: String(first) });
    if (kind === "reply") await emailReply(trx, inquiry, staff, message);
  });
}

/**
 * The answer by email. What the employee wrote goes back to the employee only;
 * a company's inquiry goes to whoever wrote it and its contact person.
 */
async function emailReply(trx: DB, inquiry: StaffInquiry, staff: StaffUser, message: { id: string; body: string; created_at: string }) {
  const recipients: string[] = [];
  let link: string;
  if (inquiry.from_employee && inquiry.case_id) {
    if (inquiry.contact_email) recipients.push(inquiry.contact_email);
    link = await employeeLink(trx, inquiry.case_id);
  } else {
    recipients.push(...[inquiry.creator_email, inquiry.contact_email].filter((a): a is string => Boolean(a)));
    if (inquiry.kind === "fast_track" && inquiry.case_id) {
      const c = await trx.selectFrom("absence_cases").select("contact_email").where("id", "=", inquiry.case_id).executeTakeFirst();
      if (c) recipients.push(c.contact_email);
    }
    link = inquiry.guest_token_hash
      ? url(`/henvendelse/${guestToken(inquiry.id)}`)
      : inquiry.case_id && inquiry.kind === "fast_track"
        ? url(`/virksomhed/sager/${inquiry.case_id}`)
        : url(`/virksomhed/henvendelser/${inquiry.id}`);
  }
  if (recipients.length === 0) return;
  // Each address in its user's language; the employee (no user) and guests in Danish.
  await enqueueEmailInTheirLanguage(trx, {
    template: "inquiry-reply",
    to: recipients,
    props: (lang) => ({
      subject: inquiry.subject,
      consultantName: staff.name,
      body: message.body,
      answeredAfter: formatDuration(Date.parse(message.created_at) - Date.parse(inquiry.received_at), lang),
      url: link,
    }),
    dedupeKey: `inquiry-reply:${message.id}`,
  });
}

/** Done: nothing more to do. An unanswered inquiry cannot be closed (answer it, or log the call). */
export function closeInquiry(staff: StaffUser, inquiryId: string): Promise<DeskResult | { ok: false; error: "unanswered" }> {
  return db.transaction().execute(async (trx) => {
    const inquiry = await findInquiryForStaff(trx, inquiryId);
    if (!inquiry) return { ok: false, error: "notFound" } as const;
    if (inquiry.status === "closed") return { ok: false, error: "closed" } as const;
    if (!inquiry.first_answered_at) return { ok: false, error: "unanswered" } as const;
    await trx.updateTable("inquiries").set({ status: "closed", closed_at: nowIso(), closed_by: staff.id }).where("id", "=", inquiry.id).execute();
    await writeAudit(trx, {
      actor: userActor(staff),
      action: "inquiry.closed",
      entityType: "inquiry",
      entityId: inquiry.id,
      companyId: inquiry.company_id,
      caseId: inquiry.case_id,
    });
    return { ok: true } as const;
  });
}

// ---- The clock's jobs -----------------------------------------------------------------

/** 4 hours before the deadline: to the assignee, or the team when nobody has it (or the assignee is away). */
export async function inquiryReminderJob(inquiryId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const inquiry = await findInquiryForStaff(trx, inquiryId);
    if (!inquiry || inquiry.first_answered_at || inquiry.status !== "open") return;
    const assignee = inquiry.assigned_to ? await findStaff(trx, inquiry.assigned_to) : undefined;
    const toTeam = !assignee || isAway(assignee);
    const recipients = toTeam ? await theTeam(trx) : [assignee];
    for (const r of recipients) {
      await enqueueEmailInTheirLanguage(trx, {
        template: "inquiry-reminder",
        to: r.email,
        props: (lang) => ({
          companyName: inquiry.company_name,
          subject: inquiry.subject,
          answerBy: formatDateTime(inquiry.due_at, lang),
          toTeam,
          inquiryUrl: staffUrl(inquiry.id),
        }),
        dedupeKey: `inquiry-reminder:${inquiry.id}:${r.id}`,
      });
    }
    await writeAudit(trx, { actor: systemActor, action: "inquiry.reminded", entityType: "inquiry", entityId: inquiry.id, companyId: inquiry.company_id });
  });
}

/** At the deadline, still unanswered: the team leads hear of it. */
export async function inquiryEscalationJob(inquiryId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const inquiry = await findInquiryForStaff(trx, inquiryId);
    if (!inquiry || inquiry.first_answered_at || inquiry.status !== "open") return;
    for (const lead of await listStaff(trx, ["team_lead"])) {
      await enqueueEmailInTheirLanguage(trx, {
        template: "inquiry-escalation",
        to: lead.email,
        props: (lang) => ({
          companyName: inquiry.company_name,
          subject: inquiry.subject,
          dueAt: formatDateTime(inquiry.due_at, lang),
          assigneeName: inquiry.assignee_name,
          inquiryUrl: staffUrl(inquiry.id),
        }),
        dedupeKey: `inquiry-escalation:${inquiry.id}:${lead.id}`,
      });
    }
    await writeAudit(trx, { actor: systemActor, action: "inquiry.escalated", entityType: "inquiry", entityId: inquiry.id, companyId: inquiry.company_id });
  });
}
