import type { Kysely } from "kysely";

/** The language a signed-in user chose at /sprog; every email to their address is written in it. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("users")
    .addColumn("lang", "text", (c) => c.notNull().defaultTo("da"))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("users").dropColumn("lang").execute();
}
