import type { Kysely } from "kysely";

/** The desk's inquiry page finds the service request behind a `service` inquiry by its inquiry id. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex("service_requests_inquiry_idx").on("service_requests").column("inquiry_id").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex("service_requests_inquiry_idx").execute();
}
