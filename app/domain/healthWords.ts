/**
 * A guard against health data in free text (helbredsoplysningsloven § 2): the
 * employer may know function, expected duration and accommodations, never the
 * diagnosis. A curated list of Danish diagnosis, treatment and symptom words,
 * matched as word beginnings so inflections count ("depressionen", "kræftsyg").
 * It warns; it does not forbid: the employee may describe their own limits.
 */
const stems = [
  // diagnoses
  "kræft",
  "cancer",
  "tumor",
  "svulst",
  "leukæmi",
  "lymfom",
  "depression",
  "depressiv",
  "angst",
  "panikangst",
  "ptsd",
  "skizofren",
  "bipolar",
  "psykose",
  "autis",
  "spiseforstyrr",
  "anoreksi",
  "bulimi",
  "demens",
  "alzheimer",
  "parkinson",
  "sclerose",
  "epilepsi",
  "diabetes",
  "sukkersyge",
  "gigt",
  "leddegigt",
  "artrose",
  "slidgigt",
  "fibromyalgi",
  "diskusprolaps",
  "prolaps",
  "piskesmæld",
  "hjernerystelse",
  "hjerneskade",
  "apopleksi",
  "blodprop",
  "hjerteanfald",
  "hjertesvigt",
  "hjertesygdom",
  "forhøjet blodtryk",
  "astma",
  "migræne",
  "crohn",
  "colitis",
  "cøliaki",
  "hepatitis",
  "covid",
  "long covid",
  "senfølger",
  "borreliose",
  "stress",
  "udbrændt",
  "burnout",
  "misbrug",
  "alkoholis",
  "graviditet",
  "gravid",
  "infektion",
  "betændelse",
  "brækket",
  "fraktur",
  "ledbånd",
  "menisk",
  "seneskede",
  "tennisalbue",
  "karpaltunnel",
  // treatment and medicine
  "diagnose",
  "kemo",
  "strålebehandl",
  "operation",
  "opereret",
  "indlagt",
  "indlæggelse",
  "psykiat",
  "psykolog",
  "antidepressiv",
  "medicin",
  "lykkepiller",
  "morfin",
  "smertestillende",
  "genoptræning",
  "fysioterapi",
];

/** Short words that only count on their own ("kol", not "kolde"). */
const words = ["kol", "hiv", "ocd", "adhd", "add", "ptsd", "brud", "abort"];

const letters = "a-zæøåéü";
const pattern = new RegExp(`(^|[^${letters}])(${stems.map((s) => s.replace(/ /g, "\\s+")).join("|")}|(?:${words.join("|")})(?![${letters}]))`, "giu");

/** The health words found in a text (lower case, first occurrence each). */
export function findHealthWords(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(pattern)) found.add(m[2].toLowerCase().replace(/\s+/g, " "));
  return [...found];
}
