/**
 * npm run bench:newsletter — one issue to 10,000 generated subscribers through
 * a local Resend-compatible stub that enforces the configured request rate.
 * Prints: newsletter: <recipients> recipients, render+enqueue <s> s, <calls> API calls, <n429> rate-limited
 * (a measurement, not a test: the goal is render+enqueue under 10 s, calls = recipients / 100, no 429).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const recipients = Number(process.env.BENCH_RECIPIENTS ?? 10_000);
const rate = Number(process.env.NEWSLETTER_REQUESTS_PER_SECOND ?? 2);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fasthold-bench-"));
Object.assign(process.env, {
  NODE_ENV: "test",
  DATABASE_PATH: path.join(dir, "bench.db"),
  SESSION_SECRET: "bench-session-secret-that-is-long-enough-0123",
  CPR_ENCRYPTION_KEY: Buffer.alloc(32, 3).toString("base64"),
  APP_URL: "http://localhost:3000",
  NEWSLETTER_REQUESTS_PER_SECOND: String(rate),
  RESEND_API_KEY: "re_bench",
});

const { ResendStub } = await import("../tests/support/resend-stub");
const stub = await new ResendStub().start();
// The stub refuses calls closer together than the configured rate allows.
stub.minIntervalMs = 1000 / rate;
process.env.RESEND_BASE_URL = stub.url;

const { db } = await import("../db/index");
const { migrateToLatest } = await import("../db/migrate");
await migrateToLatest(db);
const { createUser } = await import("../app/models/user.server");
const { createIssue, scheduleIssue } = await import("../app/services/newsletter.server");
const { runDueJobs } = await import("../app/services/jobs.server");
const { nowIso } = await import("../app/utils/clock");

const at = nowIso();
const rows = Array.from({ length: recipients }, (_, i) => ({
  id: `bench-${String(i).padStart(6, "0")}-sub`,
  email: `abonnent-${i}@bench.example`,
  name: `Abonnent ${i}`,
  company: null,
  status: "confirmed" as const,
  source: "import" as const,
  consent_source: "benchmark",
  confirmed_at: at,
  created_at: at,
  updated_at: at,
}));
for (let i = 0; i < rows.length; i += 500)
  await db
    .insertInto("subscribers")
    .values(rows.slice(i, i + 500))
    .execute();

const staffRow = await createUser(db, { email: "bench@jobcenter.example", name: "Bench", role: "consultant" });
const staff = {
  id: staffRow.id,
  email: staffRow.email,
  name: staffRow.name,
  phone: null,
  role: "consultant" as const,
  companyId: null,
  companyName: null,
  companyVerified: false,
};
const issue = await createIssue(staff, {
  title: "Benchmark: nyt om sygefravær",
  preview: "Et nummer til ti tusind",
  sections: Array.from({ length: 4 }, (_, i) => ({
    heading: `Afsnit ${i + 1}`,
    markdown: "Tekst med **fed** og [et link](https://example.dk).\n\n- punkt\n- punkt",
  })),
});

const t0 = performance.now();
await scheduleIssue(staff, issue.id, new Date());
await runDueJobs(1); // the prepare job: render once, snapshot recipients, queue the batches
const renderEnqueue = (performance.now() - t0) / 1000;

for (;;) {
  const ran = await runDueJobs(1000);
  const pending = await db.selectFrom("jobs").select("run_at").where("status", "=", "pending").orderBy("run_at").executeTakeFirst();
  if (ran === 0 && !pending) break;
  if (ran === 0 && pending) await new Promise((r) => setTimeout(r, Math.max(50, Date.parse(pending.run_at) - Date.now())));
}
const sent = await db
  .selectFrom("newsletter_deliveries")
  .select((eb) => eb.fn.countAll<number>().as("n"))
  .where("status", "=", "sent")
  .executeTakeFirstOrThrow();
const calls = stub.calls.filter((c) => c.path === "/emails/batch" && c.status === 200).length;
await stub.stop();
await db.destroy();
fs.rmSync(dir, { recursive: true, force: true });
if (Number(sent.n) !== recipients) console.error(`only ${sent.n} of ${recipients} sent`);
console.log(`newsletter: ${recipients} recipients, render+enqueue ${renderEnqueue.toFixed(2)} s, ${calls} API calls, ${stub.rateLimited} rate-limited`);
