// The HTTP edge: origin check, data-response caching, body limit in readFormData,
// the language cookie over https, and the settings the server refuses to start with.
import { afterEach, describe, expect, it, vi } from "vitest";
import { printDemoSignIns } from "~db/seed";
import { handleDataRequest } from "~/entry.server";
import { isAllowedOrigin, originGuard, startupSettings } from "~/services/httpGuards.server";
import { env, resetEnvCache } from "~/utils/env.server";
import { MAX_FORM_BYTES } from "~/utils/forms";
import { readFormData } from "~/utils/forms.server";
import { getLang, langCookie } from "~/utils/i18n.server";

const ours = "http://localhost:3999";

afterEach(() => {
  process.env.APP_URL = ours;
  delete process.env.RESEND_API_KEY;
  delete process.env.DEMO;
  resetEnvCache();
});

function useEnv(vars: Record<string, string>) {
  Object.assign(process.env, vars);
  resetEnvCache();
}

describe("state-changing requests come only from our own origin", () => {
  const check = (method: string, path: string, origin?: string, secFetchSite?: string) => isAllowedOrigin({ method, path, origin, secFetchSite }, ours);

  it("refuses a foreign, a null and a same-site origin on every unsafe method", () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      expect(check(method, "/log-ud", "http://evil.example")).toBe(false);
      expect(check(method, "/log-ind", "null")).toBe(false);
      // Same host, another port: same-site, not same-origin.
      expect(check(method, "/log-ind", "http://localhost:3998")).toBe(false);
      expect(check(method, "/log-ind", "https://localhost:3999")).toBe(false);
      expect(check(method, "/log-ind", "http://localhost:3999.evil.example")).toBe(false);
      expect(check(method, "/log-ind", undefined, "cross-site")).toBe(false);
      expect(check(method, "/log-ind", undefined, "same-site")).toBe(false);
      // A matching Origin does not excuse a browser that says the request came from another site.
      expect(check(method, "/log-ind", ours, "cross-site")).toBe(false);
    }
  });

  it("lets our own pages, user-initiated requests and non-browser clients through", () => {
    expect(check("POST", "/log-ind", ours)).toBe(true);
    expect(check("POST", "/log-ind", ours, "same-origin")).toBe(true);
    expect(check("POST", "/log-ind", undefined, "same-origin")).toBe(true);
    expect(check("POST", "/log-ind", undefined, "none")).toBe(true);
    expect(check("POST", "/log-ind")).toBe(true);
  });

  it("never blocks reading", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"]) expect(check(method, "/virksomhed", "http://evil.example", "cross-site")).toBe(true);
  });

  it("lets only the signed webhook and the one-click unsubscribe take POSTs from elsewhere", () => {
    expect(check("POST", "/webhooks/resend", "http://evil.example", "cross-site")).toBe(true);
    expect(check("POST", "/nyhedsbrev/afmeld", "null", "cross-site")).toBe(true);
    expect(check("POST", "/nyhedsbrev", "http://evil.example")).toBe(false);
    expect(check("POST", "/nyhedsbrev/bekraeft", "http://evil.example")).toBe(false);
    expect(check("POST", "/webhooks/resend-not", "http://evil.example")).toBe(false);
  });

  it("answers a refused request with a short 403 before anything else runs", () => {
    const req = { method: "POST", url: "/log-ud?_data=routes%2Flog-ud", headers: { origin: "http://evil.example" } };
    const sent: { status?: number; body?: string; headers: Record<string, string> } = { headers: {} };
    const res = {
      set statusCode(v: number) {
        sent.status = v;
      },
      setHeader: (name: string, value: string) => void (sent.headers[name.toLowerCase()] = value),
      end: (body: string) => void (sent.body = body),
    };
    let passed = false;
    originGuard(req as never, res as never, () => void (passed = true));
    expect(passed).toBe(false);
    expect(sent.status).toBe(403);
    expect(sent.headers["content-type"]).toMatch(/^text\/plain/);
    expect(sent.body).toMatch(/Forbidden/);

    originGuard({ ...req, headers: { origin: ours } } as never, res as never, () => void (passed = true));
    expect(passed).toBe(true);
  });
});

describe("data responses", () => {
  it("are never stored in a cache", () => {
    const res = handleDataRequest(new Response(JSON.stringify({ cpr: "010190-xxxx" }), { headers: { "Content-Type": "application/json" } }));
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    expect(handleDataRequest(Response.redirect(`${ours}/log-ind`, 302)).headers.get("Cache-Control")).toBe("no-store");
  });
});

describe("readFormData's size limit", () => {
  /** A chunked body (no Content-Length) of `total` bytes in 64 kB pieces; counts what was pulled. */
  function chunkedForm(total: number) {
    const piece = new TextEncoder().encode("a".repeat(65_536));
    const first = new TextEncoder().encode("email=");
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled === 0) {
          pulled += first.byteLength;
          return controller.enqueue(first);
        }
        if (pulled >= total) return controller.close();
        pulled += piece.byteLength;
        controller.enqueue(piece);
      },
    });
    const request = new Request(`${ours}/log-ind`, {
      method: "POST",
      body,
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      duplex: "half",
    } as RequestInit);
    return { request, pulled: () => pulled };
  }

  it("answers 413 to a chunked body beyond 1 MB and stops reading there", async () => {
    const { request, pulled } = chunkedForm(64 * 1024 * 1024);
    const error = await readFormData(request).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Response);
    expect((error as Response).status).toBe(413);
    expect(pulled()).toBeLessThan(MAX_FORM_BYTES + 3 * 65_536);
  });

  it("reads a form within the limit", async () => {
    const { request } = chunkedForm(500_000);
    const form = await readFormData(request);
    expect(String(form.get("email")).length).toBeGreaterThan(400_000);
  });

  it("answers 400 to a body that is not a form", async () => {
    const request = new Request(`${ours}/log-ind`, { method: "POST", body: "{}", headers: { "Content-Type": "application/json" } });
    const error = await readFormData(request).catch((e: unknown) => e);
    expect((error as Response).status).toBe(400);
  });
});

describe("the language cookie", () => {
  it("is Secure when the portal runs over https", async () => {
    useEnv({ APP_URL: "https://fasthold.example", RESEND_API_KEY: "re_test" });
    const header = await langCookie().serialize("en");
    expect(header).toMatch(/^lang=/);
    expect(header).toMatch(/;\s*Secure/i);
    expect(await getLang(new Request("https://fasthold.example/", { headers: { Cookie: header.split(";")[0] } }))).toBe("en");
  });

  it("is not Secure on plain http (the local demo)", async () => {
    useEnv({ APP_URL: "http://localhost:3000" });
    expect(await langCookie().serialize("en")).not.toMatch(/Secure/i);
  });
});

describe("settings the server refuses to start with", () => {
  it("refuses a public https address with the demo mailbox, and says why", () => {
    useEnv({ APP_URL: "https://fasthold.example" });
    expect(() => env()).toThrow(/RESEND_API_KEY/);
    expect(() => startupSettings()).toThrow(/sign-in code.*\/dev\/mailbox.*DEMO=1/s);
  });

  it("starts over https with a Resend key, or with DEMO=1 on purpose", () => {
    useEnv({ APP_URL: "https://fasthold.example", RESEND_API_KEY: "re_test" });
    expect(startupSettings()).toEqual({ appUrl: "https://fasthold.example", https: true, mailbox: false });

    delete process.env.RESEND_API_KEY;
    useEnv({ DEMO: "1" });
    expect(startupSettings()).toEqual({ appUrl: "https://fasthold.example", https: true, mailbox: true });
  });

  it("starts the local demo on http without a key, mailbox and all", () => {
    useEnv({ APP_URL: "http://localhost:3000" });
    expect(startupSettings()).toEqual({ appUrl: "http://localhost:3000", https: false, mailbox: true });
    useEnv({ DEMO: "0", APP_URL: "https://fasthold.example" });
    expect(() => startupSettings()).toThrow(/RESEND_API_KEY/);
  });
});

describe("the demo sign-in hints", () => {
  function printed(mailbox: boolean): string {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      printDemoSignIns("https://fasthold.example", mailbox);
      return log.mock.calls.map((c) => c.join(" ")).join("\n");
    } finally {
      log.mockRestore();
    }
  }

  it("point to the demo mailbox only when it exists", () => {
    expect(printed(true)).toContain("https://fasthold.example/dev/mailbox");
    const withResend = printed(false);
    expect(withResend).not.toContain("mailbox");
    expect(withResend).toContain("karin.lund@jobcenter.example");
  });

  it("know from RESEND_API_KEY whether the mailbox exists", () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    try {
      process.env.RESEND_API_KEY = "re_test";
      printDemoSignIns("https://fasthold.example");
      expect(log.mock.calls.flat().join(" ")).not.toContain("mailbox");
    } finally {
      log.mockRestore();
    }
  });
});
