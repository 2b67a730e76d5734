import { sql, type ExpressionBuilder } from "kysely";
import type { DB } from "~db/index";
import type { Database, OfferStatus } from "~db/schema";
import type { OfferRow } from "~/domain/bankSearch";
import { nowIso } from "~/utils/clock";
import { newId } from "~/utils/crypto.server";
import type { Industry, OfferAccommodation } from "~/domain/placementRules";

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
  const r = await db
    .updateTable("placement_offers")
    .set({ ...columns(input), updated_at: nowIso() })
    .where("id", "=", offerId)
    .where("company_id", "=", companyId)
    .executeTakeFirst();
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
