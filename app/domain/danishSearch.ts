/**
 * Search in Danish over the few guides and services: words are lower-cased,
 * æ/ø/å folded (ae/oe/aa, so "sygedagpenge" typed on an English keyboard as
 * "sygedagpenge" or "oe" for "ø" still matches) and cut to a stem by a small
 * suffix stemmer, so singular, plural and definite forms meet:
 * "sygemelding" and "sygemeldt", "tilbud" and "tilbuddene",
 * "medarbejder" and "medarbejdere" share a stem.
 */

/** Lower case, æ/ø/å (and é, ü …) folded to ASCII, everything else a space. */
export function foldDanish(text: string): string {
  return text
    .toLocaleLowerCase("da-DK")
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Longest first: definite plural, plural, definite, past participle, verbal noun and the rest. */
const SUFFIXES = [
  "erendes",
  "erende",
  "ingerne",
  "elserne",
  "hedens",
  "heden",
  "erne",
  "ende",
  "ingen",
  "inger",
  "elsen",
  "elser",
  "else",
  "enes",
  "erer",
  "eres",
  "eren",
  "ere",
  "ene",
  "ede",
  "ing",
  "hed",
  "ens",
  "ers",
  "ets",
  "er",
  "en",
  "et",
  "es",
  "te",
  "ne",
  "e",
  "t",
  "s",
];

/** The shortest stem a suffix may leave: short words stay whole ("ret", "hus"). */
const MIN_STEM = 3;

/** One word's stem, the word already folded. */
export function stemDanish(word: string): string {
  let w = word;
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= MIN_STEM) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  // "tilbudd(ene)" → "tilbud": a doubled final consonant is undone.
  if (w.length > MIN_STEM && /([bcdfgklmnprstv])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** The stems of a text, in order. */
export function stems(text: string): string[] {
  const folded = foldDanish(text);
  return folded ? folded.split(" ").map(stemDanish) : [];
}

/** Up to this many words of a query count; more is refused as noise. */
export const MAX_QUERY_WORDS = 8;

/** The query's stems, without duplicates and words under two letters. */
export function queryStems(query: string): string[] {
  return [...new Set(stems(query).filter((s) => s.length >= 2))].slice(0, MAX_QUERY_WORDS);
}

/**
 * How well a document's stems answer a query: 0 unless every query stem is
 * found. A query stem of four letters or more also matches inside a compound
 * ("plan" in "fastholdelsesplan"); shorter ones only at a word's start.
 */
export function matchScore(query: string[], documentStems: string[], titleStems: string[] = []): number {
  if (!query.length) return 0;
  let score = 0;
  for (const q of query) {
    const hit = (s: string) => s === q || s.startsWith(q) || (q.length >= 4 && s.includes(q));
    const inTitle = titleStems.some(hit);
    const inBody = documentStems.some(hit);
    if (!inTitle && !inBody) return 0;
    score += (inTitle ? 3 : 0) + (inBody ? 1 : 0) + (documentStems.some((s) => s === q) ? 1 : 0);
  }
  return score;
}
