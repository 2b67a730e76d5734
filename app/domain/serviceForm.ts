import type { ServiceContent, ServiceFields } from "~db/schema";
import type { Lang } from "~/utils/dates";
import { cell } from "./reportCsv";

/** The fields of a service, in each language, and the most characters each takes (the schema is in `serviceForm.server.ts`). */
const fields = ["title", "what", "forWhom", "cost", "duration", "documents"] as const;
export const serviceFieldMax: Record<(typeof fields)[number], number> = { title: 150, what: 2000, forWhom: 1000, cost: 500, duration: 500, documents: 1000 };

export function serviceToValues(content: ServiceContent, team: string, status: string): Record<string, string> {
  const v: Record<string, string> = { team, status };
  for (const f of fields) {
    v[`${f}_da`] = content.da[f];
    v[`${f}_en`] = content.en[f];
  }
  return v;
}

export const serviceFieldNames = fields;

/** A service in one language: English falls back to Danish field by field. */
export function serviceIn(content: ServiceContent, lang: Lang): ServiceFields {
  return Object.fromEntries(fields.map((f) => [f, lang === "en" && content.en[f] ? content.en[f] : content.da[f]])) as ServiceFields;
}

/** Median of whole days; null for none. */
export function medianDays(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export type ServiceRequestStep = "agree" | "schedule" | "deliver" | "decline" | "evaluate";
/** A request's states, in the order a request goes through them. */
export const serviceRequestStatuses = ["requested", "agreed", "scheduled", "delivered", "evaluated", "declined"] as const;
type Status = (typeof serviceRequestStatuses)[number];

/** Which step is legal from which state: agreed → scheduled → delivered → evaluated, or declined before delivery. */
export function nextStatus(from: Status, step: ServiceRequestStep): Status | null {
  switch (step) {
    case "agree":
      return from === "requested" ? "agreed" : null;
    case "schedule":
      return from === "agreed" || from === "scheduled" ? "scheduled" : null;
    case "deliver":
      return from === "agreed" || from === "scheduled" ? "delivered" : null;
    case "decline":
      return from === "requested" || from === "agreed" || from === "scheduled" ? "declined" : null;
    case "evaluate":
      return from === "delivered" ? "evaluated" : null;
  }
}

export type ServiceFigureRow = {
  title: string;
  status: string;
  requests: number;
  open: number;
  delivered: number;
  declined: number;
  medianDaysToDelivery: number | null;
  ratings: number;
  averageRating: number | null;
};

/** One row per service; text that a spreadsheet would run as a formula is quoted as text. */
export function serviceFiguresCsv(rows: ServiceFigureRow[]): string {
  const header = ["tilbud", "status", "anmodninger", "aabne", "leveret", "afvist", "median_dage_til_levering", "vurderinger", "gennemsnit_vurdering"];
  const safe = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
  const lines = [header.join(";")];
  for (const r of rows) {
    lines.push([safe(r.title), r.status, r.requests, r.open, r.delivered, r.declined, r.medianDaysToDelivery, r.ratings, r.averageRating].map(cell).join(";"));
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
