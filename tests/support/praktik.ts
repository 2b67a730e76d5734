import type { Insertable } from "kysely";
import { db } from "~db/index";
import type { PlacementTable } from "~db/schema";
import { newPlacementDefaults } from "~/models/placement.server";
import { action as requestAction } from "~/routes/virksomhed.praktik.anmod";
import { action as newOfferAction } from "~/routes/virksomhed.praktik.tilbud.ny";
import { action as companyAction, loader as companyLoader } from "~/routes/virksomhed.praktik.$placementId";
import { action as staffAction, loader as staffLoader } from "~/routes/jobcenter.praktik.$placementId";
import { loader as bankLoader } from "~/routes/jobcenter.praktik.bank";
import { callAction, callLoader, formRequest, getRequest, jsonOf } from "./requests";

export const offerForm = (overrides: Record<string, string> = {}) => ({
  title: "Lager, lette opgaver",
  tasks: "Pakning og registrering af varer. Ingen tunge løft.",
  industry: "logistics",
  address: "Industrivej 12",
  postcode: "7400",
  municipality: "Herning",
  hoursMin: "10",
  hoursMax: "30",
  availableFrom: "2026-11-23",
  maxWeeks: "13",
  places: "2",
  contactName: "Lone Lager",
  contactPhone: "97 11 11 11",
  contactEmail: "lone@lager.example",
  acc_reduced_hours: "on",
  acc_no_heavy_lifting: "on",
  ...overrides,
});

export async function createOffer(cookie: string, overrides: Record<string, string> = {}) {
  const res = await callAction(newOfferAction, formRequest("/virksomhed/praktik/tilbud/ny", offerForm(overrides), cookie));
  if (res.status !== 302) throw new Error(`offer answered ${res.status}: ${await res.text()}`);
  return res.headers.get("Location")!.match(/tilbud\/([^?]+)/)![1];
}

export const requestForm = (overrides: Record<string, string> = {}) => ({
  purpose: "retention",
  caseId: "other",
  employeeName: "Søren Sørensen",
  cpr: "010190-1234",
  wishedStart: "2026-12-07",
  wishedWeeks: "8",
  wishedHours: "15",
  wishedTasks: "Lettere lagerarbejde uden løft.",
  ...overrides,
});

export async function requestPlacement(cookie: string, overrides: Record<string, string> = {}) {
  const res = await callAction(requestAction, formRequest("/virksomhed/praktik/anmod", requestForm(overrides), cookie));
  if (res.status !== 302) throw new Error(`request answered ${res.status}: ${await res.text()}`);
  return res.headers.get("Location")!.match(/praktik\/([^?]+)/)![1];
}

export async function staff(cookie: string, placementId: string, fields: Record<string, string>) {
  return callAction(staffAction, formRequest(`/jobcenter/praktik/${placementId}`, fields, cookie), { params: { placementId } });
}

export async function company(cookie: string, placementId: string, fields: Record<string, string>) {
  return callAction(companyAction, formRequest(`/virksomhed/praktik/${placementId}`, fields, cookie), { params: { placementId } });
}

export async function companyView(cookie: string, placementId: string) {
  return callLoader(companyLoader, getRequest(`/virksomhed/praktik/${placementId}`, cookie), { params: { placementId } });
}

export async function staffView(cookie: string, placementId: string, query = "") {
  return jsonOf(await callLoader(staffLoader, getRequest(`/jobcenter/praktik/${placementId}${query}`, cookie), { params: { placementId } }));
}

export async function bank(cookie: string, query = "") {
  return jsonOf(await callLoader(bankLoader, getRequest(`/jobcenter/praktik/bank${query}`, cookie)));
}

export async function placementRow(id: string) {
  return db.selectFrom("placements").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
}

export const proposal = (offerId: string, overrides: Record<string, string> = {}) => ({
  intent: "propose",
  offerId,
  targetGroup: "sick_leave",
  startDate: "2026-12-07",
  weeks: "8",
  hours: "15",
  ...overrides,
});

/** A hosting placement's row to insert straight into the table (generated data): the rest of its columns empty, as the model leaves them. */
export function placementValues(
  row: Pick<Insertable<PlacementTable>, "id" | "company_id" | "requested_by" | "requested_at" | "status"> & Partial<Insertable<PlacementTable>>,
): Insertable<PlacementTable> {
  return {
    purpose: "hosting",
    case_id: null,
    employee_name: null,
    cpr_encrypted: null,
    cpr_masked: null,
    wished_start: "2026-12-07",
    wished_weeks: 4,
    wished_hours: 20,
    wished_tasks: "Lager",
    ...newPlacementDefaults,
    updated_at: row.requested_at,
    ...row,
  };
}
