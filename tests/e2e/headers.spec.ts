// Security headers on pages with personal data, checked on the built server started with an
// https:// APP_URL (as in production behind TLS): no-store, HSTS, __Host- cookies, a CSP whose
// scripts need the nonce (no 'unsafe-inline'), and security.txt.
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import Database from "better-sqlite3";
import { createCookie } from "@remix-run/node";
import { expect, test } from "@playwright/test";
import { httpsPort, staffTotpSecret } from "../../playwright.config";

const origin = `http://localhost:${httpsPort}`;
const appUrl = `https://localhost:${httpsPort}`;
const dir = `tests/.tmp/e2e-https-${httpsPort}`;
const secret = "headers-test-session-secret-0123456789abcdef";
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production" as const,
  PORT: String(httpsPort),
  APP_URL: appUrl,
  DATABASE_PATH: `${dir}/fasthold.db`,
  SESSION_SECRET: secret,
  CPR_ENCRYPTION_KEY: Buffer.alloc(32, 5).toString("base64"),
  RESEND_API_KEY: "",
  DEMO: "1",
  DEMO_STAFF_TOTP_SECRET: staffTotpSecret,
};
let server: ChildProcess;

function run(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", args, { env, stdio: ["ignore", "ignore", "inherit"] });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(" ")} exited ${code}`))));
  });
}

/** A signed-in session for a seeded user, made the way the app makes one (token hashed in the table, signed cookie). */
async function sessionCookie(email: string): Promise<string> {
  const token = crypto.randomBytes(32).toString("base64url");
  const db = new Database(`${dir}/fasthold.db`);
  try {
    const user = db.prepare("select id from users where email = ?").get(email) as { id: string };
    const at = new Date().toISOString();
    db.prepare(
      "insert into sessions (id, user_id, created_at, expires_at, revoked_at, second_factor_at, last_seen_at, user_agent) values (?, ?, ?, ?, null, ?, ?, null)",
    ).run(crypto.createHash("sha256").update(token).digest("base64url"), user.id, at, new Date(Date.now() + 3_600_000).toISOString(), at, at);
  } finally {
    db.close();
  }
  const cookie = createCookie("__Host-fasthold_session", { secrets: [secret], path: "/", httpOnly: true, secure: true, sameSite: "lax" });
  return (await cookie.serialize(token)).split(";")[0];
}

test.beforeAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  await run(["tsx", "db/migrate.ts"]);
  await run(["tsx", "db/seed.ts"]);
  server = spawn(process.execPath, ["server.js"], { env, stdio: ["ignore", "ignore", "inherit"] });
  await expect(async () => expect((await fetch(`${origin}/healthz`)).status).toBe(200)).toPass({ timeout: 30_000 });
});

test.afterAll(() => {
  server?.kill();
});

function expectPersonalPageHeaders(res: Response): void {
  expect(res.headers.get("cache-control")).toBe("no-store");
  expect(res.headers.get("strict-transport-security")).toMatch(/max-age=31536000/);
  const csp = res.headers.get("content-security-policy") ?? "";
  const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? "";
  expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  expect(scriptSrc).not.toContain("unsafe-inline");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(res.headers.get("x-content-type-options")).toBe("nosniff");
}

test("an employer's case list and a consultant's desk: no-store, HSTS, nonce CSP; every inline script carries the nonce", async () => {
  for (const [email, path] of [
    ["hanne.sorensen@vestjyskstaal.example", "/virksomhed"],
    ["karin.lund@jobcenter.example", "/jobcenter"],
  ] as const) {
    const res = await fetch(`${origin}${path}`, { headers: { Cookie: await sessionCookie(email) }, redirect: "manual" });
    expect(res.status, path).toBe(200);
    expectPersonalPageHeaders(res);
    const nonce = /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy")!)![1];
    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const attrs of scripts) expect(attrs, "every script needs the nonce").toContain(`nonce="${nonce}"`);
    // Data requests carry the same data: not stored either.
    const data = await fetch(`${origin}${path}?_data=root`, { headers: { Cookie: await sessionCookie(email) } });
    expect(data.headers.get("cache-control")).toBe("no-store");
  }
});

test("the session cookie is __Host- and Secure under https", async () => {
  const res = await fetch(`${origin}/log-ud`, {
    method: "POST",
    headers: { Cookie: await sessionCookie("hanne.sorensen@vestjyskstaal.example"), Origin: appUrl, "Content-Type": "application/x-www-form-urlencoded" },
    body: "",
    redirect: "manual",
  });
  expect(res.status).toBe(302);
  const setCookie = res.headers.get("set-cookie") ?? "";
  expect(setCookie).toMatch(/^__Host-fasthold_session=/);
  expect(setCookie).toMatch(/; Secure/i);
  expect(setCookie).toMatch(/; Path=\//);
  expect(setCookie).not.toMatch(/Domain=/i);
});

test("security.txt names a contact and an expiry a year ahead", async () => {
  const res = await fetch(`${origin}/.well-known/security.txt`);
  expect(res.status).toBe(200);
  const text = await res.text();
  expect(text).toContain("Contact: mailto:jobcenter@jobcenter.example");
  const expires = new Date(/Expires: (\S+)/.exec(text)![1]);
  expect(expires.getTime()).toBeGreaterThan(Date.now() + 300 * 86_400_000);
  expect(text).toContain(`Canonical: ${appUrl}/.well-known/security.txt`);
});
