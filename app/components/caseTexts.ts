/**
 * The text keys (prefixes) an employer's case list and case page both need: the case and its
 * follow-up and closure, consent, the contact card, inquiries and messages. Both routes spread it
 * into their `handle.i18n` (a plain module: `handle` reaches the browser).
 */
export const caseTexts = [
  "activity.quietBadge",
  "case",
  "closure",
  "companyInquiries",
  "consent.status",
  "contact.awayUntil",
  "contact.none",
  "contact.teamCovers",
  "contact.yourConsultant",
  "followUp",
  "inquiry",
  "message",
  "plan.health",
] as const;
