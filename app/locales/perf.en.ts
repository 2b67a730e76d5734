import type { perfDa } from "./perf.da";

export const perfEn: Record<keyof typeof perfDa, string> = {
  "pager.label": "Pages",
  "pager.position": "Showing {from}–{to}",
  "pager.positionOf": "Showing {from}–{to} of {total}",
  "pager.next": "Next",
  "pager.previous": "Previous",
  "pager.first": "First page",
  "desk.filter.companySearch": "Company (search by name)",
  "companies.section.pending": "Awaiting approval",
  "companies.section.verified": "Approved companies",
  "companies.section.count": "{section} ({count})",
  "companies.section.pendingNone": "No companies are awaiting approval.",
  "companies.section.verifiedNone": "No approved companies.",
  "bench.trivial": "Fasthold answers",
};
