/**
 * Demo data for the offline demo, written once per database. Prints the demo
 * sign-ins every time, so `npm start` always shows them.
 */
import { pathToFileURL } from "node:url";
import type { Kysely } from "kysely";
import type { Database } from "./schema";

export const demoUsers = {
  teamLead: { email: "birgitte.holm@jobcenter.example", name: "Birgitte Holm", role: "team_lead" as const, phone: "72 10 20 01" },
  consultant: { email: "karin.lund@jobcenter.example", name: "Karin Lund", role: "consultant" as const, phone: "72 10 20 02" },
  consultant2: { email: "jonas.mikkelsen@jobcenter.example", name: "Jonas Mikkelsen", role: "consultant" as const, phone: "72 10 20 03" },
  employer: { email: "hanne.sorensen@vestjyskstaal.example", name: "Hanne Sørensen", role: "employer" as const, phone: "97 12 34 56" },
  unverifiedEmployer: { email: "bent@bagerbent.example", name: "Bent Nielsen", role: "employer" as const, phone: "97 65 43 21" },
};

export async function seedDemo(db: Kysely<Database>): Promise<boolean> {
  const done = await db.selectFrom("app_meta").select("value").where("key", "=", "demo_seeded_at").executeTakeFirst();
  if (done) return false;

  const { createCompany, verifyCompany } = await import("../app/models/company.server");
  const { createUser } = await import("../app/models/user.server");
  const { createAbsenceCase } = await import("../app/models/absenceCase.server");
  const { createInquiry, addReply } = await import("../app/models/inquiry.server");
  const { setNow, resetClock, HOUR, DAY } = await import("../app/utils/clock");
  const { newId, newToken, sha256 } = await import("../app/utils/crypto.server");
  const { consentDeadline, firstConversationDue } = await import("../app/utils/deadlines");
  const { addDays, copenhagenDate } = await import("../app/utils/dates");

  const realNow = Date.now();
  await db.transaction().execute(async (trx) => {
    const staff: Record<string, { id: string }> = {};
    for (const key of ["teamLead", "consultant", "consultant2"] as const) {
      staff[key] = await createUser(trx, demoUsers[key]);
    }
    const steel = await createCompany(trx, { cvr: "31245672", name: "Vestjysk Stål A/S" }, null);
    await verifyCompany(trx, steel.id, staff.consultant);
    const bakery = await createCompany(trx, { cvr: "31245680", name: "Bager Bent ApS" }, null);
    const hr = await createUser(trx, { ...demoUsers.employer, companyId: steel.id });
    await createUser(trx, { ...demoUsers.unverifiedEmployer, companyId: bakery.id });

    // Two Fast Track cases: one answered and consented, one waiting for both.
    const cases = [
      { name: "Mette Hansen", email: "mette.hansen@example.dk", cpr: "1204851234", daysAgo: 12, requestedHoursAgo: 30, answeredAfterHours: 3, consent: "consented" as const },
      { name: "Lars Poulsen", email: "lars.poulsen@example.dk", cpr: "0307794321", daysAgo: 6, requestedHoursAgo: 5, answeredAfterHours: null, consent: "awaiting" as const },
    ];
    for (const c of cases) {
      const requestedAt = new Date(realNow - c.requestedHoursAgo * HOUR);
      setNow(requestedAt);
      const absenceCase = await createAbsenceCase(trx, {
        companyId: steel.id,
        createdBy: hr.id,
        employeeName: c.name,
        employeeEmail: c.email,
        cpr: c.cpr,
        firstAbsenceDay: addDays(copenhagenDate(new Date(realNow)), -c.daysAgo),
        absenceType: "full",
        weeklyHoursWorked: null,
        contactName: demoUsers.employer.name,
        contactPhone: demoUsers.employer.phone,
        contactEmail: demoUsers.employer.email,
      });
      await trx
        .insertInto("fast_track_requests")
        .values({
          id: newId(),
          case_id: absenceCase.id,
          company_id: steel.id,
          requested_by: hr.id,
          requested_at: requestedAt.toISOString(),
          affected_functions: "Tunge løft og arbejde ved svejsestationen.",
          affected_duration: "Cirka tre uger.",
          work_adapted: "Ikke endnu. Vi kan tilbyde lettere opgaver på lageret.",
          consent_token_hash: sha256(newToken()),
          consent_deadline: consentDeadline(requestedAt).at.toISOString(),
          consent_status: c.consent,
          consent_answered_at: c.consent === "consented" ? new Date(requestedAt.getTime() + 20 * HOUR).toISOString() : null,
          employee_affected_functions: null,
          employee_affected_duration: null,
          employee_work_adapted: null,
          first_conversation_due: firstConversationDue(requestedAt),
        })
        .execute();
      const inquiry = await createInquiry(trx, {
        companyId: steel.id,
        caseId: absenceCase.id,
        kind: "fast_track",
        subject: `Fast Track: ${c.name}`,
        createdBy: hr.id,
      });
      if (c.answeredAfterHours !== null) {
        setNow(new Date(requestedAt.getTime() + c.answeredAfterHours * HOUR));
        const reply = await addReply(
          trx,
          inquiry.id,
          staff.consultant.id,
          "Tak for anmodningen. Jeg ringer til jer i morgen formiddag, så vi kan aftale den første samtale med Mette.",
        );
        await trx
          .updateTable("inquiries")
          .set({ status: "answered", first_answered_at: reply.created_at, assigned_to: staff.consultant.id, assigned_at: reply.created_at })
          .where("id", "=", inquiry.id)
          .execute();
      }
    }
    resetClock();
    void DAY;
    await trx.insertInto("app_meta").values({ key: "demo_seeded_at", value: new Date(realNow).toISOString() }).execute();
  });
  return true;
}

export function printDemoSignIns(appUrl: string): void {
  console.log(`\nFasthold demo: ${appUrl}`);
  console.log("Sign in with one of these addresses; the code arrives in the demo mailbox at /dev/mailbox.");
  for (const u of Object.values(demoUsers)) {
    console.log(`  ${u.role.padEnd(10)} ${u.email.padEnd(40)} ${u.name}`);
  }
  console.log("");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { db } = await import("./index");
  const seeded = await seedDemo(db);
  console.log(seeded ? "demo data seeded" : "demo data already present");
  printDemoSignIns(process.env.APP_URL || `http://localhost:${process.env.PORT || 3000}`);
  await db.destroy();
}
