// The portal's HTTP server: security headers, static files, rate limits,
// the Remix request handler, and the job worker that delivers after commit.
import crypto from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import express from "express";
import { rateLimit } from "express-rate-limit";
import helmet from "helmet";

const port = Number(process.env.PORT || 3000);
const appUrl = process.env.APP_URL || `http://localhost:${port}`;
const https = appUrl.startsWith("https://");
const build = await import(pathToFileURL(path.resolve("build/index.js")).href);

const app = express();
app.disable("x-powered-by");
if (process.env.TRUST_PROXY) app.set("trust proxy", process.env.TRUST_PROXY);
app.use(compression());

app.use((_req, res, next) => {
  res.locals.cspNonce = crypto.randomBytes(16).toString("base64");
  next();
});

const common = {
  strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  crossOriginEmbedderPolicy: false,
  // same-origin: Chromium sends "Origin: null" on form posts under no-referrer, which fails the CSRF check.
  referrerPolicy: { policy: "same-origin" },
};
const pageHeaders = helmet({
  ...common,
  frameguard: { action: "deny" },
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      "default-src": ["'self'"],
      "script-src": ["'self'", (_req, res) => `'nonce-${res.locals.cspNonce}'`],
      "style-src": ["'self'"],
      "img-src": ["'self'", "data:"],
      "font-src": ["'self'"],
      "connect-src": ["'self'"],
      "form-action": ["'self'"],
      "frame-src": ["'self'"],
      "object-src": ["'none'"],
      "base-uri": ["'none'"],
      "frame-ancestors": ["'none'"],
      ...(https ? { "upgrade-insecure-requests": [] } : {}),
    },
  },
});
// A stored email shown inside the demo mailbox: its own inline styles, no scripts, framed by us only.
const mailFrameHeaders = helmet({
  ...common,
  frameguard: { action: "sameorigin" },
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      "default-src": ["'none'"],
      "style-src": ["'unsafe-inline'"],
      "img-src": ["'self'", "data:"],
      "base-uri": ["'none'"],
      "form-action": ["'none'"],
      "frame-ancestors": ["'self'"],
      sandbox: ["allow-popups", "allow-popups-to-escape-sandbox", "allow-top-navigation-by-user-activation"],
    },
  },
});
// Framed email HTML: the demo mailbox's messages and a newsletter issue's preview.
const framed = /^\/(dev\/mailbox\/[^/]+|jobcenter\/nyhedsbrev\/[^/]+\/preview)$/;
app.use((req, res, next) => (framed.test(req.path) ? mailFrameHeaders : pageHeaders)(req, res, next));

// Coarse per-IP limit on changes; sign-in and codes have finer limits per address and IP in the app.
app.use(
  rateLimit({
    windowMs: 60_000,
    limit: Number(process.env.RATE_LIMIT_POSTS_PER_MINUTE || 300),
    skip: (req) => req.method === "GET" || req.method === "HEAD",
    standardHeaders: "draft-8",
    legacyHeaders: false,
  }),
);

// Forms here are small; refuse large bodies before anything reads them.
app.use((req, res, next) => {
  if (Number(req.headers["content-length"] || 0) > 1_000_000) return res.status(413).type("text/plain").send("Payload Too Large");
  next();
});

app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
app.use(express.static("public", { maxAge: "1h" }));

app.all(
  "*",
  createRequestHandler({
    build,
    mode: "production",
    getLoadContext: (req, res) => ({ cspNonce: res.locals.cspNonce, clientIp: req.ip ?? "unknown" }),
  }),
);

const server = app.listen(port, () => {
  console.log(`Fasthold is running at ${appUrl}`);
});
build.entry.module.startJobWorker(Number(process.env.JOB_POLL_MS || 1000));

async function shutdown() {
  server.close();
  await build.entry.module.stopJobWorker();
  process.exit(0);
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
