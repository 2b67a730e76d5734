import type { Kysely } from "kysely";

/**
 * Rate limits as one counter row per key and window, raised by an atomic
 * upsert, so several app processes on one database count together. Replaces
 * the row-per-hit table.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("rate_limit_counters")
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("window_start", "text", (c) => c.notNull())
    .addColumn("hits", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("rate_limit_counters_pk", ["key", "window_start"])
    .execute();
  await db.schema.createIndex("rate_limit_counters_window_idx").on("rate_limit_counters").column("window_start").execute();
  await db.schema.dropTable("rate_limit_hits").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("rate_limit_hits")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("rate_limit_hits_key_idx").on("rate_limit_hits").columns(["key", "at"]).execute();
  await db.schema.dropTable("rate_limit_counters").execute();
}
