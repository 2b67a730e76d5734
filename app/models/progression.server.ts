import type { DB } from "~db/index";
import type { Ratings } from "~/domain/progression";
import { parseStoredRatings } from "~/domain/progression.server";
import { newId } from "~/utils/crypto.server";
import { casesIn, type Scope } from "./scope.server";

/** How many ratings a chart shows: the latest ones (a case is followed for at most about a year). */
export const PROGRESSION_SHOWN = 26;

export type ProgressionPoint = { id: string; ratedAt: string; ratings: Ratings; comment: string | null };

/**
 * The employer reaches the ratings only while the employee shares them: the case's scope and the
 * sharing choice are in the same query, so an unshared case answers as one without ratings.
 */
export async function ratingsOfCase(db: DB, scope: Scope, caseId: string): Promise<ProgressionPoint[]> {
  let q = db
    .selectFrom("progression_ratings")
    .innerJoin("absence_cases", "absence_cases.id", "progression_ratings.case_id")
    .select(["progression_ratings.id", "progression_ratings.rated_at", "progression_ratings.ratings", "progression_ratings.comment"])
    .where("progression_ratings.case_id", "=", caseId)
    .where(casesIn(scope));
  if (scope.kind === "employer") {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom("progression_sharing")
          .select("progression_sharing.case_id")
          .whereRef("progression_sharing.case_id", "=", "progression_ratings.case_id")
          .where("progression_sharing.share_with_employer", "=", 1),
      ),
    );
  }
  // The latest ones on the (case_id, rated_at) index, then oldest first for the chart.
  const rows = await q.orderBy("progression_ratings.rated_at", "desc").orderBy("progression_ratings.id", "desc").limit(PROGRESSION_SHOWN).execute();
  return rows.reverse().map((r) => ({ id: r.id, ratedAt: r.rated_at, ratings: parseStoredRatings(r.ratings), comment: r.comment }));
}

export async function insertRating(db: DB, input: { caseId: string; ratedAt: string; ratings: Ratings; comment: string | null }): Promise<string> {
  const id = newId();
  await db
    .insertInto("progression_ratings")
    .values({ id, case_id: input.caseId, rated_at: input.ratedAt, ratings: JSON.stringify(input.ratings), comment: input.comment })
    .execute();
  return id;
}

/** Whether the employee shares their ratings with the employer (no row: not shared). */
export async function isSharedWithEmployer(db: DB, scope: Scope, caseId: string): Promise<boolean> {
  const row = await db
    .selectFrom("progression_sharing")
    .innerJoin("absence_cases", "absence_cases.id", "progression_sharing.case_id")
    .select("progression_sharing.share_with_employer")
    .where("progression_sharing.case_id", "=", caseId)
    .where(casesIn(scope))
    .executeTakeFirst();
  return row?.share_with_employer === 1;
}

export async function setSharing(db: DB, caseId: string, share: boolean, at: string): Promise<void> {
  await db
    .insertInto("progression_sharing")
    .values({ case_id: caseId, share_with_employer: share ? 1 : 0, updated_at: at })
    .onConflict((oc) => oc.column("case_id").doUpdateSet({ share_with_employer: share ? 1 : 0, updated_at: at }))
    .execute();
}
