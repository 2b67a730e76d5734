// The portal's HTTP server: security headers, static files, rate limits,
// the Remix request handler, and the job worker that delivers after commit.
import crypto from "node:crypto";
import path from "node:path";
import { Transform } from "node:stream";
import { pathToFileURL } from "node:url";
import { createReadableStreamFromReadable, createRequestHandler, writeReadableStreamToWritable } from "@remix-run/node";
import compression from "compression";
import express from "express";
import helmet from "helmet";

const port = Number(process.env.PORT || 3000);
const build = await import(pathToFileURL(path.resolve("build/index.js")).href);

// Refuse to start on a wrong or unsafe setting (e.g. the demo mailbox on a public https address), saying why.
let settings;
try {
  settings = build.entry.module.startupSettings();
} catch (error) {
  console.error(`Fasthold cannot start: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
const { appUrl, https, mailbox } = settings;

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

// CSRF: state-changing requests (documents, ?_data fetches, resource routes alike) only from APP_URL's origin.
app.use(build.entry.module.originGuard);

// Coarse per-IP limit on changes, counted in the database so it holds across processes; sign-in and
// codes have finer limits per address and IP in the app.
app.use(build.entry.module.postRateLimit(Number(process.env.RATE_LIMIT_POSTS_PER_MINUTE || 300)));

// Forms here are small; refuse large bodies before anything reads them. A body without a
// Content-Length (chunked) is counted as it streams in, see remixRequest below.
const MAX_BODY_BYTES = 1_000_000;

function refuseTooLarge(req, res) {
  if (res.headersSent) return req.socket.destroy();
  res.status(413).type("text/plain").send("Payload Too Large");
  // The rest of the body is not wanted: close our side once the answer is out, and drop the
  // connection a little later (closing at once with unread data would reset the connection
  // and could lose the answer on its way to the client).
  res.once("finish", () => {
    req.socket.end();
    setTimeout(() => req.socket.destroy(), 5_000).unref();
  });
}

app.use((req, res, next) => {
  if (Number(req.headers["content-length"] || 0) > MAX_BODY_BYTES) return refuseTooLarge(req, res);
  next();
});

/** The request body, counted as Remix reads it: past the limit, 413, and reading stops. */
function limitedBody(req, res) {
  let seen = 0;
  const counter = new Transform({
    transform(chunk, _encoding, callback) {
      seen += chunk.length;
      if (seen <= MAX_BODY_BYTES) return callback(null, chunk);
      req.unpipe(counter);
      req.pause();
      refuseTooLarge(req, res);
      callback(new Error("Payload Too Large"));
    },
  });
  // A client that goes away mid-body leaves an error, never a cut-off form that looks complete.
  req.once("error", (error) => counter.destroy(error));
  req.once("close", () => {
    if (!req.complete) counter.destroy(new Error("Request aborted"));
  });
  return req.pipe(counter);
}

// The Remix handler. @remix-run/express 2.17 hands `req` itself to Remix as the
// body, unbounded; this is its createRemixRequest/sendRemixResponse with the
// body read through the counter above.

function remixRequest(req, res) {
  // req.hostname has no port: take it from X-Forwarded-Host or Host, as the adapter does.
  const portOf = (value) => Number.parseInt(value?.split(":")[1] ?? "", 10);
  const port = [portOf(req.get("X-Forwarded-Host")), portOf(req.get("Host"))].find(Number.isSafeInteger);
  const url = new URL(`${req.protocol}://${req.hostname}${port ? `:${port}` : ""}${req.originalUrl}`);
  const headers = new Headers();
  for (const [name, values] of Object.entries(req.headers)) {
    for (const value of [values ?? []].flat()) headers.append(name, value);
  }
  // Abort loaders and actions once the answer can no longer be written.
  let controller = new AbortController();
  res.on("finish", () => (controller = null));
  res.on("close", () => controller?.abort());
  const init = { method: req.method, headers, signal: controller.signal };
  if (req.method !== "GET" && req.method !== "HEAD") {
    init.body = createReadableStreamFromReadable(limitedBody(req, res));
    init.duplex = "half";
  }
  return new Request(url.href, init);
}

async function sendRemixResponse(res, response) {
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [name, value] of response.headers.entries()) res.append(name, value);
  if (/text\/event-stream/i.test(response.headers.get("Content-Type") ?? "")) res.flushHeaders();
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}

app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
app.use(express.static("public", { maxAge: "1h" }));

const handleRemix = createRequestHandler(build, "production");
app.all("*", async (req, res, next) => {
  try {
    // `routes`: the root loader sends each page the texts its matched routes declare (pageMessages in app/utils/i18n.server.ts).
    const context = { cspNonce: res.locals.cspNonce, clientIp: req.ip ?? "unknown", routes: build.routes };
    const response = await handleRemix(remixRequest(req, res), context);
    // The body limit has already answered 413; drop whatever the route made of the cut-off body.
    if (res.headersSent) return void (await response.body?.cancel());
    await sendRemixResponse(res, response);
  } catch (error) {
    next(error);
  }
});

const server = app.listen(port, () => {
  console.log(`Fasthold is running at ${appUrl}`);
  if (mailbox) console.log(`Demo mailbox (no Resend key set; every email, sign-in codes too): ${appUrl}/dev/mailbox`);
});
build.entry.module.startJobWorker(Number(process.env.JOB_POLL_MS || 1000));

async function shutdown() {
  server.close();
  await build.entry.module.stopJobWorker();
  process.exit(0);
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
