// Checks every request passes before Remix sees it (server.js mounts them).
import type { IncomingMessage, ServerResponse } from "node:http";
import { db } from "~db/index";
import { allowHit } from "~/models/rateLimit.server";
import { MINUTE } from "~/utils/clock";
import { env, usesLocalMailbox } from "~/utils/env.server";

/** Methods that change nothing; everything else must come from our own pages. */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * The only routes that take POSTs from elsewhere, each proving itself without a
 * session: Resend's webhook (signed body) and the newsletter's RFC 8058
 * one-click unsubscribe, which mail providers POST from their own servers
 * (the signed token in the link is the proof; the page's own buttons post
 * there too, with the same token).
 */
const OUTSIDE_POSTS = new Set(["/webhooks/resend", "/nyhedsbrev/afmeld"]);

export type OriginCheck = {
  method: string;
  /** The path without the query string. */
  path: string;
  origin: string | undefined;
  secFetchSite: string | undefined;
};

/**
 * Is this request allowed to change state? Unsafe methods must come from the
 * portal's own origin (APP_URL): same-site is not enough, and `Origin: null`
 * (sandboxed frames, privacy redirects) is refused. A request with neither
 * `Origin` nor `Sec-Fetch-Site` is not from a browser and cannot carry a
 * victim's cookies by a foreign page's doing, so it passes.
 */
export function isAllowedOrigin(request: OriginCheck, allowedOrigin: string): boolean {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return true;
  if (OUTSIDE_POSTS.has(request.path.replace(/\/+$/, "") || "/")) return true;
  const { origin, secFetchSite } = request;
  if (secFetchSite !== undefined && secFetchSite !== "same-origin" && secFetchSite !== "none") return false;
  // Browsers send the serialized origin ("https://host[:port]"), exactly as URL.origin writes it;
  // "null" and anything else never equals ours.
  if (origin !== undefined) return origin === allowedOrigin;
  return true;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

/** Express/Connect middleware: 403 for state-changing requests from another origin. */
export function originGuard(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  const allowed = new URL(env().APP_URL).origin;
  const path = (req.url ?? "/").split("?")[0];
  const ok = isAllowedOrigin({ method: req.method ?? "GET", path, origin: header(req, "origin"), secFetchSite: header(req, "sec-fetch-site") }, allowed);
  if (ok) return next();
  res.statusCode = 403;
  res.setHeader("Content-Type", "text/plain; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  res.end("Afvist: forespørgslen kom fra et andet websted.\nForbidden: cross-origin request.\n");
}

/**
 * The coarse per-IP limit on changes (sign-in and codes have finer ones per
 * address and IP). Counted in the database, so it holds across every app
 * process behind the load balancer.
 */
export function postRateLimit(perMinute: number) {
  return (req: IncomingMessage & { ip?: string }, res: ServerResponse, next: (error?: unknown) => void): void => {
    if (SAFE_METHODS.has((req.method ?? "GET").toUpperCase())) return next();
    allowHit(db, `posts:ip:${req.ip ?? req.socket.remoteAddress ?? "unknown"}`, perMinute, MINUTE).then((allowed) => {
      if (allowed) return next();
      res.statusCode = 429;
      res.setHeader("Retry-After", "60");
      res.setHeader("Content-Type", "text/plain; charset=utf-8");
      res.end("For mange forespørgsler. Prøv igen om et minut.\nToo many requests. Try again in a minute.\n");
    }, next);
  };
}

/**
 * Reads and checks the environment once, before the server listens; throws
 * with the reason when a setting is wrong or unsafe (server.js exits on it).
 */
export function startupSettings(): { appUrl: string; https: boolean; mailbox: boolean } {
  const e = env();
  return { appUrl: e.APP_URL, https: e.APP_URL.startsWith("https://"), mailbox: usesLocalMailbox() };
}
