import type { Lang } from "~/utils/dates";

export type { Lang };

/** Every template takes the reader's language besides its own props; Danish when none is given. */
export type WithLang = { lang?: Lang };

/**
 * A template's texts in both languages. Danish defines the keys (and the
 * shape of each text: a string, or a function of the props); English must
 * have every one of them, so a missing English text fails the type check.
 */
export function emailTexts<T extends Record<string, unknown>>(da: T, en: NoInfer<{ [K in keyof T]: T[K] }>): Record<Lang, T> {
  return { da, en: en as T };
}

/** The reader's language: English only when asked for, else Danish. */
export function langOf(lang: Lang | undefined | null): Lang {
  return lang === "en" ? "en" : "da";
}
