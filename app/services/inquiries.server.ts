import { db } from "~db/index";
import { writeAudit, userActor } from "~/models/audit.server";
import { addReply, assignInquiry, findInquiryForStaff } from "~/models/inquiry.server";
import type { StaffUser } from "~/models/user.server";
import { nowIso } from "~/utils/clock";
import { formatDuration } from "~/utils/dates";
import { env } from "~/utils/env.server";
import { enqueueEmail } from "./outbox.server";

export type InquiryActionResult = { ok: true } | { ok: false; error: "notFound" | "closed" };

/** A consultant takes an inquiry: it is theirs to answer. */
export async function takeInquiry(staff: StaffUser, inquiryId: string): Promise<InquiryActionResult> {
  return db.transaction().execute(async (trx): Promise<InquiryActionResult> => {
    const inquiry = await findInquiryForStaff(trx, inquiryId);
    if (!inquiry) return { ok: false, error: "notFound" };
    if (inquiry.status === "closed") return { ok: false, error: "closed" };
    await assignInquiry(trx, inquiry.id, staff.id);
    await writeAudit(trx, {
      actor: userActor(staff),
      action: "inquiry.taken",
      entityType: "inquiry",
      entityId: inquiry.id,
      companyId: inquiry.company_id,
      meta: { previous_assignee: inquiry.assigned_to },
    });
    return { ok: true };
  });
}

/**
 * A reply to the company: stored, shown on the company's page and emailed.
 * The first reply stops the 24-hour clock.
 */
export async function replyToInquiry(staff: StaffUser, inquiryId: string, body: string): Promise<InquiryActionResult> {
  return db.transaction().execute(async (trx): Promise<InquiryActionResult> => {
    const inquiry = await findInquiryForStaff(trx, inquiryId);
    if (!inquiry) return { ok: false, error: "notFound" };
    if (inquiry.status === "closed") return { ok: false, error: "closed" };
    const message = await addReply(trx, inquiry.id, staff.id, body);
    const firstAnsweredAt = inquiry.first_answered_at ?? message.created_at;
    await trx
      .updateTable("inquiries")
      .set({
        status: "answered",
        first_answered_at: firstAnsweredAt,
        assigned_to: inquiry.assigned_to ?? staff.id,
        assigned_at: inquiry.assigned_at ?? nowIso(),
      })
      .where("id", "=", inquiry.id)
      .execute();
    await writeAudit(trx, {
      actor: userActor(staff),
      action: "inquiry.replied",
      entityType: "inquiry",
      entityId: inquiry.id,
      companyId: inquiry.company_id,
      meta: { message_id: message.id, first_answer: !inquiry.first_answered_at },
    });

    const recipients = [inquiry.creator_email];
    if (inquiry.case_id) {
      const c = await trx.selectFrom("absence_cases").select("contact_email").where("id", "=", inquiry.case_id).executeTakeFirst();
      if (c) recipients.push(c.contact_email);
    }
    const path = inquiry.case_id ? `/virksomhed/sager/${inquiry.case_id}` : `/virksomhed`;
    await enqueueEmail(trx, {
      template: "inquiry-reply",
      to: recipients,
      props: {
        subject: inquiry.subject,
        consultantName: staff.name,
        body,
        answeredAfter: formatDuration(Date.parse(message.created_at) - Date.parse(inquiry.received_at), "da"),
        url: `${env().APP_URL}${path}`,
      },
      dedupeKey: `inquiry-reply:${message.id}`,
    });
    return { ok: true };
  });
}
