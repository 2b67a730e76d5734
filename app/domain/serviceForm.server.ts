/** The services' forms and the list cursor, parsed on the server only (zod stays out of the browser). */
import { z } from "zod";
import type { ServiceContent, ServiceFields } from "~db/schema";
import type { Lang } from "~/utils/dates";
import { isoDate, msg, optionalText, requiredText } from "~/utils/forms.server";
import { serviceFieldMax as max, serviceFieldNames as fields } from "./serviceForm";

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
