import { sql, type ExpressionBuilder } from "kysely";
import type { DB } from "~db/index";
import type { Database, OfferStatus, PlacementOffer } from "~db/schema";
import { nowIso } from "~/utils/clock";
import { newId } from "~/utils/crypto.server";
import { industries, offerAccommodations, type Industry, type OfferAccommodation } from "./placementRules";

export type OfferInput = {
  title: string;
  tasks: string;
  industry: Industry;
  address: string;
  postcode: string;
  municipality: string;
  hoursMin: number;
  hoursMax: number;
  availableFrom: string;
  maxWeeks: number;
  accommodations: OfferAccommodation[];
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  places: number;
};

function columns(input: OfferInput) {
  return {
    title: input.title,
    tasks: input.tasks,
    industry: input.industry,
    address: input.address,
    postcode: input.postcode,
    municipality: input.municipality,
    hours_min: input.hoursMin,
    hours_max: input.hoursMax,
    available_from: input.availableFrom,
    max_weeks: input.maxWeeks,
    accommodations: JSON.stringify(input.accommodations),
    contact_name: input.contactName,
    contact_phone: input.contactPhone,
    contact_email: input.contactEmail,
    places: input.places,
  };
}

export async function insertOffer(db: DB, companyId: string, userId: string, input: OfferInput) {
  const at = nowIso();
  const row = { id: newId(), company_id: companyId, ...columns(input), status: "active" as OfferStatus, created_by: userId, created_at: at, updated_at: at };
  await db.insertInto("placement_offers").values(row).execute();
  return row;
}

export async function updateOffer(db: DB, companyId: string, offerId: string, input: OfferInput): Promise<boolean> {
  const r = await db.updateTable("placement_offers").set({ ...columns(input), updated_at: nowIso() }).where("id", "=", offerId).where("company_id", "=", companyId).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function setOfferStatus(db: DB, companyId: string, offerId: string, status: OfferStatus): Promise<boolean> {
  const r = await db
    .updateTable("placement_offers")
    .set({ status, updated_at: nowIso() })
    .where("id", "=", offerId)
    .where("company_id", "=", companyId)
    .where("status", "!=", "withdrawn")
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Places taken: accepted, approved or active placements on the offer. */
const takenPlaces = (eb: ExpressionBuilder<Database, "placement_offers" | "companies">) =>
  eb
    .selectFrom("placements")
    .select((e) => e.fn.countAll<number>().as("n"))
    .whereRef("placements.offer_id", "=", "placement_offers.id")
    .where("placements.status", "in", ["accepted", "approved", "active"]);

export type OfferRow = PlacementOffer & { company_name: string; taken: number };

export async function listOffersOfCompany(db: DB, companyId: string): Promise<OfferRow[]> {
  return (await db
    .selectFrom("placement_offers")
    .innerJoin("companies", "companies.id", "placement_offers.company_id")
    .selectAll("placement_offers")
    .select("companies.name as company_name")
    .select((eb) => takenPlaces(eb).as("taken"))
    .where("placement_offers.company_id", "=", companyId)
    .orderBy("placement_offers.created_at", "desc")
    .execute()) as OfferRow[];
}

export async function findOfferOfCompany(db: DB, companyId: string, offerId: string) {
  return db.selectFrom("placement_offers").selectAll().where("id", "=", offerId).where("company_id", "=", companyId).executeTakeFirst();
}

export async function findOffer(db: DB, offerId: string) {
  return db
    .selectFrom("placement_offers")
    .innerJoin("companies", "companies.id", "placement_offers.company_id")
    .selectAll("placement_offers")
    .select("companies.name as company_name")
    .where("placement_offers.id", "=", offerId)
    .executeTakeFirst();
}

/** The bank as the jobcenter searches it: active offers, with places taken. */
export async function activeOffers(db: DB): Promise<OfferRow[]> {
  return (await db
    .selectFrom("placement_offers")
    .innerJoin("companies", "companies.id", "placement_offers.company_id")
    .selectAll("placement_offers")
    .select("companies.name as company_name")
    .select((eb) => takenPlaces(eb).as("taken"))
    .where("placement_offers.status", "=", "active")
    .orderBy(sql`lower(placement_offers.title)`)
    .execute()) as OfferRow[];
}

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

const accommodationsOf = (o: { accommodations: string }) => JSON.parse(o.accommodations) as OfferAccommodation[];
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
  const byIndustry = Object.fromEntries(industries.map((i) => [i, offers.filter((o) => matches(o, { ...filters, industry: i }, undefined) && o.industry === i).length])) as Record<Industry, number>;
  const byAccommodation = Object.fromEntries(
    offerAccommodations.map((a) => [a, offers.filter((o) => matches(o, { ...filters, accommodations: [...new Set([...filters.accommodations, a])] })).length]),
  ) as Record<OfferAccommodation, number>;
  return { results, total: results.length, byIndustry, byAccommodation };
}

export { accommodationsOf };
