import { db } from "~db/index";
import type { Ratings } from "~/domain/progression";
import { writeAudit } from "~/models/audit.server";
import { insertRating, isSharedWithEmployer, ratingsOfCase, setSharing, type ProgressionPoint } from "~/models/progression.server";
import { employeeScope, type Scope } from "~/models/scope.server";
import { nowIso } from "~/utils/clock";
import type { Employee } from "./employeeAccess.server";

/**
 * Progression measured by the employee (issue 13, part 3). The employee rates from their link; the
 * ratings are the employee's: the consultant always sees them, the employer only while the employee
 * shares them (`progression_sharing`), and the choice can be changed at any time, for all ratings.
 */
export async function rateProgression(employee: Employee, input: { ratings: Ratings; comment: string | null }): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const id = await insertRating(trx, { caseId: employee.caseId, ratedAt: nowIso(), ratings: input.ratings, comment: input.comment });
    await writeAudit(trx, {
      actor: { kind: "employee", id: employee.caseId },
      action: "progression.rated",
      entityType: "absence_case",
      entityId: employee.caseId,
      companyId: employee.companyId,
      meta: { ratingId: id, withComment: input.comment !== null },
    });
    return id;
  });
}

export async function setProgressionSharing(employee: Employee, share: boolean): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await setSharing(trx, employee.caseId, share, nowIso());
    await writeAudit(trx, {
      actor: { kind: "employee", id: employee.caseId },
      action: share ? "progression.shared" : "progression.unshared",
      entityType: "absence_case",
      entityId: employee.caseId,
      companyId: employee.companyId,
    });
  });
}

export type ProgressionView = { points: ProgressionPoint[]; shared: boolean };

/** What a viewer may see of a case's progression: the employer an empty list unless it is shared. */
export async function progressionFor(scope: Scope, caseId: string): Promise<ProgressionView> {
  const [points, shared] = await Promise.all([ratingsOfCase(db, scope, caseId), isSharedWithEmployer(db, scope, caseId)]);
  return { points, shared };
}

export async function progressionOfEmployee(employee: Employee): Promise<ProgressionView> {
  return progressionFor(employeeScope(employee.caseId), employee.caseId);
}
