import { sql, type Expression, type ExpressionBuilder, type SqlBool } from "kysely";
import type { DB } from "~db/index";
import type { Database, OfferStatus } from "~db/schema";
import type { OfferFilters, OfferRow } from "~/domain/bankSearch";
import type { PageRequest } from "~/domain/cursor";
import { keysetPage, type Page } from "./keyset.server";
import { nowIso } from "~/utils/clock";
import { newId } from "~/utils/crypto.server";
import { industries, offerAccommodations, type Industry, type OfferAccommodation } from "~/domain/placementRules";

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

/** One page of the company's own offers (every status), newest first, on (company_id, created_at, id). */
export async function pageOffersOfCompany(db: DB, companyId: string, request: PageRequest): Promise<Page<OfferRow>> {
  const query = db
    .selectFrom("placement_offers")
    .innerJoin("companies", "companies.id", "placement_offers.company_id")
    .selectAll("placement_offers")
    .select("companies.name as company_name")
    .select((eb) => takenPlaces(eb).as("taken"))
    .where("placement_offers.company_id", "=", companyId);
  return (await keysetPage(query, newestOffersFirst, request)) as Page<OfferRow>;
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

const newestOffersFirst = {
  key: "placement_offers.created_at",
  id: "placement_offers.id",
  direction: "desc",
  keyOf: (r: { created_at: string }) => r.created_at,
  idOf: (r: { id: string }) => r.id,
} as const;

/** An accommodation in the offer's JSON list (`["reduced_hours",…]`): the quoted name, LIKE's `_` escaped. */
const offersAccommodation = (a: OfferAccommodation) => sql<SqlBool>`placement_offers.accommodations like ${`%"${a.replace(/_/g, "\\_")}"%`} escape '\\'`;

/**
 * The bank's filters as SQL: active offers with a free place that match every filter (`skip` leaves
 * the industry out, for its facet counts).
 */
function bankFilters(filters: OfferFilters, skip?: "industry") {
  return (eb: ExpressionBuilder<Database, "placement_offers" | "companies">) => {
    const f = filters;
    const and: Expression<SqlBool>[] = [eb("placement_offers.status", "=", "active"), eb("placement_offers.places", ">", takenPlaces(eb))];
    if (f.industry && skip !== "industry") and.push(eb("placement_offers.industry", "=", f.industry));
    // bankQueryFrom lets only digits through, so the postcode needs no LIKE escaping.
    if (f.postcode) and.push(eb("placement_offers.postcode", "like", `${f.postcode}%`));
    if (f.municipality) and.push(eb("placement_offers.municipality", "=", f.municipality));
    if (f.hours !== undefined) and.push(eb("placement_offers.hours_min", "<=", f.hours), eb("placement_offers.hours_max", ">=", f.hours));
    if (f.availableBy) and.push(eb("placement_offers.available_from", "<=", f.availableBy));
    for (const a of f.accommodations) and.push(offersAccommodation(a));
    return eb.and(and);
  };
}

/**
 * The bank as the jobcenter searches it: one page of the active offers with free places that match
 * the filters, newest first (on (status, created_at, id)), and how many each choice of industry and
 * accommodation would give, given the other filters: one GROUP BY industry with a SUM per
 * accommodation, so no offer is read into the page that is not shown.
 */
export async function searchBank(db: DB, filters: OfferFilters, request: PageRequest) {
  const base = db.selectFrom("placement_offers").innerJoin("companies", "companies.id", "placement_offers.company_id");
  const pageQuery = base
    .selectAll("placement_offers")
    .select("companies.name as company_name")
    .select((eb) => takenPlaces(eb).as("taken"))
    .where(bankFilters(filters));
  const facetQuery = base
    .select("placement_offers.industry")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .select((eb) => offerAccommodations.map((a) => eb.fn.sum<number>(eb.case().when(offersAccommodation(a)).then(1).else(0).end()).as(`acc_${a}`)))
    .where(bankFilters(filters, "industry"))
    .groupBy("placement_offers.industry");
  const [page, groups] = await Promise.all([keysetPage(pageQuery, newestOffersFirst, request), facetQuery.execute()]);
  const byIndustry = Object.fromEntries(industries.map((i) => [i, 0])) as Record<Industry, number>;
  const byAccommodation = Object.fromEntries(offerAccommodations.map((a) => [a, 0])) as Record<OfferAccommodation, number>;
  let total = 0;
  for (const g of groups as (Record<string, unknown> & { industry: string; n: number })[]) {
    if (g.industry in byIndustry) byIndustry[g.industry as Industry] = Number(g.n);
    if (filters.industry && g.industry !== filters.industry) continue;
    total += Number(g.n);
    for (const a of offerAccommodations) byAccommodation[a] += Number(g[`acc_${a}`] ?? 0);
  }
  return { page: page as Page<OfferRow>, total, byIndustry, byAccommodation };
}
