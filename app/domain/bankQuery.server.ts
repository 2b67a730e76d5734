import { z } from "zod";
import type { OfferFilters } from "./bankSearch";
import { industries, offerAccommodations } from "~/domain/placementRules";
import { parseDateInput } from "~/utils/dates";
import { isMunicipality } from "./municipalities";

/** The bank's search from a URL: anything unknown is ignored rather than refused. */
export function bankQueryFrom(params: URLSearchParams, defaults: Partial<OfferFilters> = {}): OfferFilters {
  const get = (k: string) => params.get(k) ?? undefined;
  const industry = z.enum(industries).optional().catch(undefined).parse(get("branche"));
  const postcode = z
    .string()
    .regex(/^\d{1,4}$/)
    .optional()
    .catch(undefined)
    .parse(get("postnr"));
  const municipality = z.string().refine(isMunicipality).optional().catch(undefined).parse(get("kommune"));
  const hoursRaw = get("timer");
  const hours =
    hoursRaw !== undefined
      ? z.coerce
          .number()
          .min(0)
          .max(45)
          .optional()
          .catch(undefined)
          .parse(hoursRaw.replace(",", ".") || undefined)
      : defaults.hours;
  const availableRaw = get("ledig");
  const availableBy = availableRaw !== undefined ? (parseDateInput(availableRaw) ?? undefined) : defaults.availableBy;
  const accommodations = offerAccommodations.filter((a) => params.get(`acc_${a}`) === "on");
  return { industry, postcode, municipality, hours, availableBy, accommodations };
}
