import type { perfDa } from "./perf.da";

export const perfEn: Record<keyof typeof perfDa, string> = {
  "pager.label": "Pages",
  "pager.position": "Showing {from}–{to}",
  "pager.positionOf": "Showing {from}–{to} of {total}",
  "pager.next": "Next",
  "pager.previous": "Previous",
  "pager.first": "First page",
  "desk.filter.companySearch": "Company (search by name)",
  "bench.trivial": "Fasthold answers",
};
