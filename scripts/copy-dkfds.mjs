// Copies Det Fælles Designsystem (npm `dkfds`, virk.dk theme) into public/dkfds/ at build time:
// the minified CSS, every file it references (IBM Plex Sans fonts, images and icons, keeping the
// relative ../fonts and ../img layout) and the icon sprite. public/dkfds/ is not in git.
// The package's `exports` map only ".", so the files are read by path.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, posix, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(root, "package.json"));
// The package root: the directory of its resolved entry point, up to the folder named dkfds.
let pkg = dirname(require.resolve("dkfds"));
while (!existsSync(join(pkg, "package.json"))) pkg = dirname(pkg);
const dist = join(pkg, "dist");
const out = join(root, "public", "dkfds");

const cssName = "dkfds-virkdk.min.css";
let css = readFileSync(join(dist, "css", cssName), "utf8");
// No source map in public/: drop the reference so browsers do not ask for it.
css = css.replace(/\/\*# sourceMappingURL=[^*]*\*\/\s*$/, "");

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, "css"), { recursive: true });
writeFileSync(join(out, "css", cssName), css);

const copy = (rel) => {
  const from = join(dist, rel);
  if (!existsSync(from)) throw new Error(`dkfds: ${rel} is referenced but missing in ${dist}`);
  const to = join(out, rel);
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
};

const referenced = new Set();
for (const m of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
  const url = m[1].split(/[?#]/)[0];
  if (url.startsWith("data:") || /^[a-z]+:/i.test(url)) continue;
  referenced.add(posix.normalize(posix.join("css", url)));
}
for (const rel of referenced) copy(rel);
copy("img/all-svg-icons.svg");

console.log(`dkfds: copied ${cssName} and ${referenced.size + 1} referenced files to public/dkfds/`);
