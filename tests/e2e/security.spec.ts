// The HTTP edge against the real server: cross-origin changes are refused,
// oversized chunked bodies are cut off, data responses are never cached.
import { spawn } from "node:child_process";
import http from "node:http";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { port, refusedPort, resendPort } from "../../playwright.config";
import { readStubMail, signIn } from "./support";

const mainServer = `http://localhost:${port}`;
const profile = "/virksomhed/profil";
const profileData = `${profile}?_data=${encodeURIComponent("routes/virksomhed.profil")}`;

async function subscriptionText(page: Page): Promise<string> {
  await page.goto(profile);
  return (await page.getByTestId("profile-subscription").textContent()) ?? "";
}

/** The profile's newsletter button: whichever intent changes the current state. */
const toggle = (text: string) => (text === "Du får nyhedsbrevet." ? "unsubscribe" : "subscribe");

async function post(request: APIRequestContext, path: string, origin: string | null, form: Record<string, string> = {}) {
  const headers: Record<string, string> = {};
  if (origin !== null) headers.Origin = origin;
  return request.post(path, { form, headers, maxRedirects: 0, failOnStatusCode: false });
}

// On the server that mails through the Resend stub: the main server's per-IP limit on sign-in codes
// is spent by the other journeys (every test signs in from 127.0.0.1). Same app, its own origin.
test.describe("on the server at its own origin", () => {
  const ours = `http://localhost:${resendPort}`;
  test.use({ baseURL: ours });

  test("changes from another origin are refused with 403 and change nothing; our own still work", async ({ page }) => {
    await signIn(page, "bent@bagerbent.example", readStubMail);
    const before = await subscriptionText(page);
    const intent = toggle(before);

    await test.step("document POSTs from a foreign site, an opaque origin and another port of this host", async () => {
      for (const origin of ["http://evil.example", "null", `http://localhost:${port}`]) {
        const res = await post(page.request, profile, origin, { intent });
        expect(res.status(), origin).toBe(403);
        expect(await res.text()).toContain("Forbidden");
      }
      expect(await subscriptionText(page)).toBe(before);
    });

    await test.step("a Remix data POST (?_data) from a foreign site", async () => {
      const res = await post(page.request, profileData, "http://evil.example", { intent });
      expect(res.status()).toBe(403);
      expect(await subscriptionText(page)).toBe(before);
    });

    await test.step("signing out from a foreign site, as a document and as a data request", async () => {
      expect((await post(page.request, "/log-ud", "http://evil.example")).status()).toBe(403);
      expect((await post(page.request, `/log-ud?_data=${encodeURIComponent("routes/log-ud")}`, "http://evil.example")).status()).toBe(403);
      await page.goto("/virksomhed");
      await expect(page.getByRole("button", { name: "Log ud" })).toBeVisible();
      expect(page.url()).toBe(`${ours}/virksomhed`);
    });

    await test.step("the same changes from our own origin go through", async () => {
      const data = await post(page.request, profileData, ours, { intent });
      expect(data.status()).toBe(204);
      expect(data.headers()["x-remix-redirect"]).toBe(profile);
      const after = await subscriptionText(page);
      expect(after).not.toBe(before);

      // And back, as a plain form post from our page.
      const doc = await post(page.request, profile, ours, { intent: toggle(after) });
      expect(doc.status()).toBe(302);
      expect(await subscriptionText(page)).toBe(before);
    });

    await test.step("a data response with personal data is never cached", async () => {
      const res = await page.request.get(profileData);
      expect(res.status()).toBe(200);
      expect((await res.json()).email).toBe("bent@bagerbent.example");
      expect(res.headers()["cache-control"]).toBe("no-store");
    });
  });
});

type Upload = { status: number; body: string; written: number };

function drainedOrClosed(req: http.ClientRequest): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      req.off("drain", done);
      req.off("close", done);
      resolve();
    };
    req.on("drain", done);
    req.on("close", done);
  });
}

/** POSTs `total` bytes as a chunked form body (no Content-Length), in 64 kB pieces, until the server answers. */
function chunkedUpload(path: string, total: number): Promise<Upload> {
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: "localhost",
      port,
      path,
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", "Transfer-Encoding": "chunked" },
    });
    let written = 0;
    let answered = false;
    req.on("response", (res) => {
      answered = true;
      let body = "";
      res.setEncoding("utf8");
      // Keep only the start: without the limit the server would echo the whole body back.
      res.on("data", (chunk: string) => (body = (body + chunk).slice(0, 1000)));
      res.on("end", () => {
        resolve({ status: res.statusCode ?? 0, body, written });
        req.destroy();
      });
      res.on("error", () => resolve({ status: res.statusCode ?? 0, body, written }));
    });
    // Once answered, the server drops the rest: a reset while we still write is expected.
    req.on("error", (error) => {
      if (!answered) reject(error);
    });
    const piece = Buffer.alloc(64 * 1024, "a");
    void (async () => {
      req.write("email=");
      while (written < total && !answered && !req.destroyed) {
        const flushed = req.write(piece);
        written += piece.length;
        if (!flushed) await drainedOrClosed(req);
      }
      if (!answered && !req.destroyed) req.end();
    })();
  });
}

test("a chunked 64 MB body is refused with 413 while other pages are still answered", async () => {
  const total = 64 * 1024 * 1024;
  const upload = chunkedUpload("/log-ind", total);
  const other = fetch(`${mainServer}/nyhedsbrev/arkiv`).then(async (res) => ({ status: res.status, html: await res.text() }));

  const [refused, page] = await Promise.all([upload, other]);
  expect(refused.status).toBe(413);
  expect(refused.body).toBe("Payload Too Large");
  // The server stopped reading: we could not even send it all.
  expect(refused.written).toBeLessThan(total);
  expect(page.status).toBe(200);
  expect(page.html).toContain("Fasthold");
});

test("the built server refuses to start on a public https address with the demo mailbox, and says why", async () => {
  const child = spawn(process.execPath, ["server.js"], {
    env: {
      ...process.env,
      PORT: String(refusedPort),
      APP_URL: "https://fasthold.example",
      RESEND_API_KEY: "",
      DEMO: "",
      DATABASE_PATH: "tests/.tmp/e2e-refused/fasthold.db",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<number | null>((resolve) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      // Started after all: stop it, the assertions below will say so.
      if (output.includes("is running at")) child.kill();
    };
    child.stdout.on("data", read);
    child.stderr.on("data", read);
    child.on("exit", (code) => resolve(code));
  });
  expect(await exited).toBe(1);
  expect(output).toContain("Fasthold cannot start");
  expect(output).toMatch(/RESEND_API_KEY.*\/dev\/mailbox.*DEMO=1/s);
  expect(output).not.toContain("is running at");
});
