// Each page is sent only the texts it uses (the root loader's `messages`, from the root's and the
// matched routes' `handle.i18n`), and the browser has no dictionary: a key a page's code asks for that
// it was not sent would show as the key. This test reads every route module and the browser modules it
// imports (tests/support/messageKeys.ts) and checks that the route's texts cover every key they use
// literally and every prefix they build keys from.
import path from "node:path";
import { flatRoutes } from "@remix-run/dev/dist/config/flat-routes.js";
import type { ServerBuild } from "@remix-run/node";
import { describe, expect, it } from "vitest";
import { da } from "~/locales/da";
import { en } from "~/locales/en";
import { coveredBy, type I18nHandle } from "~/utils/i18n";
import { pageMessages } from "~/utils/i18n.server";
import { createAnalyzer } from "../support/messageKeys";

type RouteModule = { handle?: Partial<I18nHandle>; default?: unknown };
const modules = import.meta.glob<RouteModule>(["../../app/routes/*.{ts,tsx}", "../../app/root.tsx"], { eager: true });
const moduleOf = (file: string): RouteModule => modules[`../../app/${file}`] ?? {};

// The route manifest as `remix build` makes it (remix.config.js ignores dot files and tests).
const manifest = { root: { id: "root", parentId: undefined, path: "", file: "root.tsx" }, ...flatRoutes("app", ["**/.*", "**/*.test.*"]) };
const routes = Object.fromEntries(Object.values(manifest).map((r) => [r.id, { ...r, module: moduleOf(r.file) }])) as unknown as ServerBuild["routes"];

const allKeys = Object.keys(da);
const analyzer = createAnalyzer(allKeys);
const entriesOf = (id: string): readonly string[] => (routes[id]?.module.handle as Partial<I18nHandle> | undefined)?.i18n ?? [];

/** The root's entries and those of the route and its parents (what `pageMessages` sends for its page). */
function chainEntries(id: string): string[] {
  const entries: string[] = [];
  for (let at: string | undefined = id; at; at = routes[at]?.parentId) entries.push(...entriesOf(at));
  if (id !== "root") entries.push(...entriesOf("root"));
  return entries;
}

/** Keys and prefixes a module uses that `entries` do not cover, with where each was seen. */
function uncovered(file: string, entries: readonly string[]): string[] {
  const usage = analyzer.usage(path.join("app", file));
  const missing: string[] = [];
  for (const key of usage.keys) if (!coveredBy(entries, key)) missing.push(`${key} (${usage.where.get(key)})`);
  for (const prefix of usage.prefixes) {
    const under = allKeys.filter((k) => k.startsWith(prefix) && !coveredBy(entries, k));
    if (under.length) missing.push(`${prefix}… (${usage.where.get(prefix)}): ${under.slice(0, 3).join(", ")}${under.length > 3 ? ", …" : ""}`);
  }
  return missing;
}

// Resource routes (no default export: CSV files, redirects, webhooks) render no page.
const routeEntries = Object.values(manifest).filter((r) => r.id !== "root" && moduleOf(r.file).default);

describe("the texts each page is sent", () => {
  it("finds the route files", () => {
    expect(routeEntries.length).toBeGreaterThan(70);
    expect(routes["routes/virksomhed.fast-track"]?.module.default).toBeTruthy();
  });

  it("the root's handle.i18n covers the keys of the layout and of the components it imports", () => {
    expect(uncovered("root.tsx", chainEntries("root"))).toEqual([]);
  });

  it.each(routeEntries.map((r) => [r.file, r.id] as const))("%s: its handle.i18n (with the root's) covers the keys its code uses", (file, id) => {
    const missing = uncovered(file, chainEntries(id));
    expect(missing, `add to handle.i18n in app/${file}`).toEqual([]);
  });

  it("every handle.i18n entry names at least one key", () => {
    const stale: string[] = [];
    for (const r of Object.values(manifest))
      for (const entry of entriesOf(r.id)) if (!allKeys.some((k) => coveredBy([entry], k))) stale.push(`${r.file}: ${entry}`);
    expect(stale).toEqual([]);
  });

  it("no module the browser loads imports a dictionary (app/locales)", () => {
    const offenders = new Set<string>();
    for (const r of Object.values(manifest)) for (const f of analyzer.usage(path.join("app", r.file)).dictionaryImports) offenders.add(f);
    for (const f of analyzer.usage("app/entry.client.tsx").dictionaryImports) offenders.add(f);
    expect([...offenders]).toEqual([]);
  });

  it("a page is sent its own texts and the layout's, in its language, and not the rest", () => {
    const fastTrack = pageMessages("da", new Request("http://localhost/virksomhed/fast-track"), routes);
    expect(fastTrack["fastTrack.title"]).toBe(da["fastTrack.title"]);
    expect(fastTrack["nav.skip"]).toBe(da["nav.skip"]);
    expect(fastTrack["error.notFound.title"]).toBe(da["error.notFound.title"]);
    expect(fastTrack["privacy.lead"]).toBeUndefined();
    expect(fastTrack["plan.title"]).toBeUndefined();
    expect(Object.keys(fastTrack).length).toBeLessThan(allKeys.length / 4);

    const english = pageMessages("en", new Request("http://localhost/virksomhed/fast-track?x=1"), routes);
    expect(english["fastTrack.title"]).toBe(en["fastTrack.title"]);

    // Static segments win over parameters, as in Remix: /jobcenter/tilbud/ny is the new-service page.
    const newService = pageMessages("da", new Request("http://localhost/jobcenter/tilbud/ny"), routes);
    for (const key of allKeys.filter((k) => coveredBy(entriesOf("routes/jobcenter.tilbud.ny"), k))) expect(newService[key as keyof typeof da]).toBeDefined();

    // An address no route matches: the layout's texts (its page is the root's error page).
    const unknown = pageMessages("da", new Request("http://localhost/findes/ikke"), routes);
    expect(unknown["error.notFound.title"]).toBe(da["error.notFound.title"]);
    expect(unknown["fastTrack.title"]).toBeUndefined();
  });
});
