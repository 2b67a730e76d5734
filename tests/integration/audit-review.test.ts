import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "~db/index";
import { loadSessionUser, type StaffUser } from "~/models/user.server";
import { action as auditAction, loader as auditLoader } from "~/routes/jobcenter.revision";
import { loader as csvLoader } from "~/routes/jobcenter.revision[.]csv";
import { revealCprForStaff } from "~/services/caseViews.server";
import { personRef } from "~/services/auditReview.server";
import { setNow } from "~/utils/clock";
import { cookieFor, makeUser } from "../support/factories";
import { employerWithCase } from "../support/plans";
import { callAction, callLoader, formRequest, getRequest, jsonOf } from "../support/requests";

async function staffUser(role: "consultant" | "team_lead") {
  const user = await makeUser(role);
  return { user: (await loadSessionUser(db, user.id)) as StaffUser, cookie: await cookieFor(user.id) };
}

describe("the audit, readable", () => {
  it("a CPR look-up is audited (the keyed hash, never the number) and filters to that person's entries only", async () => {
    const lead = await staffUser("team_lead");
    const reader = await staffUser("consultant");
    const a = await employerWithCase({ cpr: "1506791234" });
    const b = await employerWithCase({ cpr: "2708825678" });
    await revealCprForStaff(reader.user, a.caseId);
    await revealCprForStaff(reader.user, b.caseId);

    const looked = await callAction(auditAction, formRequest("/jobcenter/revision", { cpr: "150679-1234" }, lead.cookie));
    expect(looked.status).toBe(302);
    const location = looked.headers.get("Location")!;
    expect(location).not.toContain("1506791234");
    const entry = await db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "person.looked_up")
      .where("actor_id", "=", lead.user.id)
      .executeTakeFirstOrThrow();
    expect(entry.entity_id).toBe(personRef("1506791234"));
    expect(JSON.stringify(entry)).not.toContain("1506791234");

    const page = await jsonOf(await callLoader(auditLoader, getRequest(location, lead.cookie)));
    const reads = page.rows.filter((r: { action: string }) => r.action === "cpr.read");
    expect(reads).toHaveLength(1);
    expect(reads[0].entity_id).toBe(a.caseId);
    expect(reads[0].actor_name).toBe(reader.user.name);
    expect(page.rows.map((r: { entity_id: string }) => r.entity_id)).not.toContain(b.caseId);

    const bad = await callAction(auditAction, formRequest("/jobcenter/revision", { cpr: "12345" }, lead.cookie));
    expect(bad.status).toBe(400);
    expect((await jsonOf(bad)).errors.cpr).toMatch(/gyldigt CPR/);
  });

  it("filters by user, action and Danish date range; pages on (at, id); the CSV export has the same rows and is audited", async () => {
    const lead = await staffUser("team_lead");
    const reader = await staffUser("consultant");
    const c = await employerWithCase({ cpr: "0101801111" });
    setNow("2026-11-10T10:00:00.000Z");
    for (let i = 0; i < 3; i++) await revealCprForStaff(reader.user, c.caseId);
    setNow("2026-11-20T10:00:00.000Z");
    for (let i = 0; i < 55; i++) await revealCprForStaff(reader.user, c.caseId);

    const base = `/jobcenter/revision?user=${encodeURIComponent(reader.user.email)}&action=cpr.read`;
    const first = await jsonOf(await callLoader(auditLoader, getRequest(base, lead.cookie)));
    expect(first.rows).toHaveLength(50);
    expect(first.next).toBeTruthy();
    const second = await jsonOf(await callLoader(auditLoader, getRequest(`/jobcenter/revision${first.next}`, lead.cookie)));
    expect(second.rows).toHaveLength(8);
    expect(new Set([...first.rows, ...second.rows].map((r: { id: string }) => r.id)).size).toBe(58);

    const early = await jsonOf(await callLoader(auditLoader, getRequest(`${base}&from=01.11.2026&to=15.11.2026`, lead.cookie)));
    expect(early.rows).toHaveLength(3);

    const wrongOrder = await callLoader(auditLoader, getRequest(`${base}&from=15.11.2026&to=01.11.2026`, lead.cookie));
    expect(wrongOrder.status).toBe(400);
    expect((await jsonOf(wrongOrder)).failure.errors.to).toMatch(/Til-datoen/);
    const badDate = await callLoader(auditLoader, getRequest(`${base}&from=32.13.2026`, lead.cookie));
    expect(badDate.status).toBe(400);

    const csv = await callLoader(csvLoader, getRequest(`/jobcenter/revision.csv?user=${encodeURIComponent(reader.user.email)}&action=cpr.read`, lead.cookie));
    expect(csv.headers.get("Content-Type")).toMatch(/text\/csv/);
    const lines = (await csv.text()).trim().split("\r\n");
    expect(lines).toHaveLength(59);
    expect(lines[1]).toContain("cpr.read");
    expect(lines[1]).toContain(reader.user.email);
    expect(await db.selectFrom("audit_log").select("id").where("action", "=", "audit.exported").where("actor_id", "=", lead.user.id).execute()).toHaveLength(1);
  });

  it("is for team leads only", async () => {
    const consultant = await staffUser("consultant");
    expect((await callLoader(auditLoader, getRequest("/jobcenter/revision", consultant.cookie))).status).toBe(404);
    expect((await callLoader(csvLoader, getRequest("/jobcenter/revision.csv", consultant.cookie))).status).toBe(404);
    expect((await callAction(auditAction, formRequest("/jobcenter/revision", { cpr: "0101801111" }, consultant.cookie))).status).toBe(404);
  });

  it("the audit log is append-only: no code updates or deletes its rows", () => {
    const roots = ["app", "db", "scripts", "server.js"];
    const files: string[] = [];
    const walk = (p: string) => {
      if (fs.statSync(p).isDirectory()) for (const f of fs.readdirSync(p)) walk(path.join(p, f));
      else if (/\.(ts|tsx|js|mjs)$/.test(p) && !p.includes(`db${path.sep}migrations`)) files.push(p);
    };
    for (const r of roots) walk(path.resolve(r));
    expect(files.length).toBeGreaterThan(50);
    const forbidden = [
      /updateTable\(\s*["']audit_log["']/,
      /deleteFrom\(\s*["']audit_log["']/,
      /\bupdate\s+"?audit_log\b/i,
      /\bdelete\s+from\s+"?audit_log\b/i,
      /truncate\s+"?audit_log/i,
    ];
    const offenders = files.filter((f) => forbidden.some((re) => re.test(fs.readFileSync(f, "utf8"))));
    expect(offenders).toEqual([]);
  });
});
