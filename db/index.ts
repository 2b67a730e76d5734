import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, PostgresDialect, SqliteDialect, type Transaction } from "kysely";
import pg from "pg";
import type { Database } from "./schema";

/** A database handle or an open transaction: models accept either. */
export type DB = Kysely<Database> | Transaction<Database>;

export function databasePath(): string {
  return process.env.DATABASE_PATH || "data/fasthold.db";
}

/** `DATABASE_URL=postgres://…` selects PostgreSQL; without it, the SQLite file. */
export function databaseUrl(): string | null {
  const url = process.env.DATABASE_URL;
  return url && /^postgres(ql)?:\/\//.test(url) ? url : null;
}

/** Where the data is, for start-up messages (no password). */
export function databaseLabel(): string {
  const url = databaseUrl();
  if (!url) return databasePath();
  const u = new URL(url);
  return `postgres://${u.host}${u.pathname}`;
}

// Counts and sums come back as int8/numeric strings from PostgreSQL; the
// portal's figures fit well inside a double, so read them as numbers.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

export function createPostgresDb(connectionString: string, max = Number(process.env.DATABASE_POOL_SIZE || 10)): Kysely<Database> {
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString, max }) }) });
}

export function createSqliteDb(filename = databasePath()): Kysely<Database> {
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

export function createDb(): Kysely<Database> {
  const url = databaseUrl();
  return url ? createPostgresDb(url) : createSqliteDb();
}

/** The process's one database handle. */
export const db: Kysely<Database> = createDb();
