import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect, type Transaction } from "kysely";
import type { Database } from "./schema";

/** A database handle or an open transaction: models accept either. */
export type DB = Kysely<Database> | Transaction<Database>;

export function databasePath(): string {
  return process.env.DATABASE_PATH || "data/fasthold.db";
}

export function createDb(filename = databasePath()): Kysely<Database> {
  if (filename !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(filename)), { recursive: true });
  const sqlite = new SQLite(filename);
  // WAL lets readers run beside the one writer; the busy timeout makes a second
  // process (migrate, seed, tests) wait for the lock instead of failing.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}

/** The process's one database handle. */
export const db: Kysely<Database> = createDb();
