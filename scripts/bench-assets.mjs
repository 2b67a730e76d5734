// What the employer's Fast Track page (/virksomhed/fast-track) makes the browser download, read from
// the built files (run `npm run build` first): the client JavaScript Remix loads for that page (the
// entry, root and route modules and every chunk they import, from the build manifest) and the CSS
// the root route links (DKFDS from public/dkfds, and the app's own stylesheet from public/build).
// Prints sizes raw and gzipped (level 9, like a typical server). Figures, not a test.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const publicDir = join(root, "public");
const buildDir = join(publicDir, "build");
const ROUTE_ID = "routes/virksomhed.fast-track";
const CSS_TARGET_KB = 40;

const manifestFile = readdirSync(buildDir).find((f) => /^manifest-.*\.js$/.test(f));
if (!manifestFile) throw new Error("no build manifest in public/build: run `npm run build` first");
const manifestText = readFileSync(join(buildDir, manifestFile), "utf8");
const manifest = JSON.parse(manifestText.slice(manifestText.indexOf("{"), manifestText.lastIndexOf("}") + 1));

const route = manifest.routes[ROUTE_ID];
if (!route) throw new Error(`${ROUTE_ID} is not in the build manifest`);
const chain = [];
for (let id = ROUTE_ID; id; id = manifest.routes[id].parentId) chain.unshift(manifest.routes[id]);

const js = new Set([manifestFile && `/build/${manifestFile}`, manifest.entry.module, ...manifest.entry.imports]);
for (const r of chain) {
  js.add(r.module);
  for (const i of r.imports ?? []) js.add(i);
}

// The root route links these stylesheets (app/root.tsx): DKFDS, then the app's own CSS (the only CSS the build emits).
const css = [
  "/dkfds/css/dkfds-virkdk.min.css",
  ...readdirSync(join(buildDir, "_assets"))
    .filter((f) => f.endsWith(".css"))
    .map((f) => `/build/_assets/${f}`),
];

const measure = (url) => {
  const bytes = readFileSync(join(publicDir, url));
  return { url, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const report = (title, files) => {
  const rows = files.map(measure);
  console.log(`\n${title}`);
  for (const r of rows) console.log(`  ${r.url.padEnd(52)} ${kb(r.raw).padStart(10)} ${kb(r.gzip).padStart(10)} gzip`);
  const total = rows.reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip }), { raw: 0, gzip: 0 });
  console.log(`  ${"total".padEnd(52)} ${kb(total.raw).padStart(10)} ${kb(total.gzip).padStart(10)} gzip`);
  return total;
};

console.log(`Assets of /virksomhed/fast-track (${ROUTE_ID}), from the built files`);
const jsTotal = report("Client JavaScript", [...js]);
const cssTotal = report("CSS", css);
const ok = cssTotal.gzip <= CSS_TARGET_KB * 1024;
console.log(`\nJavaScript ${kb(jsTotal.gzip)} gzip; CSS ${kb(cssTotal.gzip)} gzip (target ≤ ${CSS_TARGET_KB} KB: ${ok ? "met" : "NOT met"})`);
