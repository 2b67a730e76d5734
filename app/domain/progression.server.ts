import { z } from "zod";
import { progressionStatements, SCALE_MAX, SCALE_MIN, type Ratings } from "./progression";

const score = z.number().int().min(SCALE_MIN).max(SCALE_MAX);
const stored = z.record(z.string(), z.unknown());

/** Ratings as stored (JSON text): unknown keys and values out of range are left out, never thrown. */
export function parseStoredRatings(json: string): Ratings {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return {};
  }
  const obj = stored.safeParse(raw);
  if (!obj.success) return {};
  const out: Ratings = {};
  for (const key of progressionStatements) {
    const v = score.safeParse(obj.data[key]);
    if (v.success) out[key] = v.data;
  }
  return out;
}
