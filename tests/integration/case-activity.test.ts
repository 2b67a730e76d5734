// Cases without activity (issue 15), on the settable clock: an open case nobody has changed for
// INACTIVE_CASE_DAYS is flagged "Ingen aktivitet i N dage" on the worklist and its page, and not a
// minute before; any change on it (a rating, a recorded step, a correction …) resets the clock, while
// reading it (the page, the CPR number, signing in) does not; "Kun uden aktivitet" lists just those,
// quiet longest first, keyset paged; the migration's backfill finds a case's newest change.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~db/index";
import { backfillLastActivity } from "~db/migrations/2026_12_02_183000_case_last_activity";
import { listWorklist } from "~/models/followUp.server";
import { loadSessionUser, type StaffUser } from "~/models/user.server";
import { action as staffCaseAction, loader as staffCaseLoader } from "~/routes/jobcenter.sager.$caseId";
import { loader as worklistLoader } from "~/routes/jobcenter.opfoelgning";
import { action as progressionAction } from "~/routes/medarbejder.fremgang";
import { DAY, setNow } from "~/utils/clock";
import { copenhagenToUtc } from "~/utils/dates";
import { env } from "~/utils/env.server";
import { cookieFor, makeUser } from "../support/factories";
import { deliverAll } from "../support/mail";
import { employeeSignIn, employerWithCase } from "../support/plans";
import { callAction, callLoader, formRequest, getRequest, jsonOf } from "../support/requests";

let staff: StaffUser;
const T0 = copenhagenToUtc("2027-03-01", "10:00:00").getTime();
const at = (ms: number) => setNow(new Date(ms));

beforeAll(async () => {
  const user = await makeUser("consultant");
  staff = (await loadSessionUser(db, user.id)) as StaffUser;
});

type Row = { id: string; quietDays: number | null; last_activity_at: string };

/** The team's worklist as the consultant sees it now (a fresh session at the clock's time). */
async function worklist(query = "") {
  const cookie = await cookieFor(staff.id);
  return jsonOf<{ rows: Row[]; next: string | null; quietLimit: number }>(
    await callLoader(worklistLoader, getRequest(`/jobcenter/opfoelgning?visning=team${query}`, cookie)),
  );
}
const rowOf = async (caseId: string, query = "") => (await worklist(query)).rows.find((r) => r.id === caseId);
async function casePage(caseId: string) {
  const cookie = await cookieFor(staff.id);
  return jsonOf<{ quietDays: number | null }>(await callLoader(staffCaseLoader, getRequest(`/jobcenter/sager/${caseId}`, cookie), { params: { caseId } }));
}
async function staffPost(caseId: string, fields: Record<string, string>) {
  const cookie = await cookieFor(staff.id);
  return callAction(staffCaseAction, formRequest(`/jobcenter/sager/${caseId}`, fields, cookie), { params: { caseId } });
}
const rate = (cookie: string) =>
  callAction(
    progressionAction,
    formRequest("/medarbejder/fremgang", { intent: "rate", tasks: "5", nextStep: "5", support: "6", confidence: "6", comment: "" }, cookie),
  );

describe("the worklist flags open cases without activity", () => {
  it("after INACTIVE_CASE_DAYS (28) and not a minute before; reading the case, its CPR number or signing in does not count", async () => {
    expect(env().INACTIVE_CASE_DAYS).toBe(28);
    at(T0);
    const a = await employerWithCase({ name: "Stille Sag" });
    await deliverAll();

    at(T0 + 28 * DAY - 60_000);
    expect((await rowOf(a.caseId))?.quietDays).toBeNull();
    expect((await casePage(a.caseId)).quietDays).toBeNull();
    expect(await rowOf(a.caseId, "&inaktive=1")).toBeUndefined();

    at(T0 + 28 * DAY);
    expect((await rowOf(a.caseId))?.quietDays).toBe(28);
    expect((await casePage(a.caseId)).quietDays).toBe(28);
    expect((await rowOf(a.caseId, "&inaktive=1"))?.quietDays).toBe(28);

    // Reads are not activity.
    expect((await staffPost(a.caseId, { intent: "reveal-cpr" })).status).toBe(200);
    await employeeSignIn(a.caseId, a.employeeEmail);
    at(T0 + 29 * DAY);
    expect((await rowOf(a.caseId))?.quietDays).toBe(29);
  });

  it("any change on the case resets it: the employee's rating, the consultant's recorded step, a correction", async () => {
    at(T0);
    const a = await employerWithCase({ name: "Aktiv Sag" });
    await deliverAll();
    at(T0 + 30 * DAY);
    expect((await rowOf(a.caseId))?.quietDays).toBe(30);

    const employee = await employeeSignIn(a.caseId, a.employeeEmail);
    expect((await rate(employee)).status).toBe(302);
    expect((await rowOf(a.caseId))?.quietDays).toBeNull();
    expect((await casePage(a.caseId)).quietDays).toBeNull();

    at(T0 + 58 * DAY - 60_000);
    expect((await rowOf(a.caseId))?.quietDays).toBeNull();
    at(T0 + 58 * DAY);
    expect((await rowOf(a.caseId))?.quietDays).toBe(28);

    const step = await db
      .selectFrom("case_steps")
      .select("id")
      .where("case_id", "=", a.caseId)
      .where("done_at", "is", null)
      .orderBy("due_on")
      .executeTakeFirstOrThrow();
    expect((await staffPost(a.caseId, { intent: "record-step", stepId: step.id, doneOn: "26.04.2027" })).status).toBe(302);
    expect((await rowOf(a.caseId))?.quietDays).toBeNull();

    at(T0 + 90 * DAY);
    expect((await rowOf(a.caseId))?.quietDays).toBe(32);
    const c = await db.selectFrom("absence_cases").selectAll().where("id", "=", a.caseId).executeTakeFirstOrThrow();
    const corrected = await staffPost(a.caseId, {
      intent: "correct",
      employeeName: "Aktiv Sag Rettet",
      employeeEmail: c.employee_email,
      cpr: "",
      contactName: c.contact_name,
      contactPhone: c.contact_phone,
      contactEmail: c.contact_email,
    });
    expect(corrected.status).toBe(302);
    expect((await rowOf(a.caseId))?.quietDays).toBeNull();

    // A closed case is not flagged (it has left the worklist; its page says nothing either).
    at(T0 + 130 * DAY);
    expect((await staffPost(a.caseId, { intent: "close", outcome: "returned_full", closedOn: "01.07.2027" })).status).toBe(302);
    expect(await rowOf(a.caseId)).toBeUndefined();
    expect((await casePage(a.caseId)).quietDays).toBeNull();
  });

  it('"Kun uden aktivitet": only quiet cases, quiet longest first, each once across keyset pages, on the cursor the page links to', async () => {
    const ids: string[] = [];
    for (const day of [0, 2, 4]) {
      at(T0 + 200 * DAY + day * DAY);
      ids.push((await employerWithCase()).caseId);
    }
    at(T0 + 200 * DAY + 40 * DAY);
    const fresh = (await employerWithCase()).caseId;
    const cutoff = new Date(T0 + 240 * DAY - 28 * DAY).toISOString();
    const seen: string[] = [];
    let after = null;
    for (;;) {
      const page: Awaited<ReturnType<typeof listWorklist>> = await listWorklist(db, { view: "team", staffId: staff.id, after, limit: 1, quietBefore: cutoff });
      seen.push(...page.rows.map((r) => r.id));
      if (!page.next) break;
      after = page.next;
    }
    const ours = seen.filter((id) => ids.includes(id) || id === fresh);
    expect(ours).toEqual(ids);
    expect(new Set(seen).size).toBe(seen.length);

    // The page's own cursor (last activity + id) continues after the row it names.
    const first = await worklist("&inaktive=1");
    const i = first.rows.findIndex((r) => r.id === ids[0]);
    const cursor = `${first.rows[i].last_activity_at}_${ids[0]}`;
    const rest = await worklist(`&inaktive=1&efter=${encodeURIComponent(cursor)}`);
    expect(rest.rows.map((r) => r.id)).not.toContain(ids[0]);
    expect(rest.rows.map((r) => r.id)).toContain(ids[1]);
    expect(rest.rows.map((r) => r.id)).not.toContain(fresh);
  });

  it("the migration's backfill takes a case's newest change from its rows (here a rating), not a read", async () => {
    at(T0 + 400 * DAY);
    const a = await employerWithCase();
    await deliverAll();
    at(T0 + 410 * DAY);
    const employee = await employeeSignIn(a.caseId, a.employeeEmail);
    expect((await rate(employee)).status).toBe(302);
    at(T0 + 420 * DAY);
    expect((await staffPost(a.caseId, { intent: "reveal-cpr" })).status).toBe(200);

    await db.updateTable("absence_cases").set({ last_activity_at: null }).execute();
    await backfillLastActivity(db);
    const row = await db.selectFrom("absence_cases").select("last_activity_at").where("id", "=", a.caseId).executeTakeFirstOrThrow();
    expect(row.last_activity_at).toBe(new Date(T0 + 410 * DAY).toISOString());
  });
});
