import { db } from "~db/index";
import { isAway } from "~/models/inquiry.server";
import { findContactConsultant } from "~/models/user.server";

/** The company's named consultant, with the absence shown only while it lasts. */
export async function contactCardFor(companyId: string) {
  const contact = await findContactConsultant(db, companyId);
  if (!contact) return null;
  return { ...contact, away_until: isAway(contact) ? contact.away_until : null };
}
