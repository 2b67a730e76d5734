/**
 * Progression measured by the employee: at each follow-up they rate, from 0 (not at all) to 10 (fully),
 * a few statements about their way back. The statements are keys; their wording is in the dictionaries
 * (`progression.statement.<key>`). Adding one later keeps the older ratings readable (a missing key is
 * shown as "–").
 */
export const progressionStatements = ["tasks", "nextStep", "support", "confidence"] as const;
export type ProgressionStatement = (typeof progressionStatements)[number];
export type Ratings = Partial<Record<ProgressionStatement, number>>;

export const SCALE_MIN = 0;
export const SCALE_MAX = 10;
export const scaleValues = Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, i) => SCALE_MIN + i);

/** The mean of the statements rated, one decimal; null when none. */
export function ratingMean(ratings: Ratings): number | null {
  const values = progressionStatements.map((k) => ratings[k]).filter((v): v is number => typeof v === "number");
  if (!values.length) return null;
  return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
}
