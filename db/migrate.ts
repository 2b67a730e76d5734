import { pathToFileURL } from "node:url";
import { Migrator, type Kysely } from "kysely";
import { migrations } from "./migrations/index";

/**
 * Migrations are listed statically in migrations/index.ts, so the same list
 * runs under tsx, vitest and any bundler (a test checks the list is complete).
 */
export async function migrateToLatest(db: Kysely<any>, log = false): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
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
