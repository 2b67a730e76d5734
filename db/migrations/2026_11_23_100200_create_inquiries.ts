import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("inquiries")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("company_id", "text", (c) => c.notNull().references("companies.id"))
    .addColumn("case_id", "text", (c) => c.references("absence_cases.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    // The company's own words, for inquiries that carry a message.
    .addColumn("message", "text")
    .addColumn("preferred_contact", "text")
    .addColumn("contact_name", "text")
    .addColumn("contact_email", "text")
    .addColumn("contact_phone", "text")
    // Null for a company without an account; it follows the inquiry through a secure link.
    .addColumn("created_by", "text", (c) => c.references("users.id"))
    .addColumn("guest_token_hash", "text", (c) => c.unique())
    .addColumn("received_at", "text", (c) => c.notNull())
    .addColumn("due_at", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("assigned_to", "text", (c) => c.references("users.id"))
    .addColumn("assigned_at", "text")
    .addColumn("first_answered_at", "text")
    .addColumn("first_answered_by", "text", (c) => c.references("users.id"))
    .addColumn("first_answer_kind", "text")
    .addColumn("closed_at", "text")
    .addColumn("closed_by", "text", (c) => c.references("users.id"))
    .execute();
  await db.schema.createIndex("inquiries_status_due_idx").on("inquiries").columns(["status", "due_at"]).execute();
  await db.schema.createIndex("inquiries_company_idx").on("inquiries").columns(["company_id", "received_at"]).execute();
  await db.schema.createIndex("inquiries_assignee_idx").on("inquiries").columns(["assigned_to", "status"]).execute();
  await db.schema.createIndex("inquiries_received_idx").on("inquiries").column("received_at").execute();
  await db.schema.createIndex("inquiries_case_idx").on("inquiries").column("case_id").execute();

  await db.schema
    .createTable("inquiry_messages")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("inquiry_id", "text", (c) => c.notNull().references("inquiries.id"))
    // reply and call are answers the company sees; note and handover are internal.
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("author_id", "text", (c) => c.references("users.id"))
    .addColumn("handed_to", "text", (c) => c.references("users.id"))
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("inquiry_messages_inquiry_idx").on("inquiry_messages").columns(["inquiry_id", "created_at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("inquiry_messages").execute();
  await db.schema.dropTable("inquiries").execute();
}
