import type { Kysely } from "kysely";

/** Virksomhedspraktik: the placement bank (praktikpladsbank), requests and placements, check-ins and evaluations. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("placement_offers")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("company_id", "text", (c) => c.notNull().references("companies.id"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("tasks", "text", (c) => c.notNull())
    .addColumn("industry", "text", (c) => c.notNull())
    .addColumn("address", "text", (c) => c.notNull())
    .addColumn("postcode", "text", (c) => c.notNull())
    .addColumn("municipality", "text", (c) => c.notNull())
    .addColumn("hours_min", "real", (c) => c.notNull())
    .addColumn("hours_max", "real", (c) => c.notNull())
    .addColumn("available_from", "text", (c) => c.notNull())
    .addColumn("max_weeks", "integer", (c) => c.notNull())
    // JSON array of accommodation keys the workplace can offer
    .addColumn("accommodations", "text", (c) => c.notNull())
    .addColumn("contact_name", "text", (c) => c.notNull())
    .addColumn("contact_phone", "text", (c) => c.notNull())
    .addColumn("contact_email", "text", (c) => c.notNull())
    .addColumn("places", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("placement_offers_search_idx").on("placement_offers").columns(["status", "industry", "municipality"]).execute();
  await db.schema.createIndex("placement_offers_company_idx").on("placement_offers").column("company_id").execute();

  await db.schema
    .createTable("placements")
    .addColumn("id", "text", (c) => c.primaryKey())
    // The company that asked, and what for
    .addColumn("company_id", "text", (c) => c.notNull().references("companies.id"))
    .addColumn("purpose", "text", (c) => c.notNull())
    .addColumn("case_id", "text", (c) => c.references("absence_cases.id"))
    .addColumn("employee_name", "text")
    .addColumn("cpr_encrypted", "text")
    .addColumn("cpr_masked", "text")
    .addColumn("wished_start", "text", (c) => c.notNull())
    .addColumn("wished_weeks", "integer", (c) => c.notNull())
    .addColumn("wished_hours", "real", (c) => c.notNull())
    .addColumn("wished_tasks", "text", (c) => c.notNull())
    .addColumn("inquiry_id", "text", (c) => c.references("inquiries.id"))
    .addColumn("requested_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("requested_at", "text", (c) => c.notNull())
    // The match
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("offer_id", "text", (c) => c.references("placement_offers.id"))
    .addColumn("host_company_id", "text", (c) => c.references("companies.id"))
    .addColumn("candidate_name", "text")
    .addColumn("target_group", "text")
    .addColumn("start_date", "text")
    .addColumn("weeks", "integer")
    .addColumn("hours", "real")
    .addColumn("extra_weeks", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("staff_rep_name", "text")
    .addColumn("staff_rep_consent_at", "text")
    .addColumn("first_proposed_at", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("placements_company_idx").on("placements").columns(["company_id", "status"]).execute();
  await db.schema.createIndex("placements_host_idx").on("placements").columns(["host_company_id", "status"]).execute();
  await db.schema.createIndex("placements_offer_idx").on("placements").columns(["offer_id", "status"]).execute();

  // Every step with who and when (and why, for declines, cancellations and extensions)
  await db.schema
    .createTable("placement_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("placement_id", "text", (c) => c.notNull().references("placements.id"))
    .addColumn("from_status", "text")
    .addColumn("to_status", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("actor_id", "text", (c) => c.references("users.id"))
    .addColumn("actor_name", "text", (c) => c.notNull())
    .addColumn("note", "text")
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("placement_events_idx").on("placement_events").columns(["placement_id", "at"]).execute();

  await db.schema
    .createTable("placement_checkins")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("placement_id", "text", (c) => c.notNull().references("placements.id"))
    .addColumn("week_start", "text", (c) => c.notNull())
    .addColumn("attendance", "text", (c) => c.notNull())
    .addColumn("hours", "real", (c) => c.notNull())
    .addColumn("how", "text", (c) => c.notNull())
    .addColumn("comment", "text")
    .addColumn("created_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("placement_checkins_week_idx").on("placement_checkins").columns(["placement_id", "week_start"]).unique().execute();

  await db.schema
    .createTable("placement_evaluations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("placement_id", "text", (c) => c.notNull().references("placements.id"))
    .addColumn("party", "text", (c) => c.notNull())
    .addColumn("how", "text", (c) => c.notNull())
    .addColumn("outcome", "text")
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("placement_evaluations_idx").on("placement_evaluations").columns(["placement_id", "party"]).unique().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ["placement_evaluations", "placement_checkins", "placement_events", "placements", "placement_offers"]) await db.schema.dropTable(t).execute();
}
