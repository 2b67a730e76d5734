import type { DB } from "~db/index";
import type { InquiryKind } from "~db/schema";
import { now, nowIso } from "~/utils/clock";
import { newId } from "~/utils/crypto.server";
import { inquiryDueAt } from "~/utils/deadlines";
import { env } from "~/utils/env.server";

export async function createInquiry(
  db: DB,
  input: { companyId: string; caseId?: string | null; kind: InquiryKind; subject: string; createdBy: string },
) {
  const receivedAt = now();
  const row = {
    id: newId(),
    company_id: input.companyId,
    case_id: input.caseId ?? null,
    kind: input.kind,
    subject: input.subject,
    created_by: input.createdBy,
    received_at: receivedAt.toISOString(),
    due_at: inquiryDueAt(receivedAt, env().INQUIRY_RESPONSE_HOURS).toISOString(),
    status: "open" as const,
    assigned_to: null,
    assigned_at: null,
    first_answered_at: null,
    closed_at: null,
  };
  await db.insertInto("inquiries").values(row).execute();
  return row;
}

const listColumns = [
  "inquiries.id",
  "inquiries.kind",
  "inquiries.subject",
  "inquiries.status",
  "inquiries.received_at",
  "inquiries.due_at",
  "inquiries.first_answered_at",
  "inquiries.assigned_to",
  "inquiries.case_id",
  "companies.name as company_name",
  "assignee.name as assignee_name",
] as const;

/** The consultants' inbox: unanswered inquiries, most urgent first. */
export async function listOpenInquiries(db: DB) {
  return db
    .selectFrom("inquiries")
    .innerJoin("companies", "companies.id", "inquiries.company_id")
    .leftJoin("users as assignee", "assignee.id", "inquiries.assigned_to")
    .select(listColumns)
    .where("inquiries.status", "=", "open")
    .orderBy("inquiries.due_at", "asc")
    .execute();
}

export async function listRecentlyAnsweredInquiries(db: DB, limit = 20) {
  return db
    .selectFrom("inquiries")
    .innerJoin("companies", "companies.id", "inquiries.company_id")
    .leftJoin("users as assignee", "assignee.id", "inquiries.assigned_to")
    .select(listColumns)
    .where("inquiries.status", "!=", "open")
    .orderBy("inquiries.first_answered_at", "desc")
    .limit(limit)
    .execute();
}

export async function findInquiryForStaff(db: DB, id: string) {
  return db
    .selectFrom("inquiries")
    .innerJoin("companies", "companies.id", "inquiries.company_id")
    .leftJoin("users as assignee", "assignee.id", "inquiries.assigned_to")
    .innerJoin("users as creator", "creator.id", "inquiries.created_by")
    .selectAll("inquiries")
    .select([
      "companies.name as company_name",
      "companies.cvr as company_cvr",
      "companies.verified_at as company_verified_at",
      "assignee.name as assignee_name",
      "creator.name as creator_name",
      "creator.email as creator_email",
      "creator.phone as creator_phone",
    ])
    .where("inquiries.id", "=", id)
    .executeTakeFirst();
}

export async function findInquiriesForCase(db: DB, caseId: string) {
  return db.selectFrom("inquiries").selectAll().where("case_id", "=", caseId).orderBy("received_at", "asc").execute();
}

export async function listMessages(db: DB, inquiryIds: string[]) {
  if (inquiryIds.length === 0) return [];
  return db
    .selectFrom("inquiry_messages")
    .innerJoin("users as author", "author.id", "inquiry_messages.author_id")
    .select([
      "inquiry_messages.id",
      "inquiry_messages.inquiry_id",
      "inquiry_messages.kind",
      "inquiry_messages.body",
      "inquiry_messages.created_at",
      "author.name as author_name",
      "author.role as author_role",
    ])
    .where("inquiry_messages.inquiry_id", "in", inquiryIds)
    .orderBy("inquiry_messages.created_at", "asc")
    .execute();
}

export async function assignInquiry(db: DB, id: string, staffId: string): Promise<void> {
  await db.updateTable("inquiries").set({ assigned_to: staffId, assigned_at: nowIso() }).where("id", "=", id).execute();
}

export async function addReply(db: DB, inquiryId: string, authorId: string, body: string) {
  const row = { id: newId(), inquiry_id: inquiryId, author_id: authorId, kind: "reply" as const, body, created_at: nowIso() };
  await db.insertInto("inquiry_messages").values(row).execute();
  return row;
}
