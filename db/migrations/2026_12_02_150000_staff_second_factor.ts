import type { Kysely } from "kysely";

/**
 * Staff two-factor sign-in: the authenticator secret (encrypted), one-time
 * recovery codes (hashed), and per session whether the second factor was
 * given and when it was last used (the idle limit).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("users").addColumn("totp_secret", "text").execute();
  await db.schema.alterTable("users").addColumn("totp_enrolled_at", "text").execute();
  await db.schema.alterTable("sessions").addColumn("second_factor_at", "text").execute();
  await db.schema.alterTable("sessions").addColumn("last_seen_at", "text").execute();
  await db.schema.alterTable("sessions").addColumn("user_agent", "text").execute();
  await db.schema.createIndex("sessions_user_idx").on("sessions").columns(["user_id", "created_at"]).execute();
  await db.schema
    .createTable("recovery_codes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("code_hash", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("used_at", "text")
    .execute();
  await db.schema.createIndex("recovery_codes_user_idx").on("recovery_codes").columns(["user_id", "code_hash"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("recovery_codes").execute();
  await db.schema.dropIndex("sessions_user_idx").execute();
  for (const column of ["second_factor_at", "last_seen_at", "user_agent"]) await db.schema.alterTable("sessions").dropColumn(column).execute();
  for (const column of ["totp_secret", "totp_enrolled_at"]) await db.schema.alterTable("users").dropColumn(column).execute();
}
