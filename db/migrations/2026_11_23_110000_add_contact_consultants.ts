import type { Kysely } from "kysely";

/** Each company's named contact at the jobcenter, and consultants' absences. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("companies")
    .addColumn("contact_consultant_id", "text", (c) => c.references("users.id"))
    .execute();
  // The last day a consultant is away (inclusive); new inquiries go to the team meanwhile.
  await db.schema.alterTable("users").addColumn("away_until", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("users").dropColumn("away_until").execute();
  await db.schema.alterTable("companies").dropColumn("contact_consultant_id").execute();
}
