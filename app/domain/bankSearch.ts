// The praktikpladsbank's search: every offer is read once, then filtered here,
// which also gives the result counts per industry and accommodation.
import type { PlacementOffer } from "~db/schema";
import { industries, offerAccommodations, type Industry, type OfferAccommodation } from "./placementRules";

export type OfferRow = PlacementOffer & { company_name: string; taken: number };

// ---- Search ---------------------------------------------------------------------------

export type OfferFilters = {
  industry?: Industry;
  /** A postcode or its beginning ("74" finds 7400–7499). */
  postcode?: string;
  municipality?: string;
  /** Hours a week the person can work: the offer's range must include it. */
  hours?: number;
  /** Available from this date at the latest. */
  availableBy?: string;
  accommodations: OfferAccommodation[];
};

export const accommodationsOf = (o: { accommodations: string }) => JSON.parse(o.accommodations) as OfferAccommodation[];
export const placesLeft = (o: { places: number; taken: number }) => Math.max(0, o.places - Number(o.taken));

function matches(o: OfferRow, f: OfferFilters, skip?: "industry" | "accommodations") {
  if (placesLeft(o) === 0) return false;
  if (skip !== "industry" && f.industry && o.industry !== f.industry) return false;
  if (f.postcode && !o.postcode.startsWith(f.postcode)) return false;
  if (f.municipality && o.municipality !== f.municipality) return false;
  if (f.hours !== undefined && (o.hours_min > f.hours || o.hours_max < f.hours)) return false;
  if (f.availableBy && o.available_from > f.availableBy) return false;
  if (skip !== "accommodations") {
    const offered = accommodationsOf(o);
    if (!f.accommodations.every((a) => offered.includes(a))) return false;
  }
  return true;
}

/** The offers with free places that match every filter, and how many each choice would give. */
export function searchOffers(offers: OfferRow[], filters: OfferFilters) {
  const results = offers.filter((o) => matches(o, filters));
  const byIndustry = Object.fromEntries(
    industries.map((i) => [i, offers.filter((o) => matches(o, { ...filters, industry: i }, undefined) && o.industry === i).length]),
  ) as Record<Industry, number>;
  const byAccommodation = Object.fromEntries(
    offerAccommodations.map((a) => [a, offers.filter((o) => matches(o, { ...filters, accommodations: [...new Set([...filters.accommodations, a])] })).length]),
  ) as Record<OfferAccommodation, number>;
  return { results, total: results.length, byIndustry, byAccommodation };
}
