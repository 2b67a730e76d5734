import type { DB } from "~db/index";
import type { Actor } from "~/models/audit.server";

/**
 * Cancels every booked meeting of a case (when the case is closed): each party is told, with an
 * iCalendar CANCEL, and the meeting's reminder jobs are cancelled, all in the caller's transaction.
 * Returns how many meetings were cancelled.
 *
 * Contract between the worklist/closure work and the meetings work (issue 13); the meetings work
 * fills in the body.
 */
export async function cancelMeetingsForCase(trx: DB, caseId: string, reason: string, actor: Actor): Promise<number> {
  void trx;
  void caseId;
  void reason;
  void actor;
  return 0;
}
