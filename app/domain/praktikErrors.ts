import type { StepResult } from "./placementRules";
import type { Translate } from "~/utils/i18n";

/** A refused placement step, in words. */
export function stepError(t: Translate, result: Exclude<StepResult, { ok: true }>): string {
  return t(`praktik.error.${result.error}`, { max: result.max ?? "" });
}
