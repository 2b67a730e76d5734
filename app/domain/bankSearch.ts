// The praktikpladsbank's search: what a search asks for and what an offer shows. The search itself
// (filters, facet counts, the page) is SQL, in searchBank (app/models/placementOffer.server.ts).
import type { PlacementOffer } from "~db/schema";
import type { Industry, OfferAccommodation } from "./placementRules";

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
