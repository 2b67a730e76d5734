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

const subjects = [
  "Spørgsmål om delvis raskmelding",
  "Hvordan udfylder vi mulighedserklæringen?",
  "Medarbejder sygemeldt i 6 uger – hvad nu?",
  "Hjælpemidler på lageret",
  "Nedsat tid i en periode",
  "Rundbordssamtale med medarbejder og tillidsrepræsentant",
  "Virksomhedspraktik for en sygemeldt medarbejder",
  "Opfølgning efter første samtale",
  "Kan vi tilbyde andre opgaver i en periode?",
  "Refusion og sygedagpenge",
];

/** Hours to first answer: mostly within the day, a few late, for a report worth reading. */
const answerHours = [0.4, 1, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 18, 22, 23.5, 26, 31];

/** A small fixed pseudo-random sequence: the demo looks the same every time. */
function sequence(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
    return x / 2_147_483_648;
  };
}

export async function seedDemo(db: Kysely<Database>): Promise<boolean> {
  const done = await db.selectFrom("app_meta").select("value").where("key", "=", "demo_seeded_at").executeTakeFirst();
  if (done) return false;

  const { createCompany, verifyCompany, setContactConsultant } = await import("../app/models/company.server");
  const { createUser } = await import("../app/models/user.server");
  const { createAbsenceCase } = await import("../app/models/absenceCase.server");
  const { insertInquiry, addMessage } = await import("../app/models/inquiry.server");
  const { scheduleInquiryClock } = await import("../app/services/inquiries.server");
  const { setNow, resetClock, HOUR, DAY } = await import("../app/utils/clock");
  const { newId, newToken, sha256 } = await import("../app/utils/crypto.server");
  const { consentDeadline, firstConversationDue } = await import("../app/domain/deadlines");
  const { addDays, copenhagenDate, copenhagenToUtc, weekday } = await import("../app/utils/dates");

  const realNow = Date.now();
  const random = sequence(47);
  await db.transaction().execute(async (trx) => {
    const teamLead = await createUser(trx, demoUsers.teamLead);
    const karin = await createUser(trx, demoUsers.consultant);
    const jonas = await createUser(trx, demoUsers.consultant2);
    const steel = await createCompany(trx, { cvr: "31245672", name: "Vestjysk Stål A/S" }, null);
    await verifyCompany(trx, steel.id, karin);
    await setContactConsultant(trx, steel.id, karin.id, teamLead);
    const bakery = await createCompany(trx, { cvr: "31245680", name: "Bager Bent ApS" }, null);
    const others = [];
    for (const [cvr, name, contact] of [
      ["31245702", "Herning Plast ApS", jonas],
      ["31245710", "Ikast Transport A/S", jonas],
      ["31245729", "Brande Køkkener A/S", null],
    ] as const) {
      const company = await createCompany(trx, { cvr, name }, null);
      await verifyCompany(trx, company.id, karin);
      if (contact) await setContactConsultant(trx, company.id, contact.id, teamLead);
      others.push({ company, contact });
    }
    // The demo and the end-to-end tests: staff enrolled with a known authenticator secret, so their second factor can be given.
    const demoSecret = process.env.DEMO_STAFF_TOTP_SECRET;
    if (demoSecret) {
      const { encryptAtRest } = await import("../app/utils/crypto.server");
      await trx
        .updateTable("users")
        .set({ totp_secret: encryptAtRest(demoSecret), totp_enrolled_at: new Date(realNow).toISOString() })
        .where("id", "in", [teamLead.id, karin.id, jonas.id])
        .execute();
    }
    const hr = await createUser(trx, { ...demoUsers.employer, companyId: steel.id });
    await createUser(trx, { ...demoUsers.unverifiedEmployer, companyId: bakery.id });

    // Two Fast Track cases at Vestjysk Stål: one answered and consented, one waiting for both.
    const cases = [
      {
        name: "Mette Hansen",
        email: "mette.hansen@example.dk",
        cpr: "1204851234",
        daysAgo: 12,
        requestedHoursAgo: 30,
        answeredAfterHours: 3,
        consent: "consented" as const,
      },
      {
        name: "Lars Poulsen",
        email: "lars.poulsen@example.dk",
        cpr: "0307794321",
        daysAgo: 6,
        requestedHoursAgo: 5,
        answeredAfterHours: null,
        consent: "awaiting" as const,
      },
    ];
    const firstCaseIds: string[] = [];
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
      firstCaseIds.push(absenceCase.id);
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
          first_conversation_due: firstConversationDue(requestedAt),
        })
        .execute();
      const inquiry = await insertInquiry(
        trx,
        {
          companyId: steel.id,
          caseId: absenceCase.id,
          kind: "fast_track",
          subject: `Fast Track: ${c.name}`,
          createdBy: hr.id,
          contactName: hr.name,
          contactEmail: hr.email,
          contactPhone: hr.phone,
        },
        karin.id,
      );
      if (c.answeredAfterHours === null) {
        await scheduleInquiryClock(trx, inquiry);
        continue;
      }
      setNow(new Date(requestedAt.getTime() + c.answeredAfterHours * HOUR));
      const reply = await addMessage(trx, {
        inquiryId: inquiry.id,
        kind: "reply",
        authorId: karin.id,
        body: "Tak for anmodningen. Jeg ringer til jer i morgen formiddag, så vi kan aftale den første samtale med Mette.",
      });
      await trx
        .updateTable("inquiries")
        .set({ status: "answered", first_answered_at: reply.created_at, first_answered_by: karin.id, first_answer_kind: "reply" })
        .where("id", "=", inquiry.id)
        .execute();
    }

    // Ten weeks of general inquiries, so the desk and the team lead's report show something real.
    const companies = [{ company: steel, contact: karin }, ...others];
    const today = copenhagenDate(new Date(realNow));
    for (let daysAgo = 70; daysAgo >= 1; daysAgo--) {
      const day = addDays(today, -daysAgo);
      if (weekday(day) === 0 || weekday(day) === 6 || random() < 0.35) continue;
      const { company, contact } = companies[Math.floor(random() * companies.length)];
      const receivedAt = copenhagenToUtc(day, `${8 + Math.floor(random() * 8)}:${String(Math.floor(random() * 60)).padStart(2, "0")}:00`);
      setNow(receivedAt);
      const inquiry = await insertInquiry(
        trx,
        {
          companyId: company.id,
          kind: "general",
          subject: subjects[Math.floor(random() * subjects.length)],
          message: "Vi vil gerne have en snak om, hvordan vi bedst hjælper vores medarbejder tilbage. Ring gerne.",
          preferredContact: random() < 0.6 ? "phone" : "email",
          contactName: company.id === steel.id ? hr.name : "Personaleafdelingen",
          contactEmail: company.id === steel.id ? hr.email : `hr@${company.cvr}.example`,
          contactPhone: "97 00 00 00",
          createdBy: company.id === steel.id ? hr.id : null,
        },
        contact?.id ?? null,
      );
      const openStill = daysAgo === 1 && random() < 0.9;
      if (openStill) {
        await scheduleInquiryClock(trx, inquiry);
        continue;
      }
      const answerer = contact ?? (random() < 0.5 ? karin : jonas);
      setNow(new Date(receivedAt.getTime() + answerHours[Math.floor(random() * answerHours.length)] * HOUR));
      const kind = random() < 0.5 ? "call" : "reply";
      const message = await addMessage(trx, {
        inquiryId: inquiry.id,
        kind,
        authorId: answerer.id,
        body: kind === "call" ? "Ringede og aftalte en rundbordssamtale i næste uge." : "Tak for jeres henvendelse. Jeg har sendt en invitation til et møde.",
      });
      await trx
        .updateTable("inquiries")
        .set({
          status: daysAgo > 7 ? "closed" : "answered",
          first_answered_at: message.created_at,
          first_answered_by: answerer.id,
          first_answer_kind: kind,
          assigned_to: answerer.id,
          assigned_at: inquiry.received_at,
          closed_at: daysAgo > 7 ? message.created_at : null,
          closed_by: daysAgo > 7 ? answerer.id : null,
        })
        .where("id", "=", inquiry.id)
        .execute();
    }

    // A small placement bank: standing offers from the demo companies.
    const { insertOffer } = await import("../app/models/placementOffer.server");
    const bankOffers = [
      {
        company: steel,
        user: hr,
        title: "Værkstedsassistent",
        tasks: "Oprydning, værktøjsudlevering og lettere montage.",
        industry: "production",
        postcode: "6950",
        municipality: "Ringkøbing-Skjern",
        hoursMin: 8,
        hoursMax: 30,
        accommodations: ["reduced_hours", "no_heavy_lifting"],
      },
      {
        company: steel,
        user: hr,
        title: "Lagerassistent",
        tasks: "Plukning, pakning og registrering af varer.",
        industry: "logistics",
        postcode: "6950",
        municipality: "Ringkøbing-Skjern",
        hoursMin: 10,
        hoursMax: 37,
        accommodations: ["reduced_hours", "flexible_hours"],
      },
      {
        company: steel,
        user: hr,
        title: "Kontorhjælp i salgsafdelingen",
        tasks: "Ordreregistrering, telefon og post.",
        industry: "office",
        postcode: "6950",
        municipality: "Ringkøbing-Skjern",
        hoursMin: 5,
        hoursMax: 20,
        accommodations: ["quiet_workplace", "seated_work", "mentor"],
      },
    ];
    for (const o of bankOffers) {
      setNow(new Date(realNow - 30 * DAY));
      await insertOffer(trx, o.company.id, o.user.id, {
        title: o.title,
        tasks: o.tasks,
        industry: o.industry as never,
        address: "Industrivej 4",
        postcode: o.postcode,
        municipality: o.municipality,
        hoursMin: o.hoursMin,
        hoursMax: o.hoursMax,
        availableFrom: copenhagenDate(new Date(realNow)),
        maxWeeks: 13,
        accommodations: o.accommodations as never,
        contactName: hr.name,
        contactPhone: hr.phone ?? "97 12 34 56",
        contactEmail: hr.email,
        places: 2,
      });
    }

    // One still waiting past its deadline, for the escalation and the "overdue" list.
    setNow(new Date(realNow - 27 * HOUR));
    const overdue = await insertInquiry(
      trx,
      {
        companyId: others[2].company.id,
        kind: "general",
        subject: "Hvem tager sig af vores sygemeldte chauffør?",
        message: "Vi har ikke hørt fra nogen endnu. Ring venligst.",
        preferredContact: "phone",
        contactName: "Personaleafdelingen",
        contactEmail: `hr@${others[2].company.cvr}.example`,
        contactPhone: "97 11 22 33",
        createdBy: null,
      },
      null,
    );
    await scheduleInquiryClock(trx, overdue);
    // Newsletter subscribers who confirmed long ago, so a first issue has readers (Vestjysk Stål's HR via the profile).
    setNow(new Date(realNow - 60 * DAY));
    const at = new Date(realNow - 60 * DAY).toISOString();
    const subscribers = [
      { email: hr.email, name: hr.name, company: steel.name, cvr: steel.cvr, source: "profile" as const, user_id: hr.id },
      ...others.map(({ company }) => ({
        email: `hr@${company.cvr}.example`,
        name: "Personaleafdelingen",
        company: company.name,
        cvr: company.cvr,
        source: "form" as const,
        user_id: null,
      })),
    ];
    for (const s of subscribers) {
      await trx
        .insertInto("subscribers")
        .values({ id: newId(), ...s, status: "confirmed", consent_source: "demo data", confirmed_at: at, created_at: at, updated_at: at })
        .execute();
    }
    // The case's life (issue 13): meetings, follow-ups, progression, closed cases, free times.
    const { seedCaseLife } = await import("./seedCaseLife");
    await seedCaseLife(trx, {
      realNow,
      karin,
      jonas,
      steel,
      steelHr: hr,
      others: others.map((o) => o.company),
      existingCaseIds: firstCaseIds,
    });
    // The demo's rows are inserted directly: each case's last activity is read from them, as the
    // migration does. Kasper Nielsen (nothing since the case was made, 57 days ago) and Jens Pedersen
    // (last meeting 45 days ago) show "Ingen aktivitet i N dage" on the worklist.
    const { backfillLastActivity } = await import("./migrations/2026_12_02_183000_case_last_activity");
    await backfillLastActivity(trx);
    resetClock();
    void DAY;
    await trx
      .insertInto("app_meta")
      .values({ key: "demo_seeded_at", value: new Date(realNow).toISOString() })
      .execute();
  });
  return true;
}

/** `mailbox`: whether the demo mailbox exists (it does not once a Resend key is set). */
export function printDemoSignIns(appUrl: string, mailbox = !process.env.RESEND_API_KEY): void {
  console.log(`\nFasthold demo: ${appUrl}`);
  console.log(
    mailbox
      ? `Sign in with one of these addresses; the code arrives in the demo mailbox at ${appUrl}/dev/mailbox.`
      : "Sign in with one of these addresses; the code is sent to the address by email (Resend).",
  );
  for (const u of Object.values(demoUsers)) {
    console.log(`  ${u.role.padEnd(10)} ${u.email.padEnd(40)} ${u.name}`);
  }
  const secret = process.env.DEMO_STAFF_TOTP_SECRET;
  console.log(
    secret
      ? `Staff (consultant, team lead) then give a code from an authenticator app: the demo staff are enrolled with the key ${secret} (add it to the app by hand).`
      : "Staff (consultant, team lead) then set up an authenticator app at their first sign-in: scan the QR code (or type the key shown), confirm with its code, and keep the recovery codes.",
  );
  console.log("");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { db } = await import("./index");
  const seeded = await seedDemo(db);
  console.log(seeded ? "demo data seeded" : "demo data already present");
  printDemoSignIns(process.env.APP_URL || `http://localhost:${process.env.PORT || 3000}`);
  await db.destroy();
}
