import type { DB } from "~db/index";
import { emptyPlan } from "~/domain/planContent";
import { encryptCpr, hmac } from "~/utils/crypto.server";

/** What the removed texts say instead (the rows stay, for the figures). */
export const REMOVED = "[slettet]";
const removedCpr = "0000000000";

/** The suppression form of a newsletter address: the keyed hash only, so the address is not mailed again by an import. */
export function suppressionKey(email: string): string {
  return `suppressed:${hmac(email.trim().toLowerCase(), "newsletter-suppression")}`;
}

/**
 * Removes the personal data of one case and everything about the person on it:
 * name, CPR, email, the employer's contact, free texts of its Fast Track
 * request, inquiries and their messages, plan contents and comments, meeting
 * texts, and the employee's link and sessions. Counts, dates, statuses and
 * durations stay, so the reports keep their figures. Idempotent.
 */
export async function anonymiseCase(db: DB, caseId: string, at: string): Promise<void> {
  await db
    .updateTable("absence_cases")
    .set({
      employee_name: REMOVED,
      employee_email: "",
      cpr_encrypted: encryptCpr(removedCpr),
      cpr_masked: "xxxxxx-xxxx",
      cpr_hmac: `removed:${caseId}`,
      contact_name: REMOVED,
      contact_phone: "",
      contact_email: "",
      outcome_note: null,
      employee_token_hash: null,
      anonymised_at: at,
    })
    .where("id", "=", caseId)
    .execute();
  await db
    .updateTable("fast_track_requests")
    .set({
      affected_functions: null,
      affected_duration: null,
      work_adapted: null,
      employee_affected_functions: null,
      employee_affected_duration: null,
      employee_work_adapted: null,
      anonymised_at: at,
    })
    .where("case_id", "=", caseId)
    .execute();
  const inquiries = await db.selectFrom("inquiries").select("id").where("case_id", "=", caseId).execute();
  await anonymiseInquiries(
    db,
    inquiries.map((i) => i.id),
    at,
  );
  const plans = await db.selectFrom("retention_plans").select("id").where("case_id", "=", caseId).execute();
  const planIds = plans.map((p) => p.id);
  if (planIds.length > 0) {
    await db
      .updateTable("retention_plan_versions")
      .set({ content: JSON.stringify(emptyPlan()) })
      .where("plan_id", "in", planIds)
      .execute();
    await db
      .updateTable("retention_plan_versions")
      .set({ author_name: REMOVED })
      .where("plan_id", "in", planIds)
      .where("author_kind", "=", "employee")
      .execute();
    await db.updateTable("plan_comments").set({ body: REMOVED }).where("plan_id", "in", planIds).execute();
    await db.updateTable("plan_comments").set({ author_name: REMOVED }).where("plan_id", "in", planIds).where("author_kind", "=", "employee").execute();
    await db.updateTable("plan_approvals").set({ actor_name: REMOVED }).where("plan_id", "in", planIds).where("party", "=", "employee").execute();
  }
  await db
    .updateTable("meetings")
    .set({ summary: null, location: null, video_url: null, union_rep_name: null, cancel_reason: null })
    .where("case_id", "=", caseId)
    .execute();
  await db
    .updateTable("placements")
    .set({ employee_name: null, cpr_encrypted: null, cpr_masked: null, wished_tasks: REMOVED, staff_rep_name: null })
    .where("case_id", "=", caseId)
    .execute();
  // The employee's own ratings of their way back are about their health: gone, not kept anonymised.
  await db.deleteFrom("progression_ratings").where("case_id", "=", caseId).execute();
  await db.deleteFrom("progression_sharing").where("case_id", "=", caseId).execute();
  await db.deleteFrom("employee_sessions").where("case_id", "=", caseId).execute();
}

/** An inquiry's contact details, subject and messages; its times stay (the response-time figures). */
export async function anonymiseInquiries(db: DB, inquiryIds: string[], at: string): Promise<void> {
  if (inquiryIds.length === 0) return;
  await db
    .updateTable("inquiries")
    .set({ subject: REMOVED, message: null, contact_name: null, contact_email: null, contact_phone: null, guest_token_hash: null, anonymised_at: at })
    .where("id", "in", inquiryIds)
    .execute();
  await db.updateTable("inquiry_messages").set({ body: REMOVED }).where("inquiry_id", "in", inquiryIds).execute();
}

const BATCH = 200;

/** Closed cases whose closing day is on or before `lastDay` (YYYY-MM-DD) and still hold personal data. */
export async function closedCasesDue(db: DB, lastDay: string): Promise<string[]> {
  const rows = await db
    .selectFrom("absence_cases")
    .select("id")
    .where("status", "=", "closed")
    .where("closed_on", "<=", lastDay)
    .where("anonymised_at", "is", null)
    .limit(BATCH)
    .execute();
  return rows.map((r) => r.id);
}

/** Declined or expired Fast Track requests answered (or run out) before `before`, with their texts still there. */
export async function declinedRequestsDue(db: DB, before: string) {
  return db
    .selectFrom("fast_track_requests")
    .select(["id", "case_id"])
    .where("consent_status", "in", ["declined", "expired"])
    .where((eb) =>
      eb.or([
        eb.and([eb("consent_answered_at", "is not", null), eb("consent_answered_at", "<", before)]),
        eb.and([eb("consent_answered_at", "is", null), eb("consent_deadline", "<", before)]),
      ]),
    )
    .where("anonymised_at", "is", null)
    .limit(BATCH)
    .execute();
}

export async function caseHasPlan(db: DB, caseId: string): Promise<boolean> {
  return Boolean(await db.selectFrom("retention_plans").select("id").where("case_id", "=", caseId).executeTakeFirst());
}

export async function clearRequestTexts(db: DB, requestId: string, at: string): Promise<void> {
  await db
    .updateTable("fast_track_requests")
    .set({
      affected_functions: null,
      affected_duration: null,
      work_adapted: null,
      employee_affected_functions: null,
      employee_affected_duration: null,
      employee_work_adapted: null,
      anonymised_at: at,
    })
    .where("id", "=", requestId)
    .execute();
}

/** Guests' (no account) inquiries closed before `before`, not yet anonymised. */
export async function guestInquiriesDue(db: DB, before: string): Promise<string[]> {
  const rows = await db
    .selectFrom("inquiries")
    .select("id")
    .where("created_by", "is", null)
    .where("status", "=", "closed")
    .where("closed_at", "<", before)
    .where("anonymised_at", "is", null)
    .limit(BATCH)
    .execute();
  return rows.map((r) => r.id);
}

/** Subscribers who left before `before`, reduced to the suppression hash of their address. */
export async function reduceUnsubscribed(db: DB, before: string, at: string): Promise<number> {
  const rows = await db
    .selectFrom("subscribers")
    .select(["id", "email"])
    .where("status", "=", "unsubscribed")
    .where("unsubscribed_at", "<", before)
    .where("email", "not like", "suppressed:%")
    .limit(BATCH)
    .execute();
  for (const r of rows) {
    const hashed = suppressionKey(r.email);
    // Already suppressed once (they came back and left again): the older row holds the hash itself.
    const key = (await db.selectFrom("subscribers").select("id").where("email", "=", hashed).executeTakeFirst()) ? `${hashed}:${r.id}` : hashed;
    await db.updateTable("newsletter_deliveries").set({ email: hashed }).where("subscriber_id", "=", r.id).execute();
    await db
      .updateTable("subscribers")
      .set({ email: key, name: "", company: null, cvr: null, consent_source: null, confirm_token_hash: null, user_id: null, updated_at: at })
      .where("id", "=", r.id)
      .execute();
  }
  return rows.length;
}
