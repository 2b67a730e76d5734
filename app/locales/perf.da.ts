/** Pagination and the desk's company search (issue 14), plus the benchmark's trivial page. */
export const perfDa = {
  "pager.label": "Sider",
  "pager.position": "Viser {from}–{to}",
  "pager.positionOf": "Viser {from}–{to} af {total}",
  "pager.next": "Næste",
  "pager.previous": "Forrige",
  "pager.first": "Første side",
  "desk.filter.companySearch": "Virksomhed (søg på navn)",
  "companies.section.pending": "Afventer godkendelse",
  "companies.section.verified": "Godkendte virksomheder",
  "companies.section.count": "{section} ({count})",
  "companies.section.pendingNone": "Ingen virksomheder afventer godkendelse.",
  "companies.section.verifiedNone": "Ingen godkendte virksomheder.",
  "bench.trivial": "Fasthold svarer",
} as const;
