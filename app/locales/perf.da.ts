/** Pagination and the desk's company search (issue 14), plus the benchmark's trivial page. */
export const perfDa = {
  "pager.label": "Sider",
  "pager.position": "Viser {from}–{to}",
  "pager.positionOf": "Viser {from}–{to} af {total}",
  "pager.next": "Næste",
  "pager.previous": "Forrige",
  "pager.first": "Første side",
  "desk.filter.companySearch": "Virksomhed (søg på navn)",
  "bench.trivial": "Fasthold svarer",
} as const;
