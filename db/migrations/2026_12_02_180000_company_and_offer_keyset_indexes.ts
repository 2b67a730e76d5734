import { sql, type Kysely } from "kysely";

/**
 * Indexes for the last lists paginated (issue 14): the jobcenter's companies, in two sections
 * (awaiting approval, approved), each newest first; the praktik bank's active offers, newest first;
 * and a company's own offers, newest first.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // /jobcenter/virksomheder: each section reads its own partial index in (created_at, id) order.
  await db.schema
    .createIndex("companies_pending_created_id_idx")
    .on("companies")
    .columns(["created_at", "id"])
    .where(sql.ref("verified_at"), "is", null)
    .execute();
  await db.schema
    .createIndex("companies_verified_created_id_idx")
    .on("companies")
    .columns(["created_at", "id"])
    .where(sql.ref("verified_at"), "is not", null)
    .execute();
  // /jobcenter/praktik/bank (and a request's search for an offer): active offers, newest first.
  await db.schema.createIndex("placement_offers_status_created_id_idx").on("placement_offers").columns(["status", "created_at", "id"]).execute();
  // /virksomhed/praktik: the company's own offers, newest first (its prefix replaces the company_id index).
  await db.schema.createIndex("placement_offers_company_created_id_idx").on("placement_offers").columns(["company_id", "created_at", "id"]).execute();
  await db.schema.dropIndex("placement_offers_company_idx").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex("placement_offers_company_idx").on("placement_offers").column("company_id").execute();
  for (const name of [
    "placement_offers_company_created_id_idx",
    "placement_offers_status_created_id_idx",
    "companies_verified_created_id_idx",
    "companies_pending_created_id_idx",
  ])
    await db.schema.dropIndex(name).execute();
}
