import { describe, expect, it } from "vitest";
import { db } from "~db/index";
import { advanceClock, HOUR, setNow } from "~/utils/clock";
import { action as signUpAction } from "~/routes/opret-virksomhed";
import { makeCvr, makeEmployer } from "../support/factories";
import { codeIn, deliverAll, lastMailTo, linkIn, mailsTo, tableCounts } from "../support/mail";
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
    expect(codeIn((await lastMailTo(fields.email, /kode/i)).text)).toMatch(/^\d{6}$/);
    const audit = await db.selectFrom("audit_log").select("action").where("company_id", "=", company.id).execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["company.created", "user.created"]));
  });

  it("accepts a CVR written with spaces", async () => {
    const cvr = makeCvr();
    const res = await callAction(
      signUpAction,
      formRequest("/opret-virksomhed", form({ cvr: `${cvr.slice(0, 2)} ${cvr.slice(2, 4)} ${cvr.slice(4, 6)} ${cvr.slice(6)}` })),
    );
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

  it("refuses a CVR that is already registered", async () => {
    const { company } = await makeEmployer();
    const before = await tableCounts();
    const dupCvr = await callAction(signUpAction, formRequest("/opret-virksomhed", form({ cvr: company.cvr })));
    expect(dupCvr.status).toBe(409);
    expect((await jsonOf(dupCvr)).errors.cvr).toMatch(/allerede oprettet/);
    expect(await tableCounts()).toEqual(before);
  });

  it("registration answers identical for known and new addresses", async () => {
    const { company, user } = await makeEmployer();
    // What the browser gets, with the address itself (it is in the redirect) taken out.
    const answer = async (res: Response, address: string) => {
      const headers = [...res.headers].map(([k, v]) => [k, v.split(encodeURIComponent(address)).join("<address>")]);
      return { status: res.status, headers, body: await res.text() };
    };

    const known = form({ email: user.email.toUpperCase() });
    const before = await tableCounts();
    const knownRes = await callAction(signUpAction, formRequest("/opret-virksomhed", known), { ip: "198.51.100.20" });
    // No company and no user for the known address; the owner's user is untouched.
    expect(await db.selectFrom("companies").select("id").where("cvr", "=", known.cvr).executeTakeFirst()).toBeUndefined();
    const after = await tableCounts();
    expect({ companies: after.companies, users: after.users, audit_log: after.audit_log }).toEqual({
      companies: before.companies,
      users: before.users,
      audit_log: before.audit_log,
    });
    const owner = await db.selectFrom("users").selectAll().where("email", "=", user.email).execute();
    expect(owner).toHaveLength(1);
    expect(owner[0]).toMatchObject({ id: user.id, name: user.name, company_id: company.id });

    const fresh = form();
    const freshRes = await callAction(signUpAction, formRequest("/opret-virksomhed", fresh), { ip: "198.51.100.21" });
    expect(await db.selectFrom("users").select("id").where("email", "=", fresh.email).executeTakeFirst()).toBeTruthy();

    const knownAnswer = await answer(knownRes, user.email);
    const freshAnswer = await answer(freshRes, fresh.email);
    expect(freshAnswer.status).toBe(302);
    expect(freshAnswer.headers).toContainEqual(["location", "/log-ind/kode?email=<address>&ny=1"]);
    expect(knownAnswer).toEqual(freshAnswer);

    // The owner is told by email instead, with a link to sign in and nothing that was typed into the form.
    await deliverAll();
    const mail = await lastMailTo(user.email);
    expect(mail.subject).toBe("Nogen har forsøgt at oprette en bruger med din e-mail");
    expect(mail.text).toMatch(/Nogen har forsøgt at oprette en virksomhed i Fasthold med din e-mailadresse/);
    expect(linkIn(mail.text, "/log-ind")).toBe("http://localhost:3999/log-ind");
    expect(mail.text).toMatch(/Var det ikke dig, behøver du ikke gøre noget/);
    expect(mail.text).not.toContain(known.companyName);
    expect(mail.text).not.toContain(known.cvr);
    expect(mail.text).not.toMatch(/\b\d{6}\b/);
    expect(await db.selectFrom("login_codes").select("id").where("email", "=", user.email).executeTakeFirst()).toBeUndefined();
    // The new address gets its sign-in code as before.
    expect(codeIn((await lastMailTo(fresh.email, /kode/i)).text)).toMatch(/^\d{6}$/);
  });

  it("warns the owner at most once an hour, and counts known addresses against the per-IP limit", async () => {
    setNow("2026-03-02T09:10:00Z");
    const { user } = await makeEmployer();
    const ip = "198.51.100.30";
    const attempt = () => callAction(signUpAction, formRequest("/opret-virksomhed", form({ email: user.email })), { ip });
    for (let i = 0; i < 10; i++) expect((await attempt()).status).toBe(302);
    expect((await attempt()).status).toBe(429);
    await deliverAll();
    expect(await mailsTo(user.email)).toHaveLength(1);

    advanceClock(HOUR);
    expect((await callAction(signUpAction, formRequest("/opret-virksomhed", form({ email: user.email })), { ip: "198.51.100.31" })).status).toBe(302);
    await deliverAll();
    expect(await mailsTo(user.email)).toHaveLength(2);
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
