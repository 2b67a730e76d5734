import { useRouteLoaderData } from "@remix-run/react";
import { da } from "~/locales/da";
import type { Lang } from "./dates";

export type { Lang };
export type MessageKey = keyof typeof da;
export type Vars = Record<string, string | number>;
export type Translate = (key: MessageKey, vars?: Vars) => string;

// English is loaded where it is needed: the server registers it at start (i18n.server.ts), the browser
// only for a page served in English (entry.client.tsx), so Danish users do not download it.
const dictionaries: Partial<Record<Lang, Record<MessageKey, string>>> = { da };

export function registerDictionary(lang: Lang, dictionary: Record<MessageKey, string>): void {
  dictionaries[lang] = dictionary;
}

export const languages: Lang[] = ["da", "en"];

export function isMessageKey(value: string): value is MessageKey {
  return Object.prototype.hasOwnProperty.call(da, value);
}

/** With `count` 1, a key's singular form `<key>.one` is used where the dictionary has one ("1 plads", "2 pladser"). */
export function translate(lang: Lang, key: MessageKey, vars?: Vars): string {
  const one = vars?.count === 1 && isMessageKey(`${key}.one`) ? (`${key}.one` as MessageKey) : null;
  const dictionary = dictionaries[lang] ?? da;
  const template = (one && dictionary[one]) || dictionary[key] || da[key];
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function translator(lang: Lang): Translate {
  return (key, vars) => translate(lang, key, vars);
}

/** A number as the language writes it (Danish decimal comma); "–" for none. */
export function formatDecimal(n: number | null | undefined, lang: Lang): string {
  return n === null || n === undefined ? "–" : String(n).replace(".", lang === "da" ? "," : ".");
}

/** The page's language and translate function, from the root loader. */
export function useT(): { t: Translate; lang: Lang } {
  const data = useRouteLoaderData("root") as { lang?: Lang } | undefined;
  const lang: Lang = data?.lang === "en" ? "en" : "da";
  return { t: translator(lang), lang };
}
