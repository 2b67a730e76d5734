/** Keys of issue 12's last part: narrow tables, step indicator, character counters, function links, the plan editor's sections. */
export const selfServiceDa = {
  "layout.month": "Måned",
  "layout.completed": "Afsluttede",
  "steps.done": "Trin {step} gennemført: {title}",
  "steps.error": "Fejl i trin {step}: {title}",
  "steps.ft.label": "Fast Track-forløbet",
  "steps.ft.request": "Anmodning",
  "steps.ft.consent": "Medarbejderens samtykke",
  "steps.ft.consentBy": "Svar senest",
  "steps.ft.first": "Første samtale",
  "steps.ft.normal": "Almindelig opfølgning",
  "functionLinks.label": "Handlinger",
  "charLimit.max": "Du kan skrive op til {max} tegn.",
  "charLimit.left": "Du har {count} tegn tilbage",
  "charLimit.over": "Du har {count} tegn for meget",
} as const;
