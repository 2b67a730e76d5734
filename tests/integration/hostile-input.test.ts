import { describe, expect, it } from "vitest";
import { db } from "~db/index";
import { action as fastTrackAction } from "~/routes/virksomhed.fast-track";
import { cookieFor, fastTrackForm, makeEmployer, makeUser } from "../support/factories";
import { tableCounts } from "../support/mail";
import { callAction, callLoader, formRequest } from "../support/requests";

type RouteModule = { action?: (args: any) => Promise<Response>; loader?: (args: any) => Promise<Response | null> };
const routes = import.meta.glob<RouteModule>("../../app/routes/*.tsx", { eager: true });

const base = "http://localhost:3999";

function bodies(cookie?: string): [string, () => Request][] {
  const headers = (type: string) => ({ "Content-Type": type, ...(cookie ? { Cookie: cookie } : {}) });
  return [
    ["json", () => new Request(`${base}/x`, { method: "POST", body: JSON.stringify({ email: "a@b.dk" }), headers: headers("application/json") })],
    ["text", () => new Request(`${base}/x`, { method: "POST", body: "%%%garbage%%%", headers: headers("text/plain") })],
    ["broken multipart", () => new Request(`${base}/x`, { method: "POST", body: "--x\r\nnope", headers: headers("multipart/form-data; boundary=y") })],
    ["empty form", () => new Request(`${base}/x`, { method: "POST", body: "", headers: headers("application/x-www-form-urlencoded") })],
    [
      "odd form",
      () =>
        new Request(`${base}/x`, {
          method: "POST",
          body: "intent=%00&intent=take&email=%E2%80%AE&code[]=1&decision=consent&lang=xx&companyId=../../x&body=" + "x".repeat(6000),
          headers: headers("application/x-www-form-urlencoded"),
        }),
    ],
  ];
}

const params = [
  {},
  { caseId: "'; drop table users; --", inquiryId: "%00", token: "x".repeat(500), id: "../.." },
  { caseId: "AAAAAAAAAAAAAAAA", inquiryId: "AAAAAAAAAAAAAAAA", token: "A".repeat(43), id: "AAAAAAAAAAAAAAAA" },
];

describe("nothing a user can type yields a 500", () => {
  it("every action answers garbage bodies with a 4xx (or a redirect), signed in or not, and writes no case", async () => {
    const employer = await makeEmployer();
    const staffCookie = await cookieFor((await makeUser("consultant")).id);
    const before = await tableCounts();
    let checked = 0;
    for (const [file, mod] of Object.entries(routes)) {
      if (!mod.action) continue;
      for (const cookie of [undefined, employer.cookie, staffCookie]) {
        for (const [name, make] of bodies(cookie)) {
          for (const p of params) {
            const res = await callAction(mod.action, make(), { params: p as Record<string, string> });
            expect(res.status, `${file} ${name} ${JSON.stringify(p)}`).toBeLessThan(500);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    const after = await tableCounts();
    expect(after.absence_cases).toBe(before.absence_cases);
    expect(after.inquiry_messages).toBe(before.inquiry_messages);
  });

  it("every loader answers odd params and query strings without a 500", async () => {
    const employer = await makeEmployer();
    const staffCookie = await cookieFor((await makeUser("consultant")).id);
    for (const [file, mod] of Object.entries(routes)) {
      if (!mod.loader) continue;
      for (const cookie of [undefined, employer.cookie, staffCookie]) {
        for (const p of params) {
          const query = "?email=%ZZ&code=abc&redirectTo=//evil.example&sendt=%00";
          const request = new Request(`${base}/x${query}`, { headers: cookie ? { Cookie: cookie } : {} });
          const res = await callLoader(mod.loader as any, request, { params: p as Record<string, string> });
          expect(res.status, `${file} ${JSON.stringify(p)}`).toBeLessThan(500);
        }
      }
    }
  });

  it("a forged or tampered session cookie is simply not signed in", async () => {
    const res = await callAction(fastTrackAction, formRequest("/virksomhed/fast-track", fastTrackForm(), "fasthold_session=eyJmYWtlIjoxfQ%3D%3D.forged"));
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toContain("/log-ind");
    expect(await db.selectFrom("absence_cases").select("id").where("employee_email", "=", "mette@example.test").execute()).toHaveLength(0);
  });
});
