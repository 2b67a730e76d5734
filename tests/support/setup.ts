// Runs before each test file: a fresh, migrated database of its own (a SQLite
// file, or a PostgreSQL schema when the suite runs with FASTHOLD_TEST_DB=postgres
// and TEST_DATABASE_URL), fixed secrets, and the clock back to real time.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, afterEach, beforeAll } from "vitest";

const tag = `${process.pid}_${crypto.randomBytes(4).toString("hex")}`;
const onPostgres = process.env.FASTHOLD_TEST_DB === "postgres";
const dir = path.resolve("tests/.tmp");
fs.mkdirSync(dir, { recursive: true });
const file = path.join(dir, `test-${tag}.db`);
const schema = `test_${tag}`;

process.env.NODE_ENV = "test";
process.env.DATABASE_PATH = file;
if (onPostgres) {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error("FASTHOLD_TEST_DB=postgres needs TEST_DATABASE_URL");
  const url = new URL(base);
  url.searchParams.set("options", `-c search_path=${schema}`);
  process.env.DATABASE_URL = url.toString();
} else {
  delete process.env.DATABASE_URL;
}
process.env.APP_URL = "http://localhost:3999";
process.env.SESSION_SECRET = "test-session-secret-that-is-long-enough-0123456789";
process.env.CPR_ENCRYPTION_KEY = Buffer.alloc(32, 7).toString("base64");
delete process.env.RESEND_API_KEY;
// Tests step the clock hours ahead with one signed-in session; the 30 minutes idle rule for staff has its
// own test (staff-2fa.test.ts sets it back). Sessions still end 12 hours after sign-in.
process.env.STAFF_SESSION_IDLE_MINUTES = "1440";
delete process.env.RESEND_BASE_URL;

async function admin(statement: string) {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  if (onPostgres) await admin(`CREATE SCHEMA "${schema}"`);
  const { db } = await import("~db/index");
  const { migrateToLatest } = await import("~db/migrate");
  await migrateToLatest(db);
});

afterEach(async () => {
  const { resetClock } = await import("~/utils/clock");
  resetClock();
});

afterAll(async () => {
  const { db } = await import("~db/index");
  await db.destroy();
  if (onPostgres) await admin(`DROP SCHEMA "${schema}" CASCADE`);
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
});
