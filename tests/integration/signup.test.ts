import { describe, expect, it } from "vitest";
import { db } from "~db/index";
import { action as signUpAction } from "~/routes/opret-virksomhed";
import { makeCvr, makeEmployer } from "../support/factories";
import { codeIn, deliverAll, lastMailTo, tableCounts } from "../support/mail";
import { callAction, formRequest, jsonOf } from "../support/requests";

const form = (overrides: Record<string, string> = {}) => ({
  cvr: makeCvr(),
  companyName: "Nyt Firma ApS",
  name: "Nina HR",
  email: `nina-${Math.random().toString(36).slice(2)}@example.test`,
  phone: "",
  ...overrides,
});

describe("company sign-up", () => {
  it("creates an unverified company with its first HR user and emails a sign-in code", async () => {
    const fields = form();
    const res = await callAction(signUpAction, formRequest("/opret-virksomhed", fields));
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toContain("/log-ind/kode?email=");
    const company = await db.selectFrom("companies").selectAll().where("cvr", "=", fields.cvr).executeTakeFirstOrThrow();
    expect(company.name).toBe("Nyt Firma ApS");
    expect(company.verified_at).toBeNull();
    const user = await db.selectFrom("users").selectAll().where("email", "=", fields.email).executeTakeFirstOrThrow();
    expect(user).toMatchObject({ role: "employer", company_id: company.id, name: "Nina HR" });
    await deliverAll();
    expect(codeIn((await lastMailTo(fields.email)).text)).toMatch(/^\d{6}$/);
    const audit = await db.selectFrom("audit_log").select("action").where("company_id", "=", company.id).execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["company.created", "user.created"]));
  });

  it("accepts a CVR written with spaces", async () => {
    const cvr = makeCvr();
    const res = await callAction(signUpAction, formRequest("/opret-virksomhed", form({ cvr: `${cvr.slice(0, 2)} ${cvr.slice(2, 4)} ${cvr.slice(4, 6)} ${cvr.slice(6)}` })));
    expect(res.status).toBe(302);
    expect(await db.selectFrom("companies").select("id").where("cvr", "=", cvr).executeTakeFirst()).toBeTruthy();
  });

  it("refuses an invalid CVR, keeps what was typed and writes nothing", async () => {
    const before = await tableCounts();
    const fields = form({ cvr: "12345678" });
    const res = await callAction(signUpAction, formRequest("/opret-virksomhed", fields));
    expect(res.status).toBe(400);
    const body = await jsonOf(res);
    expect(body.errors.cvr).toMatch(/CVR-nummeret er ikke gyldigt/);
    expect(body.values).toMatchObject({ cvr: "12345678", companyName: "Nyt Firma ApS", email: fields.email });
    expect(await tableCounts()).toEqual(before);
  });

  it("refuses a CVR that is already registered, and an email that already has a user", async () => {
    const { company, user } = await makeEmployer();
    const before = await tableCounts();
    const dupCvr = await callAction(signUpAction, formRequest("/opret-virksomhed", form({ cvr: company.cvr })));
    expect(dupCvr.status).toBe(409);
    expect((await jsonOf(dupCvr)).errors.cvr).toMatch(/allerede oprettet/);
    const dupEmail = await callAction(signUpAction, formRequest("/opret-virksomhed", form({ email: user.email })));
    expect(dupEmail.status).toBe(409);
    expect((await jsonOf(dupEmail)).errors.email).toMatch(/allerede en bruger/);
    expect(await tableCounts()).toEqual(before);
  });

  it("answers every malformed post with 400 and writes nothing", async () => {
    const before = await tableCounts();
    const bad: Record<string, string>[] = [
      {},
      { cvr: "", companyName: "", name: "", email: "" },
      form({ email: "nina@" }),
      form({ companyName: "x".repeat(161) }),
      form({ phone: "abc" }),
      { cvr: ["1", "2"].join(","), companyName: "A", name: "B", email: "c@example.test" },
    ];
    for (const fields of bad) {
      const res = await callAction(signUpAction, formRequest("/opret-virksomhed", fields));
      expect(res.status, JSON.stringify(fields)).toBe(400);
    }
    expect(await tableCounts()).toEqual(before);
  });
});
