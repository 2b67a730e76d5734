import { createCookie, type Cookie, type ServerBuild } from "@remix-run/node";
import { matchRoutes } from "@remix-run/react";
import { env } from "./env.server";
import { da } from "~/locales/da";
import { en } from "~/locales/en";
import { coveredBy, registerDictionary, translator, type I18nHandle, type Lang, type MessageKey, type Messages, type Translate } from "./i18n";

// The dictionaries live on the server only: loaders, actions, emails and PDFs translate with them, and
// each page is sent the part it uses (pageMessages). No browser module imports app/locales.
registerDictionary("da", da);
registerDictionary("en", en);
export { formatDecimal, isMessageKey, translate, translator } from "./i18n";

const langCookies = new Map<boolean, Cookie>();

/** The language cookie; `Secure` when the portal runs over HTTPS (read from APP_URL once the environment is known). */
export function langCookie(): Cookie {
  const secure = env().APP_URL.startsWith("https://");
  let cookie = langCookies.get(secure);
  if (!cookie) {
    cookie = createCookie("lang", { path: "/", sameSite: "lax", httpOnly: true, secure, maxAge: 60 * 60 * 24 * 365 });
    langCookies.set(secure, cookie);
  }
  return cookie;
}

/** The language the request's cookie chose, or null when it chose none (the default applies). */
export async function getLangChoice(request: Request): Promise<Lang | null> {
  const value = await langCookie().parse(request.headers.get("Cookie"));
  return value === "en" || value === "da" ? value : null;
}

/** Danish unless the user chose English. */
export async function getLang(request: Request): Promise<Lang> {
  const value = await langCookie().parse(request.headers.get("Cookie"));
  return value === "en" ? "en" : "da";
}

export async function getT(request: Request): Promise<{ t: Translate; lang: Lang }> {
  const lang = await getLang(request);
  return { t: translator(lang), lang };
}

// ---- The texts a page is sent --------------------------------------------------------

type Routes = ServerBuild["routes"];
type Matchable = Parameters<typeof matchRoutes>[0][number];

const routeTrees = new WeakMap<Routes, Matchable[]>();

/** The build's flat route list as the nested tree Remix matches against. */
function routeTree(routes: Routes): Matchable[] {
  let tree = routeTrees.get(routes);
  if (!tree) {
    const childrenOf = (parentId: string | undefined): Matchable[] =>
      Object.values(routes)
        .filter((r) => r && r.parentId === parentId)
        .map((r): Matchable => {
          const { id, path, caseSensitive } = r!;
          return r!.index ? { id, path, caseSensitive, index: true } : { id, path, caseSensitive, children: childrenOf(id) };
        });
    tree = childrenOf(undefined);
    routeTrees.set(routes, tree);
  }
  return tree;
}

const i18nOf = (routes: Routes, id: string): readonly string[] => (routes[id]?.module.handle as Partial<I18nHandle> | undefined)?.i18n ?? [];

const messageCache = new Map<string, Messages>();

/** The texts for the keys `entries` name (`handle.i18n` lists), in `lang`; cached per language and list (one per route chain). */
export function messagesFor(lang: Lang, entries: readonly string[]): Messages {
  const cacheKey = `${lang}|${entries.join(",")}`;
  let messages = messageCache.get(cacheKey);
  if (!messages) {
    const dictionary: Record<MessageKey, string> = lang === "en" ? en : da;
    messages = {};
    for (const key of Object.keys(dictionary) as MessageKey[]) if (coveredBy(entries, key)) messages[key] = dictionary[key];
    messageCache.set(cacheKey, messages);
  }
  return messages;
}

/**
 * What the page at the request's address is sent of the dictionary: the keys the root route's
 * `handle.i18n` names (the layout and the shared components) and those of the routes the address
 * matches, in the request's language. `routes` is the server build's route list, which server.js
 * passes in the load context; without it (a loader called directly, as in tests) the whole
 * dictionary.
 */
export function pageMessages(lang: Lang, request: Request, routes: Routes | undefined): Messages {
  if (!routes) return lang === "en" ? en : da;
  return messagesFor(lang, entriesFor(routes, new URL(request.url).pathname));
}

const entriesByPath = new WeakMap<Routes, Map<string, readonly string[]>>();
/** Paths remembered per build; addresses with ids are many, so the map starts over when full. */
const PATHS_KEPT = 2_000;

/**
 * The `handle.i18n` entries of the root and the routes `pathname` matches. matchRoutes flattens and
 * ranks every route on each call (about a millisecond a request), so the answer is kept per path.
 */
function entriesFor(routes: Routes, pathname: string): readonly string[] {
  let byPath = entriesByPath.get(routes);
  if (!byPath) entriesByPath.set(routes, (byPath = new Map()));
  let entries = byPath.get(pathname);
  if (!entries) {
    const matches = matchRoutes(routeTree(routes), pathname) ?? [];
    const ids = new Set(["root", ...matches.map((m) => m.route.id ?? "")]);
    entries = [...ids].flatMap((id) => i18nOf(routes, id));
    if (byPath.size >= PATHS_KEPT) byPath.clear();
    byPath.set(pathname, entries);
  }
  return entries;
}
