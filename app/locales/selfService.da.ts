/** Keys of issue 12's last part: narrow tables, step indicator, character counters, function links, the plan editor's sections. */
export const selfServiceDa = {
  "layout.month": "Måned",
  "layout.completed": "Afsluttede",
} as const;
