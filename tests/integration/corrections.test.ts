// Corrections (GDPR art. 16, issue 15): the consultant corrects the employee's name, email and CPR
// number and the employer's contact person on the case page; the employee corrects their own email
// from their link page. One transaction each: the new values, one audit entry naming the fields (no
// values), notice emails when the address changed; bad input is a 400 with the Danish message next
// to the field, keeping what was typed and writing nothing; another scope's case is never touched.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~db/index";
import { loadSessionUser, type StaffUser } from "~/models/user.server";
import { action as staffCaseAction, loader as staffCaseLoader } from "~/routes/jobcenter.sager.$caseId";
import { action as employeeAction, loader as employeeLoader } from "~/routes/medarbejder._index";
import { loader as ownExportLoader } from "~/routes/medarbejder.indsigt";
import { decryptCpr, cprLookupHash, newId } from "~/utils/crypto.server";
import { cookieFor, makeUser } from "../support/factories";
import { deliverAll, emailJobs, mailsTo } from "../support/mail";
import { employeeSignIn, employerWithCase } from "../support/plans";
import { callAction, callLoader, formRequest, getRequest, jsonOf } from "../support/requests";

let staff: StaffUser;
let staffCookie: string;

beforeAll(async () => {
  const user = await makeUser("consultant");
  staff = (await loadSessionUser(db, user.id)) as StaffUser;
  staffCookie = await cookieFor(staff.id);
});

const caseRow = (caseId: string) => db.selectFrom("absence_cases").selectAll().where("id", "=", caseId).executeTakeFirstOrThrow();
const corrections = (caseId: string) =>
  db.selectFrom("audit_log").selectAll().where("action", "=", "absence_case.corrected").where("entity_id", "=", caseId).orderBy("at").execute();
const staffPost = (caseId: string, fields: Record<string, string>) =>
  callAction(staffCaseAction, formRequest(`/jobcenter/sager/${caseId}`, fields, staffCookie), { params: { caseId } });

/** The form as the case page fills it in (current values), with the given fields changed. */
async function correctionForm(caseId: string, changed: Record<string, string>) {
  const c = await caseRow(caseId);
  return {
    intent: "correct",
    employeeName: c.employee_name,
    employeeEmail: c.employee_email,
    cpr: "",
    contactName: c.contact_name,
    contactPhone: c.contact_phone,
    contactEmail: c.contact_email,
    ...changed,
  };
}

/** Everything a correction could write: the case, the placements, the audit log and the outbox. */
async function snapshot(caseId: string) {
  return JSON.stringify([
    await caseRow(caseId),
    await db.selectFrom("audit_log").select(["id"]).orderBy("id").execute(),
    await db.selectFrom("jobs").select(["id"]).orderBy("id").execute(),
  ]);
}

/** One case's own rows: the case and the audit entries about it. */
async function caseOnly(caseId: string) {
  return JSON.stringify([await caseRow(caseId), await db.selectFrom("audit_log").select(["id"]).where("entity_id", "=", caseId).orderBy("id").execute()]);
}

describe("the consultant corrects personal data on the case page", () => {
  it("writes the new values (CPR encrypted, masked and hashed again), one audit entry naming the fields without values, and tells the new address only", async () => {
    const a = await employerWithCase({ cpr: "0101901234", name: "Mete Hansn" });
    await deliverAll();
    const before = await caseRow(a.caseId);
    const newEmail = `rettet-${newId().slice(0, 6)}@example.test`.toLowerCase();

    const res = await staffPost(
      a.caseId,
      await correctionForm(a.caseId, { employeeName: "Mette Hansen", employeeEmail: newEmail, cpr: "020290-4321", contactPhone: "70 11 22 33" }),
    );
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe(`/jobcenter/sager/${a.caseId}?rettet=1`);

    const after = await caseRow(a.caseId);
    expect(after.employee_name).toBe("Mette Hansen");
    expect(after.employee_email).toBe(newEmail);
    expect(after.contact_phone).toBe("70 11 22 33");
    expect(after.contact_name).toBe(before.contact_name);
    expect(decryptCpr(after.cpr_encrypted)).toBe("0202904321");
    expect(after.cpr_masked).toBe("020290-xxxx");
    expect(after.cpr_hmac).toBe(cprLookupHash("0202904321"));

    const entries = await corrections(a.caseId);
    expect(entries).toHaveLength(1);
    expect(entries[0].actor_id).toBe(staff.id);
    expect(JSON.parse(entries[0].meta!)).toEqual({ fields: "employeeName,employeeEmail,cpr,contactPhone", by: "staff" });
    for (const value of ["Mette Hansen", "Mete Hansn", newEmail, a.employeeEmail, "0202904321", "020290", "0101901234", "70 11 22 33"]) {
      expect(entries[0].meta).not.toContain(value);
    }

    // The new address hears of it, with the employee's link; the old one (perhaps a stranger's) does not.
    await deliverAll();
    const notice = (await mailsTo(newEmail)).filter((m) => m.subject === "Din e-mailadresse i Fasthold er opdateret");
    expect(notice).toHaveLength(1);
    expect(notice[0].text).toContain("/medarbejder/");
    expect((await mailsTo(a.employeeEmail)).filter((m) => m.subject.startsWith("Din e-mailadresse"))).toEqual([]);

    // Future emails go to the new address: the employee's sign-in code does.
    const cookie = await employeeSignIn(a.caseId, newEmail);
    expect(cookie).toMatch(/=/);

    // The page shows the corrected values and the CPR number masked.
    const page = await jsonOf(await callLoader(staffCaseLoader, getRequest(`/jobcenter/sager/${a.caseId}`, staffCookie), { params: { caseId: a.caseId } }));
    expect(page.case.employee_email).toBe(newEmail);
    expect(page.case.cpr_masked).toBe("020290-xxxx");
    expect(JSON.stringify(page)).not.toContain("0202904321");
  });

  it("a wrong CPR number is a 400 with the Danish message next to the field, what was typed kept, nothing written", async () => {
    const a = await employerWithCase();
    await deliverAll();
    const before = await snapshot(a.caseId);
    const res = await staffPost(a.caseId, await correctionForm(a.caseId, { employeeName: "Nyt Navn", cpr: "12345" }));
    expect(res.status).toBe(400);
    const body = await jsonOf(res);
    expect(body.form).toBe("correct");
    expect(body.errors.cpr).toBe("CPR-nummeret skal have 10 cifre, fx 010190-1234.");
    expect(body.values.cpr).toBe("12345");
    expect(body.values.employeeName).toBe("Nyt Navn");
    expect(await snapshot(a.caseId)).toBe(before);

    const date = await staffPost(a.caseId, await correctionForm(a.caseId, { cpr: "311390-1234" }));
    expect(date.status).toBe(400);
    expect((await jsonOf(date)).errors.cpr).toBe("CPR-nummeret indeholder ikke en gyldig fødselsdato.");
    const mail = await staffPost(a.caseId, await correctionForm(a.caseId, { employeeEmail: "ikke-en-adresse", contactName: "" }));
    expect(mail.status).toBe(400);
    const mailBody = await jsonOf(mail);
    expect(mailBody.errors.employeeEmail).toBe("Skriv en gyldig e-mailadresse, fx navn@firma.dk.");
    expect(mailBody.errors.contactName).toBe("Udfyld feltet.");
    expect(mailBody.values.employeeEmail).toBe("ikke-en-adresse");
    expect(await snapshot(a.caseId)).toBe(before);
  });

  it("nothing changed: nothing written, no audit entry; a missing case id is a 404 and writes nothing", async () => {
    const a = await employerWithCase();
    await deliverAll();
    const before = await snapshot(a.caseId);
    const same = await staffPost(a.caseId, await correctionForm(a.caseId, { cpr: "010190-1234" }));
    expect(same.headers.get("Location")).toBe(`/jobcenter/sager/${a.caseId}?uaendret=1`);
    expect(await snapshot(a.caseId)).toBe(before);

    const missing = newId();
    const res = await staffPost(missing, await correctionForm(a.caseId, { employeeName: "Andet Navn" }));
    expect(res.status).toBe(404);
    expect(await snapshot(a.caseId)).toBe(before);
  });

  it("an employer cannot use the jobcenter's form, and a case whose data was deleted after the retention period is not corrected", async () => {
    const a = await employerWithCase();
    await deliverAll();
    const before = await snapshot(a.caseId);
    const asEmployer = await callAction(
      staffCaseAction,
      formRequest(`/jobcenter/sager/${a.caseId}`, await correctionForm(a.caseId, { employeeName: "X" }), a.cookie),
      {
        params: { caseId: a.caseId },
      },
    );
    expect(asEmployer.status).toBeGreaterThanOrEqual(300);
    expect(await snapshot(a.caseId)).toBe(before);

    await db.updateTable("absence_cases").set({ anonymised_at: new Date().toISOString() }).where("id", "=", a.caseId).execute();
    const gone = await snapshot(a.caseId);
    const res = await staffPost(a.caseId, await correctionForm(a.caseId, { employeeName: "Genskabt Navn" }));
    expect(res.status).toBe(409);
    expect((await jsonOf(res)).formError).toMatch(/slettet efter opbevaringsperioden/);
    expect(await snapshot(a.caseId)).toBe(gone);
  });
});

describe("the employee corrects their own email address", () => {
  it("from their link page: their case only, audited without values, both addresses told (the old one without the link), and the export lists the correction", async () => {
    const a = await employerWithCase({ name: "Anna Selv" });
    const b = await employerWithCase({ name: "Bodil Anden" });
    const cookie = await employeeSignIn(a.caseId, a.employeeEmail);
    const bBefore = await caseOnly(b.caseId);
    const newEmail = `anna-ny-${newId().slice(0, 6)}@example.test`.toLowerCase();

    const bad = await callAction(employeeAction, formRequest("/medarbejder", { intent: "correct-email", employeeEmail: "anna@" }, cookie));
    expect(bad.status).toBe(400);
    const badBody = await jsonOf(bad);
    expect(badBody.errors.employeeEmail).toBe("Skriv en gyldig e-mailadresse, fx navn@firma.dk.");
    expect(badBody.values.employeeEmail).toBe("anna@");
    expect(await corrections(a.caseId)).toEqual([]);

    // A case id in the form is ignored: the session's case is the one corrected.
    const res = await callAction(employeeAction, formRequest("/medarbejder", { intent: "correct-email", employeeEmail: newEmail, caseId: b.caseId }, cookie));
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/medarbejder?rettet=1");
    expect((await caseRow(a.caseId)).employee_email).toBe(newEmail);
    expect(await caseOnly(b.caseId)).toBe(bBefore);

    const entries = await corrections(a.caseId);
    expect(entries).toHaveLength(1);
    expect(entries[0].actor_kind).toBe("employee");
    expect(JSON.parse(entries[0].meta!)).toEqual({ fields: "employeeEmail", by: "employee" });

    await deliverAll();
    const toNew = (await mailsTo(newEmail)).filter((m) => m.subject === "Din e-mailadresse i Fasthold er opdateret");
    const toOld = (await mailsTo(a.employeeEmail)).filter((m) => m.subject === "Din e-mailadresse i Fasthold er ændret");
    expect(toNew).toHaveLength(1);
    expect(toOld).toHaveLength(1);
    expect(toOld[0].text).toContain("a***@example.test");
    expect(toOld[0].text).not.toContain("/medarbejder/");
    for (const m of [...toNew, ...toOld]) expect(m.text).not.toContain("Anna Selv");

    const page = await jsonOf(await callLoader(employeeLoader, getRequest("/medarbejder", cookie)));
    expect(page.email).toBe(newEmail);

    const exported = await jsonOf(await callLoader(ownExportLoader, getRequest("/medarbejder/indsigt?format=json", cookie)));
    expect(exported.cases[0].corrections).toEqual([{ corrected_at: entries[0].at, fields: "e-mail", corrected_by: "medarbejderen" }]);
    expect(JSON.stringify(exported.cases[0].corrections)).not.toContain(newEmail);
    const jobs = await emailJobs();
    expect(jobs.filter((j) => j.payload.template === "contact-changed" && j.payload.to.includes(b.employeeEmail))).toEqual([]);
  });
});
