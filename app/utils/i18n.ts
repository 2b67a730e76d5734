import { useRouteLoaderData } from "@remix-run/react";
// Only the type: the dictionaries themselves are imported on the server alone (i18n.server.ts).
import type { da } from "~/locales/da";
import type { Lang } from "./dates";

export type { Lang };
export type MessageKey = keyof typeof da;
export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;
/** Texts by key: a whole dictionary on the server, or the part of it a page uses (the root loader's `messages`). */
export type Messages = Partial<Record<MessageKey, string>>;

/**
 * What a route module declares in `handle.i18n`: the keys its page uses, as key prefixes ("fastTrack"
 * stands for every `fastTrack.…` key) or whole keys. The root loader sends the current language's
 * texts for the root's entries and the matched routes' (`pageMessages` in i18n.server.ts);
 * tests/unit/page-messages.test.ts checks each route's entries against the keys its code uses.
 */
export type I18nHandle = { i18n: readonly string[] };

/** Whether `key` is one of the keys a `handle.i18n` list names. */
export function coveredBy(entries: readonly string[], key: string): boolean {
  return entries.some((entry) => key === entry || key.startsWith(`${entry}.`));
}

// The full dictionaries, registered by i18n.server.ts: only the server has them.
const dictionaries: Partial<Record<Lang, Messages>> = {};

export function registerDictionary(lang: Lang, dictionary: Record<MessageKey, string>): void {
  dictionaries[lang] = dictionary;
}

export const languages: Lang[] = ["da", "en"];

/** Whether `value` is a dictionary key. Server only: the browser has no dictionary to ask (use `has` from `useT()`). */
export function isMessageKey(value: string): value is MessageKey {
  const da = dictionaries.da;
  return da !== undefined && Object.prototype.hasOwnProperty.call(da, value);
}

function fill(template: string, vars?: Vars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** With `count` 1, a key's singular form `<key>.one` is used where there is one ("1 plads", "2 pladser"). */
function lookup(messages: Messages, key: MessageKey, vars?: Vars): string | undefined {
  const one = vars?.count === 1 ? messages[`${key}.one` as MessageKey] : undefined;
  return one ?? messages[key];
}

/** A text from the full dictionaries (server: loaders, actions, emails, PDFs); Danish where English lacks it. */
export function translate(lang: Lang, key: MessageKey, vars?: Vars): string {
  const da = dictionaries.da;
  if (!da) throw new Error("No dictionary is registered: import ~/utils/i18n.server on the server");
  return fill(lookup(dictionaries[lang] ?? da, key, vars) ?? lookup(da, key, vars) ?? key, vars);
}

export function translator(lang: Lang): Translate {
  return (key, vars) => translate(lang, key, vars);
}

/**
 * Translation from the texts a page was sent. A key the page was not sent is an error, logged (in the
 * browser's console, which the end-to-end tests fail on) and shown as the key itself, the same on the
 * server and in the browser, so the page still hydrates.
 */
function pageTranslator(messages: Messages): { t: Translate; has: (key: string) => key is MessageKey } {
  const has = (key: string): key is MessageKey => Object.prototype.hasOwnProperty.call(messages, key);
  const t: Translate = (key, vars) => {
    const template = lookup(messages, key, vars);
    if (template !== undefined) return fill(template, vars);
    console.error(`i18n: the page was not sent the text "${key}" (add it to the route's handle.i18n)`);
    return key;
  };
  return { t, has };
}

const pageTranslators = new WeakMap<Messages, ReturnType<typeof pageTranslator>>();
const noMessages: Messages = {};

/** A number as the language writes it (Danish decimal comma); "–" for none. */
export function formatDecimal(n: number | null | undefined, lang: Lang): string {
  return n === null || n === undefined ? "–" : String(n).replace(".", lang === "da" ? "," : ".");
}

/**
 * The page's language and translate function, from the root loader's data: its `lang` and the
 * `messages` the page uses. Without root data (an address no route matches, or the root loader
 * failed) the server renders from its full dictionary and the browser leaves that page unhydrated
 * (entry.client.tsx).
 */
export function useT(): { t: Translate; lang: Lang; has: (key: string) => key is MessageKey } {
  const data = useRouteLoaderData("root") as { lang?: Lang; messages?: Messages } | undefined;
  const lang: Lang = data?.lang === "en" ? "en" : "da";
  const messages = data?.messages ?? dictionaries[lang] ?? noMessages;
  let translator = pageTranslators.get(messages);
  if (!translator) {
    translator = pageTranslator(messages);
    pageTranslators.set(messages, translator);
  }
  return { t: translator.t, lang, has: translator.has };
}
