import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("inquiries")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("company_id", "text", (c) => c.notNull().references("companies.id"))
    .addColumn("case_id", "text", (c) => c.references("absence_cases.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("received_at", "text", (c) => c.notNull())
    .addColumn("due_at", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("assigned_to", "text", (c) => c.references("users.id"))
    .addColumn("assigned_at", "text")
    .addColumn("first_answered_at", "text")
    .addColumn("closed_at", "text")
    .execute();
  await db.schema.createIndex("inquiries_status_due_idx").on("inquiries").columns(["status", "due_at"]).execute();
  await db.schema.createIndex("inquiries_company_idx").on("inquiries").columns(["company_id", "received_at"]).execute();
  await db.schema.createIndex("inquiries_case_idx").on("inquiries").column("case_id").execute();

  await db.schema
    .createTable("inquiry_messages")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("inquiry_id", "text", (c) => c.notNull().references("inquiries.id"))
    .addColumn("author_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("inquiry_messages_inquiry_idx").on("inquiry_messages").columns(["inquiry_id", "created_at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("inquiry_messages").execute();
  await db.schema.dropTable("inquiries").execute();
}
