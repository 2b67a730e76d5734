import http from "node:http";
import type { AddressInfo } from "node:net";

export type StubCall = {
  path: string;
  idempotencyKey: string | null;
  authorization: string | null;
  body: any;
  status: number;
};

/**
 * A Resend-compatible HTTP endpoint on loopback. It honours idempotency keys
 * the way Resend does (the same key and body get the first answer again and
 * no second delivery), and can be told to fail.
 */
export class ResendStub {
  calls: StubCall[] = [];
  /** Arrival times (ms) of every call, for pacing measurements. */
  arrivals: number[] = [];
  /** Emails accepted, one per delivery (what a recipient would get). */
  delivered: { id: string; path: string; to: string[]; subject: string; headers?: Record<string, string>; idempotencyKey: string | null }[] = [];
  /** Answers to give to the next calls, in order: a status, "deliver-then-500" (the response is lost), or a 429 with Retry-After. */
  script: (number | "deliver-then-500" | { status: 429; retryAfter: number })[] = [];
  /** When set, calls closer together than this many ms get a 429 (Resend's rate limit). */
  minIntervalMs = 0;
  /** When set, every answer waits this long (a slow API: a caller killed meanwhile dies mid-call). */
  delayMs = 0;
  rateLimited = 0;
  private lastCallAt = 0;
  private server: http.Server | null = null;
  private seen = new Map<string, { status: number; body: unknown }>();
  private nextId = 1;

  get url(): string {
    const address = this.server?.address() as AddressInfo;
    return `http://127.0.0.1:${address.port}`;
  }

  async start(port = 0): Promise<this> {
    this.server = http.createServer((req, res) => {
      let raw = "";
      req.on("data", (chunk) => (raw += chunk));
      req.on("end", () => (this.delayMs ? setTimeout(() => this.handle(req, raw, res), this.delayMs) : this.handle(req, raw, res)));
    });
    await new Promise<void>((resolve) => this.server!.listen(port, "127.0.0.1", resolve));
    return this;
  }

  /** Forgets what earlier calls did (not the idempotency keys: Resend remembers those for a day). */
  clear(): void {
    this.calls = [];
    this.arrivals = [];
    this.delivered = [];
    this.script = [];
    this.minIntervalMs = 0;
    this.rateLimited = 0;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private handle(req: http.IncomingMessage, raw: string, res: http.ServerResponse) {
    const key = (req.headers["idempotency-key"] as string | undefined) ?? null;
    let body: any = null;
    try {
      body = JSON.parse(raw);
    } catch {
      /* keep null */
    }
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      this.calls.push({ path: req.url ?? "", idempotencyKey: key, authorization: req.headers.authorization ?? null, body, status });
      res.writeHead(status, { "Content-Type": "application/json", ...headers });
      res.end(JSON.stringify(payload));
    };
    // For end-to-end tests in another process: what has been received so far.
    if (req.method === "GET" && req.url === "/_test/calls") {
      res.writeHead(200, { "Content-Type": "application/json" });
      res.end(JSON.stringify(this.calls));
      return;
    }
    const at = Date.now();
    this.arrivals.push(at);
    if (this.minIntervalMs && at - this.lastCallAt < this.minIntervalMs) {
      this.rateLimited++;
      this.lastCallAt = at;
      return send(429, { name: "rate_limit_exceeded", message: "Too many requests", statusCode: 429 }, { "retry-after": "1" });
    }
    this.lastCallAt = at;
    if (req.method !== "POST" || (req.url !== "/emails" && req.url !== "/emails/batch")) {
      return send(404, { name: "not_found", message: "Not found", statusCode: 404 });
    }
    if (key && this.seen.has(key)) {
      const first = this.seen.get(key)!;
      return send(first.status, first.body);
    }
    const scripted = this.script.shift();
    if (typeof scripted === "object") {
      return send(429, { name: "rate_limit_exceeded", message: "Too many requests", statusCode: 429 }, { "retry-after": String(scripted.retryAfter) });
    }
    if (typeof scripted === "number" && scripted >= 400) {
      const name = scripted === 422 ? "validation_error" : scripted === 429 ? "rate_limit_exceeded" : "internal_server_error";
      return send(scripted, { name, message: `stub answered ${scripted}`, statusCode: scripted });
    }
    const emails: any[] = req.url === "/emails/batch" ? body : [body];
    const ids = emails.map((e) => {
      const id = `stub-${this.nextId++}`;
      this.delivered.push({ id, path: req.url ?? "", to: e.to, subject: e.subject, headers: e.headers, idempotencyKey: key });
      return id;
    });
    const answer = req.url === "/emails/batch" ? { data: ids.map((id) => ({ id })) } : { id: ids[0] };
    if (key) this.seen.set(key, { status: 200, body: answer });
    if (scripted === "deliver-then-500") {
      // Delivered, but the answer never reaches the caller (a crash or a dropped connection).
      this.seen.set(key ?? "", { status: 200, body: answer });
      return send(500, { name: "internal_server_error", message: "lost", statusCode: 500 });
    }
    return send(200, answer);
  }
}
