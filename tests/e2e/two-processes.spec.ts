// Two app processes on one PostgreSQL database, as behind a load balancer: a
// consultant signs in on one and goes on on the other; a newsletter to 1,000
// subscribers is sent while both job workers run, one process is killed with
// SIGKILL mid-send, and the other finishes: every address gets it exactly once
// (counted at the Resend-compatible stub, which honours idempotency keys as
// Resend does).
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { twoProcessPorts } from "../../playwright.config";
import { ResendStub } from "../support/resend-stub";
import { expectAccessible, signIn } from "./support";

const adminUrl = process.env.TEST_DATABASE_URL;
const ports = twoProcessPorts;
const origin = (port: number) => `http://localhost:${port}`;
const database = `fasthold_e2e_${crypto.randomBytes(4).toString("hex")}`;
const SUBSCRIBERS = 1000;

test.skip(!adminUrl, "TEST_DATABASE_URL is not set: the two-process test needs PostgreSQL");
test.describe.configure({ mode: "serial" });

let stub: ResendStub;
let databaseUrl: string;
const servers = new Map<number, ChildProcess>();

async function admin<T = unknown>(statement: string, url = adminUrl!): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(statement)).rows as T[];
  } finally {
    await client.end();
  }
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ["ignore", "ignore", "inherit"] });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited ${code}`))));
  });
}

function appEnv(port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    PORT: String(port),
    APP_URL: origin(port),
    DATABASE_URL: databaseUrl,
    DATABASE_PATH: `tests/.tmp/two-processes/${port}.db`,
    SESSION_SECRET: "two-processes-session-secret-0123456789abcdef",
    CPR_ENCRYPTION_KEY: Buffer.alloc(32, 3).toString("base64"),
    RESEND_API_KEY: "re_two_processes",
    RESEND_BASE_URL: stub.url,
    JOB_POLL_MS: "100",
    // A killed worker's job is taken over once its lease runs out.
    JOB_LEASE_MS: "3000",
    // Slow enough that the kill lands mid-send: 10 batches take about five seconds with both workers.
    NEWSLETTER_REQUESTS_PER_SECOND: "1",
  };
}

async function startServer(port: number): Promise<void> {
  const child = spawn("node", ["server.js"], { env: appEnv(port), stdio: ["ignore", "ignore", "inherit"] });
  servers.set(port, child);
  await expect(async () => {
    const res = await fetch(`${origin(port)}/healthz`);
    expect(res.status).toBe(200);
  }).toPass({ timeout: 30_000 });
}

/** The newest email to an address that the stub received. */
async function readStubMail(_page: Page, to: string, subject: RegExp): Promise<string> {
  let text = "";
  await expect(async () => {
    const mail = stub.calls
      .filter((c) => c.path === "/emails")
      .map((c) => c.body)
      .reverse()
      .find((e) => [e.to].flat().includes(to) && subject.test(e.subject));
    text = mail?.text ?? "";
    expect(text).not.toBe("");
  }).toPass({ timeout: 15_000 });
  return text;
}

test.beforeAll(async () => {
  stub = await new ResendStub().start();
  stub.delayMs = 700;
  await admin(`CREATE DATABASE ${database}`);
  const url = new URL(adminUrl!);
  url.pathname = `/${database}`;
  databaseUrl = url.toString();
  // Both processes start at once: the migrations hold PostgreSQL's advisory lock and run once.
  await Promise.all(ports.map((port) => run("npx", ["tsx", "db/migrate.ts"], appEnv(port))));
  await run("npx", ["tsx", "db/seed.ts"], appEnv(ports[0]));
  const now = new Date().toISOString();
  const values = Array.from(
    { length: SUBSCRIBERS },
    (_, i) => `('sub-${i}', 'abonnent${i}@firma${i % 37}.example', 'Abonnent ${i}', 'confirmed', 'import', '${now}', '${now}', '${now}')`,
  );
  await admin(`INSERT INTO subscribers (id, email, name, status, source, confirmed_at, created_at, updated_at) VALUES ${values.join(", ")}`, databaseUrl);
  await Promise.all(ports.map(startServer));
});

test.afterAll(async () => {
  for (const child of servers.values()) child.kill("SIGTERM");
  await new Promise((r) => setTimeout(r, 500));
  await stub?.stop();
  if (adminUrl) await admin(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
});

test.use({ baseURL: origin(ports[0]) });

test("two processes, one PostgreSQL: sign in on one, go on on the other; a newsletter to 1,000 reaches each address exactly once though one process is killed mid-send", async ({
  page,
}) => {
  const [first, second] = ports;
  const migrations = await admin<{ n: number }>("SELECT count(*)::int AS n FROM kysely_migration", databaseUrl);
  expect(migrations[0].n).toBeGreaterThan(0);

  // Signed in on the first process, still signed in on the second: the session lives in the database.
  await signIn(page, "karin.lund@jobcenter.example", readStubMail);
  expect(new URL(page.url()).port).toBe(String(first));
  await page.goto(`${origin(second)}/jobcenter/nyhedsbrev`);
  await expect(page.getByRole("button", { name: "Log ud" })).toBeVisible();
  await expectAccessible(page);

  // Write the issue on the second process and send it.
  const title = `Nyhedsbrev to processer ${Date.now()}`;
  await page.getByRole("link", { name: "Skriv et nyt nummer" }).click();
  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("Forhåndstekst").fill("Kort nyt fra jobcentret.");
  await page.getByLabel("Overskrift").fill("Fastholdelse virker");
  await page.getByLabel("Tekst (Markdown)").fill("Tidlig kontakt holder flere i job.");
  await page.getByRole("button", { name: "Gem" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const issueId = /\/jobcenter\/nyhedsbrev\/([^/?]+)/.exec(page.url())![1];
  // The preview frame changes the page's height as it loads: click once it is in place.
  await expect(page.frameLocator("iframe.mail-frame").getByRole("heading", { name: "Fastholdelse virker" })).toBeVisible();
  await page.getByRole("button", { name: "Send nu" }).scrollIntoViewIfNeeded();
  await page.getByRole("button", { name: "Send nu" }).click();
  await expect(page.getByTestId("send-confirm")).toContainText(/Send til \d+ modtagere\?/);
  await page.getByRole("button", { name: /^Ja, send til \d+ modtagere$/ }).scrollIntoViewIfNeeded();
  await page.getByRole("button", { name: /^Ja, send til \d+ modtagere$/ }).click();

  // Mid-send: SIGKILL the first process (no shutdown, no goodbye); the second takes over.
  const ours = () => stub.calls.filter((c) => c.path === "/emails/batch" && c.status === 200 && c.idempotencyKey?.startsWith(`newsletter-${issueId}-`));
  const deliveredTo = () => stub.delivered.filter((d) => d.idempotencyKey?.startsWith(`newsletter-${issueId}-`)).flatMap((d) => [d.to].flat());
  for (const started = Date.now(); deliveredTo().length < 100 && Date.now() - started < 30_000;) await new Promise((r) => setTimeout(r, 20));
  // Either process's worker may have taken the send: the page shows it after a reload.
  await page.reload();
  await expect(page.getByTestId("issue-status")).toHaveText(/Sendes|Sendt/);
  const atKill = deliveredTo().length;
  // Both workers are most likely inside a call to the (slow) stub now: the killed one leaves its job running.
  servers.get(first)!.kill("SIGKILL");
  expect(atKill, "the kill came before the send was over").toBeLessThan(SUBSCRIBERS);

  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("issue-status")).toHaveText("Sendt", { timeout: 1000 });
  }).toPass({ timeout: 60_000 });

  const confirmed = await admin<{ email: string }>("SELECT email FROM subscribers WHERE status = 'confirmed' AND suppressed_at IS NULL", databaseUrl);
  const got = deliveredTo();
  const counts = new Map<string, number>();
  for (const address of got) counts.set(address, (counts.get(address) ?? 0) + 1);
  expect(confirmed.length).toBeGreaterThanOrEqual(SUBSCRIBERS);
  expect(got.length, "deliveries in all").toBe(confirmed.length);
  for (const { email } of confirmed) expect(counts.get(email), email).toBe(1);
  const keys = ours().map((c) => c.idempotencyKey);
  console.log(`two processes: ${got.length} deliveries in ${new Set(keys).size} batches (${keys.length} calls), ${atKill} delivered before the SIGKILL`);

  const takenOver = await admin<{ n: number }>(`SELECT count(*)::int AS n FROM jobs WHERE kind = 'newsletter.batch' AND attempts > 1`, databaseUrl);
  console.log(`two processes: ${takenOver[0].n} batch job(s) taken over after the kill`);
  const jobs = await admin<{ status: string; n: number }>(
    `SELECT status, count(*)::int AS n FROM jobs WHERE kind LIKE 'newsletter.%' GROUP BY status`,
    databaseUrl,
  );
  expect(jobs.filter((j) => j.status !== "done")).toEqual([]);
});
