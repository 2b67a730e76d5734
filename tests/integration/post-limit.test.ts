import { describe, expect, it } from "vitest";
import { postRateLimit } from "~/services/httpGuards.server";

type Outcome = "next" | number;

/** One request through a middleware instance, as Express would pass it. */
function send(middleware: ReturnType<typeof postRateLimit>, method: string, ip: string): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const res = { statusCode: 200, setHeader() {}, end: () => resolve(res.statusCode) };
    middleware({ method, ip, socket: {} } as never, res as never, (error?: unknown) => (error ? reject(error) : resolve("next")));
  });
}

describe("the coarse per-IP limit on changes", () => {
  it("is shared by every process: two servers' limiters count the same IP together, and reads are never limited", async () => {
    const first = postRateLimit(5);
    const second = postRateLimit(5);
    const outcomes: Outcome[] = [];
    for (let i = 0; i < 4; i++) outcomes.push(await send(i % 2 ? second : first, "POST", "198.51.100.7"));
    outcomes.push(await send(second, "POST", "198.51.100.7"));
    expect(outcomes).toEqual(["next", "next", "next", "next", "next"]);
    expect(await send(first, "POST", "198.51.100.7")).toBe(429);
    expect(await send(second, "POST", "198.51.100.7")).toBe(429);
    expect(await send(first, "GET", "198.51.100.7")).toBe("next");
    expect(await send(first, "POST", "198.51.100.8")).toBe("next");
  });
});
