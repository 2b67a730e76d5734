import type { DB } from "~db/index";
import type { Meeting } from "~db/schema";

/**
 * Called in the same transaction when a meeting is recorded as held: marks the follow-up step(s) it
 * fulfils as done (first conversation, a follow-up, …) and cancels their pending reminders.
 *
 * Contract between the meetings work and the worklist work (issue 13); the worklist work fills in
 * the body.
 */
export async function markStepsDoneByMeeting(trx: DB, meeting: Meeting): Promise<void> {
  void trx;
  void meeting;
}
