import { db } from "~db/index";
import { action as contactAction } from "~/routes/kontakt._index";
import { action as inquiryAction, loader as inquiryLoader } from "~/routes/jobcenter.henvendelser.$inquiryId";
import { loader as deskLoader } from "~/routes/jobcenter._index";
import { callAction, callLoader, formRequest, getRequest, jsonOf } from "./requests";

export const contactForm = (overrides: Record<string, string> = {}) => ({
  subject: "Spørgsmål om delvis raskmelding",
  message: "Kan en medarbejder gå ned i tid i en periode?",
  preferredContact: "phone",
  contactName: "Hanne HR",
  contactEmail: "hanne@example.test",
  contactPhone: "97 12 34 56",
  ...overrides,
});

/** Sends "Kontakt jobcentret" as a signed-in employer; returns the new inquiry's id. */
export async function sendInquiry(cookie: string, overrides: Record<string, string> = {}): Promise<string> {
  const res = await callAction(contactAction, formRequest("/kontakt", { as: "company", ...contactForm(overrides) }, cookie));
  if (res.status !== 302) throw new Error(`contact form answered ${res.status}: ${await res.text()}`);
  return res.headers.get("Location")!.match(/henvendelser\/([^?]+)/)![1];
}

export async function desk(cookie: string, query = "") {
  return jsonOf(await callLoader(deskLoader, getRequest(`/jobcenter${query}`, cookie)));
}

export async function deskAction(cookie: string, inquiryId: string, fields: Record<string, string>) {
  return callAction(inquiryAction, formRequest(`/jobcenter/henvendelser/${inquiryId}`, fields, cookie), { params: { inquiryId } });
}

export async function staffView(cookie: string, inquiryId: string) {
  return jsonOf(await callLoader(inquiryLoader, getRequest(`/jobcenter/henvendelser/${inquiryId}`, cookie), { params: { inquiryId } }));
}

export async function inquiryRow(id: string) {
  return db.selectFrom("inquiries").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
}
