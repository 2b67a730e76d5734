import { z } from "zod";
import type { ServiceContent, ServiceFields } from "~db/schema";
import type { Lang } from "~/utils/dates";
import { cell } from "./reportCsv";
import { isoDate, msg, optionalText, requiredText } from "~/utils/forms";

const fields = ["title", "what", "forWhom", "cost", "duration", "documents"] as const;
const max: Record<(typeof fields)[number], number> = { title: 150, what: 2000, forWhom: 1000, cost: 500, duration: 500, documents: 1000 };

/** The staff form for one service: Danish text required, English optional (falls back to Danish). */
export const serviceSchema = z
  .object({
    ...Object.fromEntries(fields.map((f) => [`${f}_da`, requiredText(max[f])])),
    ...Object.fromEntries(fields.map((f) => [`${f}_en`, optionalText(max[f])])),
    team: requiredText(120),
    status: z.enum(["active", "paused"], { error: msg("error.required") }),
  })
  .transform((v) => {
    const r = v as Record<string, string | undefined>;
    const side = (lang: Lang) => Object.fromEntries(fields.map((f) => [f, r[`${f}_${lang}`] ?? ""])) as ServiceFields;
    return { team: v.team as string, status: v.status as "active" | "paused", content: { da: side("da"), en: side("en") } satisfies ServiceContent };
  });

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

/** A company's request: for one of its cases or in general, with a short message. */
export const requestServiceSchema = z.object({
  caseId: z
    .string()
    .optional()
    .transform((v) => (v && v !== "general" ? v : undefined))
    .pipe(
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{8,64}$/, msg("error.invalid"))
        .optional(),
    ),
  message: requiredText(2000),
});

/** The company's evaluation of a delivered service. */
export const rateServiceSchema = z.object({
  rating: z
    .string({ error: msg("services.error.rating") })
    .regex(/^[1-5]$/, msg("services.error.rating"))
    .transform(Number),
  comment: optionalText(2000),
});

/** Median of whole days; null for none. */
export function medianDays(values: number[]): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export type ServiceRequestStep = "agree" | "schedule" | "deliver" | "decline" | "evaluate";
type Status = "requested" | "agreed" | "scheduled" | "delivered" | "evaluated" | "declined";

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

/** "2026-12-02T10:00:00.000Z~id": the keyset cursor of a list's next page; anything else is the first page. */
export const cursorSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z~[A-Za-z0-9_-]{8,64}$/)
  .transform((v) => ({ at: v.split("~")[0], id: v.split("~")[1] }))
  .optional()
  .catch(undefined);

/** The staff's steps: the date typed dd.mm.åååå for schedule, a reason for decline. */
export const staffStepSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("agree") }),
  z.object({ intent: z.literal("schedule"), scheduledOn: isoDate(), note: optionalText(500) }),
  z.object({ intent: z.literal("deliver") }),
  z.object({ intent: z.literal("decline"), reason: requiredText(1000) }),
]);

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
