// Runs before each test file: a fresh, migrated SQLite file of its own, fixed
// secrets, and the clock back to real time.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll } from "vitest";

const dir = path.resolve("tests/.tmp");
fs.mkdirSync(dir, { recursive: true });
const file = path.join(dir, `test-${process.pid}-${crypto.randomBytes(4).toString("hex")}.db`);

process.env.NODE_ENV = "test";
process.env.DATABASE_PATH = file;
process.env.APP_URL = "http://localhost:3999";
process.env.SESSION_SECRET = "test-session-secret-that-is-long-enough-0123456789";
process.env.CPR_ENCRYPTION_KEY = Buffer.alloc(32, 7).toString("base64");
delete process.env.RESEND_API_KEY;
delete process.env.RESEND_BASE_URL;

beforeAll(async () => {
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
  for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
});
