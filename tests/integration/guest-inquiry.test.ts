import { describe, expect, it } from "vitest";
import { db } from "~db/index";
import { action as confirmAction, loader as confirmLoader } from "~/routes/kontakt.bekraeft";
import { action as contactAction } from "~/routes/kontakt._index";
import { loader as guestLoader } from "~/routes/henvendelse.$token";
import { action as signUpAction } from "~/routes/opret-virksomhed";
import { contactForm, deskAction } from "../support/desk";
import { cookieFor, makeCvr, makeUser } from "../support/factories";
import { codeIn, deliverAll, lastMailTo, linkIn, mailsTo, tableCounts } from "../support/mail";
import { callAction, callLoader, formRequest, getRequest, jsonOf } from "../support/requests";

const guestForm = (overrides: Record<string, string> = {}) => ({
  companyName: "Ny Virksomhed ApS",
  cvr: makeCvr(),
  ...contactForm({ contactEmail: `guest-${Math.random().toString(36).slice(2)}@example.test` }),
  ...overrides,
});

async function startGuest(fields: Record<string, string>) {
  const res = await callAction(contactAction, formRequest("/kontakt", fields));
  expect(res.status).toBe(302);
  expect(res.headers.get("Location")).toBe(`/kontakt/bekraeft?${new URLSearchParams({ email: fields.contactEmail })}`);
  await deliverAll();
  return codeIn((await lastMailTo(fields.contactEmail, /kode/i)).text);
}

async function confirm(email: string, code: string) {
  return callAction(confirmAction, formRequest("/kontakt/bekraeft", { email, code }));
}

describe("a company without an account", () => {
  it("writes, confirms its address with a code, and only then reaches the desk", async () => {
    const fields = guestForm();
    const before = await tableCounts();
    const code = await startGuest(fields);
    const afterRequest = await tableCounts();
    expect(afterRequest.inquiries).toBe(before.inquiries);
    expect(afterRequest.companies).toBe(before.companies);

    const page = await callLoader(confirmLoader, getRequest(`/kontakt/bekraeft?email=${encodeURIComponent(fields.contactEmail)}`));
    expect((await jsonOf(page)).email).toBe(fields.contactEmail);

    const wrong = await confirm(fields.contactEmail, code === "111111" ? "222222" : "111111");
    expect(wrong.status).toBe(400);
    expect((await tableCounts()).inquiries).toBe(before.inquiries);

    const ok = await confirm(fields.contactEmail, code);
    expect(ok.status).toBe(302);
    const token = ok.headers.get("Location")!.match(/\/henvendelse\/([^?]+)/)![1];

    const company = await db.selectFrom("companies").selectAll().where("cvr", "=", fields.cvr).executeTakeFirstOrThrow();
    expect(company).toMatchObject({ name: "Ny Virksomhed ApS", verified_at: null });
    const inquiry = await db.selectFrom("inquiries").selectAll().where("company_id", "=", company.id).executeTakeFirstOrThrow();
    expect(inquiry).toMatchObject({ kind: "general", created_by: null, contact_email: fields.contactEmail, status: "open" });
    expect(Date.parse(inquiry.due_at) - Date.parse(inquiry.received_at)).toBe(24 * 3_600_000);

    // The receipt carries the secure link; the status page shows the promise.
    await deliverAll();
    const receipt = (await mailsTo(fields.contactEmail)).find((m) => m.subject.startsWith("Henvendelse modtaget"));
    expect(linkIn(receipt!.text, "/henvendelse/")).toContain(token);
    const status = await jsonOf(await callLoader(guestLoader, getRequest(`/henvendelse/${token}`), { params: { token } }));
    expect(status.inquiry).toMatchObject({ subject: fields.subject, due_at: inquiry.due_at, first_answered_at: null });

    // The consultant answers; the guest gets the answer by email with the same link, never the internal note.
    const staffCookie = await cookieFor((await makeUser("consultant")).id);
    await deskAction(staffCookie, inquiry.id, { intent: "note", noteBody: "Ukendt virksomhed, tjek CVR." });
    await deskAction(staffCookie, inquiry.id, { intent: "answer", answerKind: "reply", body: "Vi ringer i morgen." });
    await deliverAll();
    const reply = (await mailsTo(fields.contactEmail)).find((m) => m.subject.startsWith("Svar fra jobcentret"));
    expect(reply?.text).toContain("Vi ringer i morgen.");
    expect(linkIn(reply!.text, "/henvendelse/")).toContain(token);
    const after = await jsonOf(await callLoader(guestLoader, getRequest(`/henvendelse/${token}`), { params: { token } }));
    expect(after.messages.map((m: any) => m.body)).toEqual(["Vi ringer i morgen."]);
    expect(JSON.stringify(after)).not.toContain("tjek CVR");

    // The code was single use.
    expect((await confirm(fields.contactEmail, code)).status).toBe(400);
  });

  it("a guest link that is not one is a 404", async () => {
    for (const token of ["A".repeat(43), "short", "../../etc/passwd"]) {
      expect((await callLoader(guestLoader, getRequest(`/henvendelse/x`), { params: { token } })).status).toBe(404);
    }
  });

  it("the company can sign up later with the same CVR, and must be verified again", async () => {
    const fields = guestForm();
    const code = await startGuest(fields);
    await confirm(fields.contactEmail, code);
    const company = await db.selectFrom("companies").selectAll().where("cvr", "=", fields.cvr).executeTakeFirstOrThrow();
    const staff = await makeUser("consultant");
    await db.updateTable("companies").set({ verified_at: new Date().toISOString(), verified_by: staff.id }).where("id", "=", company.id).execute();

    const res = await callAction(
      signUpAction,
      formRequest("/opret-virksomhed", { cvr: fields.cvr, companyName: "Ny Virksomhed ApS", name: "Nina", email: "nina@ny.example", phone: "" }),
    );
    expect(res.status).toBe(302);
    const user = await db.selectFrom("users").selectAll().where("email", "=", "nina@ny.example").executeTakeFirstOrThrow();
    expect(user.company_id).toBe(company.id);
    expect((await db.selectFrom("companies").select("verified_at").where("id", "=", company.id).executeTakeFirstOrThrow()).verified_at).toBeNull();

    // A second sign-up with the CVR is refused as before.
    const again = await callAction(
      signUpAction,
      formRequest("/opret-virksomhed", { cvr: fields.cvr, companyName: "X", name: "Y", email: "y@ny.example", phone: "" }),
    );
    expect(again.status).toBe(409);
  });

  it("refuses bad input before sending any code", async () => {
    const before = await tableCounts();
    for (const [fields, field] of [
      [guestForm({ cvr: "12345678" }), "cvr"],
      [guestForm({ companyName: "" }), "companyName"],
      [guestForm({ contactEmail: "nope" }), "contactEmail"],
    ] as const) {
      const res = await callAction(contactAction, formRequest("/kontakt", fields));
      expect(res.status).toBe(400);
      expect((await jsonOf(res)).errors[field]).toBeTruthy();
    }
    expect(await tableCounts()).toEqual(before);
  });

  it("a signed-in employer whose session ran out is sent to sign in, not treated as a guest", async () => {
    const res = await callAction(contactAction, formRequest("/kontakt", { as: "company", ...contactForm() }));
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/log-ind?redirectTo=%2Fkontakt");
  });
});
