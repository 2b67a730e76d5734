import { pathToFileURL } from "node:url";
import { Migrator, sql, type Kysely } from "kysely";
import { isPostgres } from "./dialect";
import { migrations } from "./migrations/index";

/**
 * Migrations are listed statically in migrations/index.ts, so the same list
 * runs under tsx, vitest and any bundler (a test checks the list is complete).
 */
export async function migrateToLatest(db: Kysely<any>, log = false): Promise<void> {
  // Kysely looks for its own tables in every schema it can see: name ours, or another schema's
  // migration tables (parallel test files, several installations in one database) hide them.
  const migrationTableSchema = isPostgres(db) ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s : undefined;
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations }, migrationTableSchema });
  const { error, results } = await migrator.migrateToLatest();
  for (const r of results ?? []) {
    if (r.status === "Error") console.error(`migration failed: ${r.migrationName}`);
    else if (log) console.log(`migrated: ${r.migrationName}`);
  }
  if (error) throw error;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { db, databaseLabel } = await import("./index");
  await migrateToLatest(db, true);
  console.log(`database ready: ${databaseLabel()}`);
  await db.destroy();
}
