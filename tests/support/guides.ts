import { db } from "~db/index";
import { action as guideEditAction, loader as guideEditLoader } from "~/routes/jobcenter.vejledning.$slug._index";
import { loader as historyLoader } from "~/routes/jobcenter.vejledning.$slug.historik";
import { loader as publicGuideLoader } from "~/routes/vejledning.$slug";
import { action as serviceAction, loader as serviceLoader } from "~/routes/tilbud.$slug";
import { action as companyRequestAction, loader as companyRequestLoader } from "~/routes/virksomhed.tilbud.$requestId";
import { action as staffRequestAction, loader as staffRequestLoader } from "~/routes/jobcenter.tilbud.anmodninger.$requestId";
import { callAction, callLoader, formRequest, getRequest, jsonOf } from "./requests";
import { tableCounts } from "./mail";

export const ERGONOMI = "ergonomisk-vurdering";

export async function publicGuide(slug: string, cookie?: string) {
  return callLoader(publicGuideLoader, getRequest(`/vejledning/${slug}`, cookie), { params: { slug } });
}

export async function editorValues(cookie: string, slug: string): Promise<Record<string, string>> {
  return (await jsonOf(await callLoader(guideEditLoader, getRequest(`/jobcenter/vejledning/${slug}`, cookie), { params: { slug } }))).values;
}

export async function postGuide(cookie: string, slug: string, fields: Record<string, string>) {
  return callAction(guideEditAction, formRequest(`/jobcenter/vejledning/${slug}`, fields, cookie), { params: { slug } });
}

export async function guideHistory(cookie: string, slug: string, query = "") {
  return callLoader(historyLoader, getRequest(`/jobcenter/vejledning/${slug}/historik${query}`, cookie), { params: { slug } });
}

export async function serviceView(slug: string, cookie?: string) {
  return callLoader(serviceLoader, getRequest(`/tilbud/${slug}`, cookie), { params: { slug } });
}

/** A company requests a service; the answer (302 to the request, or a form failure). */
export async function requestService(cookie: string, slug: string, fields: Record<string, string>) {
  return callAction(serviceAction, formRequest(`/tilbud/${slug}`, fields, cookie), { params: { slug } });
}

export const requestIdOf = (res: Response) => res.headers.get("Location")!.match(/tilbud\/([^?]+)/)![1];

export async function companyRequest(cookie: string, requestId: string) {
  return callLoader(companyRequestLoader, getRequest(`/virksomhed/tilbud/${requestId}`, cookie), { params: { requestId } });
}

export async function companyRequestPost(cookie: string, requestId: string, fields: Record<string, string>) {
  return callAction(companyRequestAction, formRequest(`/virksomhed/tilbud/${requestId}`, fields, cookie), { params: { requestId } });
}

export async function staffRequest(cookie: string, requestId: string) {
  return callLoader(staffRequestLoader, getRequest(`/jobcenter/tilbud/anmodninger/${requestId}`, cookie), { params: { requestId } });
}

export async function staffRequestPost(cookie: string, requestId: string, fields: Record<string, string>) {
  return callAction(staffRequestAction, formRequest(`/jobcenter/tilbud/anmodninger/${requestId}`, fields, cookie), { params: { requestId } });
}

export async function serviceRequestRow(id: string) {
  return db.selectFrom("service_requests").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
}

/** Row counts of what a guide or service form could write, with the general ones. */
export async function guideCounts() {
  const counts = await tableCounts();
  for (const t of ["guides", "guide_versions", "services", "service_requests"] as const) {
    const row = await db
      .selectFrom(t)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    counts[t] = Number(row.n);
  }
  return counts;
}
