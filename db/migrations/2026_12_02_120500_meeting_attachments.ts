import type { Kysely } from "kysely";

/** The demo mailbox keeps an email's attachments (the meetings' .ics invitations), so they can be downloaded. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("dev_mailbox").addColumn("attachments", "text").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("dev_mailbox").dropColumn("attachments").execute();
}
