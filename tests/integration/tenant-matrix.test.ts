// Tenant isolation, proven route by route: every route module under app/routes
// is called, for its loader and for every action intent, with the ids of
// company A by callers who must not reach them. Each answer must equal the
// answer for an id that does not exist, carry nothing of A, change no row of A
// and queue nothing. A route file (or an intent) the matrix does not know fails
// the test, so the next route cannot be forgotten.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "~db/index";
import { createIssue } from "~/services/newsletter.server";
import { loadSessionUser, type EmployerUser, type StaffUser } from "~/models/user.server";
import { insertRule } from "~/models/meeting.server";
import { bookMeeting, slotsForCase } from "~/services/meetings.server";
import { newId } from "~/utils/crypto.server";
import { makeEmployer, makeUser } from "../support/factories";
import { deliverAll } from "../support/mail";
import { employeeSignIn, employerWithCase, planPost, savePlan, sixWeekPlan, startPlanAsEmployer } from "../support/plans";
import { createOffer, requestPlacement } from "../support/praktik";
import { requestIdOf, requestService } from "../support/guides";
import { callAction, callLoader } from "../support/requests";

type Handler = (args: any) => Promise<Response | null>;
type RouteModule = { action?: Handler; loader?: Handler };
const modules = import.meta.glob<RouteModule>("../../app/routes/*.tsx", { eager: true });
const routeDir = path.resolve("app/routes");

/** The ids a call is made with: company A's, or fresh ones that exist nowhere. */
type Ids = {
  companyId: string;
  caseId: string;
  planId: string;
  inquiryId: string;
  placementId: string;
  offerId: string;
  issueId: string;
  meetingId: string;
  serviceRequestId: string;
};
type Fields = (ids: Ids) => Record<string, string>;
type Entry =
  | { none: string }
  | {
      path: (ids: Ids) => string;
      params: (ids: Ids) => Record<string, string>;
      /** Fields per action intent ("_" for an action without intents); valid, so the lookup is reached. */
      intents?: Record<string, Fields>;
      /** Only jobcenter staff may pass: A's own HR user is tried too. */
      staffOnly?: boolean;
      /** The loader takes no id (a form page): only the action is in the matrix. */
      loaderHasNoId?: boolean;
    };

const noIds = (why: string): Entry => ({ none: why });
const day = "2026-12-14";

const matrix: Record<string, Entry> = {
  "_index.tsx": noIds("front page: redirects by role"),
  "healthz.tsx": noIds("health check"),
  "bench.trivial.tsx": noIds("the benchmark's trivial page: no data, a 404 unless BENCH=1"),
  "[.]well-known.security[.]txt.tsx": noIds("security.txt: public contact for vulnerability reports"),
  "tilgaengelighed.tsx": noIds("the accessibility statement: public text"),
  "privatliv.tsx": noIds("the privacy policy: public text"),
  "dev.mailbox._index.tsx": noIds("the demo mailbox: exists only without a Resend key and is refused on https (env)"),
  "dev.mailbox.$id.tsx": noIds("the demo mailbox: exists only without a Resend key and is refused on https (env)"),
  "henvendelse.$token.tsx": { path: (i) => `/henvendelse/${i.inquiryId}`, params: (i) => ({ token: i.inquiryId }) },
  "jobcenter._index.tsx": noIds("staff desk: lists, no id (employers refused by the role check, see the staff list below)"),
  "jobcenter.henvendelser.$inquiryId.tsx": {
    staffOnly: true,
    path: (i) => `/jobcenter/henvendelser/${i.inquiryId}`,
    params: (i) => ({ inquiryId: i.inquiryId }),
    intents: {
      take: () => ({ intent: "take" }),
      answer: () => ({ intent: "answer", answerKind: "reply", body: "Svar fra jobcentret" }),
      note: () => ({ intent: "note", noteBody: "Intern note" }),
      handover: () => ({ intent: "handover", handoverTo: newId(), handoverNote: "Overdrag" }),
      close: () => ({ intent: "close" }),
      "reveal-cpr": () => ({ intent: "reveal-cpr" }),
      "start-plan": () => ({ intent: "start-plan" }),
    },
  },
  "jobcenter.nyhedsbrev.$issueId._index.tsx": {
    staffOnly: true,
    path: (i) => `/jobcenter/nyhedsbrev/${i.issueId}`,
    params: (i) => ({ issueId: i.issueId }),
    intents: {
      save: () => ({ intent: "save", title: "Titel", preview: "Forhånd", "sections.0.heading": "Overskrift", "sections.0.markdown": "Tekst" }),
      test: () => ({ intent: "test" }),
      schedule: () => ({ intent: "schedule", date: "01.03.2027", time: "09.00", sendDate: "01.03.2027", sendTime: "09.00" }),
      "send-now": () => ({ intent: "send-now", confirmed: "1" }),
    },
  },
  "jobcenter.tider.tsx": noIds("the consultant's own times and calendar; a rule or exception is deleted only by its owner, in the same query"),
  "jobcenter.moeder.$meetingId.tsx": {
    staffOnly: true,
    path: (i) => `/jobcenter/moeder/${i.meetingId}`,
    params: (i) => ({ meetingId: i.meetingId }),
    intents: {
      held: () => ({ intent: "held", employerPresent: "yes", summary: "Referat" }),
      cancel: () => ({ intent: "cancel", reason: "Aflyst" }),
    },
  },
  "jobcenter.nyhedsbrev.$issueId.preview.tsx": {
    staffOnly: true,
    path: (i) => `/jobcenter/nyhedsbrev/${i.issueId}/preview`,
    params: (i) => ({ issueId: i.issueId }),
  },
  "jobcenter.nyhedsbrev._index.tsx": noIds("staff list"),
  "jobcenter.nyhedsbrev.import.tsx": noIds("staff import of new subscribers"),
  "jobcenter.nyhedsbrev.ny.tsx": noIds("staff: a new issue"),
  "jobcenter.planer.tsx": noIds("staff list"),
  "jobcenter.opfoelgning.tsx": noIds("staff worklist: lists, no id (employers refused by the role check)"),
  "jobcenter.sager.$caseId.tsx": {
    staffOnly: true,
    path: (i) => `/jobcenter/sager/${i.caseId}`,
    params: (i) => ({ caseId: i.caseId }),
    intents: {
      "reveal-cpr": () => ({ intent: "reveal-cpr" }),
      "start-plan": () => ({ intent: "start-plan" }),
      "take-case": () => ({ intent: "take-case" }),
      "record-step": () => ({ intent: "record-step", stepId: newId(), doneOn: "01.12.2026" }),
      close: () => ({ intent: "close", outcome: "returned_full", closedOn: "01.12.2026" }),
      "confirm-closure": () => ({ intent: "confirm-closure" }),
      "reject-closure": () => ({ intent: "reject-closure", rejectReason: "Ikke endnu" }),
      reopen: () => ({ intent: "reopen", reopenReason: "Tilbagefald" }),
      correct: () => ({
        intent: "correct",
        employeeName: "Rettet Navn",
        employeeEmail: "rettet@example.test",
        cpr: "020290-4321",
        contactName: "Ny Kontakt",
        contactPhone: "70 10 20 30",
        contactEmail: "kontakt@example.test",
      }),
    },
  },
  "jobcenter.praktik.$placementId.tsx": {
    staffOnly: true,
    path: (i) => `/jobcenter/praktik/${i.placementId}`,
    params: (i) => ({ placementId: i.placementId }),
    intents: {
      propose: (i) => ({ intent: "propose", offerId: i.offerId, targetGroup: "sick_leave", startDate: day, weeks: "8", hours: "15" }),
      approve: () => ({ intent: "approve", staffRepName: "Tillid", consentDate: "01.12.2026" }),
      start: () => ({ intent: "start" }),
      extend: () => ({ intent: "extend", extraWeeks: "2", reason: "Mere tid" }),
      evaluate: () => ({ intent: "evaluate", how: "good", text: "Godt" }),
      complete: () => ({ intent: "complete" }),
      cancel: () => ({ intent: "cancel", reason: "Stop" }),
    },
  },
  "jobcenter.praktik._index.tsx": noIds("staff list"),
  "jobcenter.praktik.bank.tsx": noIds("staff search"),
  "jobcenter.profil.tsx": noIds("the staff user's own profile and sessions (another user's session id: 404, see staff-2fa.test.ts)"),
  "jobcenter.revision.tsx": noIds(
    "team lead: the audit log across companies (a CPR is looked up by its keyed hash; consultants and employers 404, see audit-review.test.ts)",
  ),
  "jobcenter.revision[.]csv.tsx": noIds("team lead: the audit log as CSV, the same filters"),
  "jobcenter.indsigt.tsx": noIds("staff: a person's access request by CPR (looked up by the keyed hash across companies, audited)"),
  "jobcenter.indsigt.hent.tsx": noIds("staff: the access-request export for the keyed CPR hash (audited)"),
  "jobcenter.kolleger.tsx": noIds("team lead: jobcenter staff and their second factor, no company data (an employer's id: 404, see staff-2fa.test.ts)"),
  "jobcenter.rapport.tsx": noIds("team lead's figures"),
  "jobcenter.rapport[.]csv.tsx": noIds("team lead's figures"),
  "jobcenter.noegletal.tsx": noIds("staff only: the team's figures (a consultant only their own; another consultant's id answers as an unknown one)"),
  "jobcenter.noegletal[.]csv.tsx": noIds("staff only: the team's figures as CSV (same filter as the page)"),
  "jobcenter.tilbud._index.tsx": noIds("staff: the catalogue and every company's requests (employers refused by the role check)"),
  "jobcenter.tilbud.ny.tsx": noIds("staff: a new service in the jobcentre's own catalogue"),
  "jobcenter.tilbud.$slug.tsx": noIds("staff: a service of the jobcentre's own catalogue, by its public slug; no company data"),
  "jobcenter.tilbud.tal.tsx": noIds("team lead's figures"),
  "jobcenter.tilbud.tal[.]csv.tsx": noIds("team lead's figures"),
  "jobcenter.tilbud.anmodninger.$requestId.tsx": {
    staffOnly: true,
    path: (i) => `/jobcenter/tilbud/anmodninger/${i.serviceRequestId}`,
    params: (i) => ({ requestId: i.serviceRequestId }),
    intents: {
      agree: () => ({ intent: "agree" }),
      schedule: () => ({ intent: "schedule", scheduledOn: "14.12.2026", note: "Hos A" }),
      deliver: () => ({ intent: "deliver" }),
      decline: () => ({ intent: "decline", reason: "Nej" }),
    },
  },
  "jobcenter.vejledning._index.tsx": noIds("staff: the jobcentre's own guides, no company data"),
  "jobcenter.vejledning.$slug._index.tsx": noIds("staff: a guide by its public slug, no company data"),
  "jobcenter.vejledning.$slug.historik.tsx": noIds("staff: a guide's versions by its public slug, no company data"),
  "jobcenter.virksomheder.tsx": {
    staffOnly: true,
    path: () => "/jobcenter/virksomheder",
    params: () => ({}),
    intents: {
      verify: (i) => ({ intent: "verify", companyId: i.companyId }),
      contact: (i) => ({ intent: "contact", companyId: i.companyId, consultantId: "" }),
    },
  },
  "kontakt._index.tsx": noIds("a new inquiry from whoever writes"),
  "kontakt.bekraeft.tsx": noIds("confirms the sender's own held inquiry by their code"),
  "log-ind._index.tsx": noIds("sign-in"),
  "log-ind.kode.tsx": noIds("sign-in"),
  "log-ind.totp.tsx": noIds("the second factor of the caller's own half-signed-in session"),
  "log-ud.tsx": noIds("signs out the caller's own session"),
  "medarbejder.$token.tsx": {
    path: (i) => `/medarbejder/${i.caseId}`,
    params: (i) => ({ token: i.caseId }),
    intents: { send: () => ({ intent: "send" }), verify: () => ({ intent: "verify", code: "123456" }) },
  },
  "medarbejder._index.tsx": noIds("the employee's own case, from their session (asking for a plan, correcting their own email: no id is read from the form)"),
  "medarbejder.fremgang.tsx": noIds("the employee's own progression ratings and sharing choice, from their session (no id)"),
  "medarbejder.moeder.tsx": {
    loaderHasNoId: true,
    path: () => "/medarbejder/moeder",
    params: () => ({}),
    intents: {
      accept: (i) => ({ intent: "accept", meetingId: i.meetingId }),
      decline: (i) => ({ intent: "decline", meetingId: i.meetingId, reason: "Kan ikke" }),
      move: (i) => ({ intent: "move", meetingId: i.meetingId, slot: `${i.meetingId}|2020-01-06T08:00:00.000Z`, reason: "Flyt" }),
      cancel: (i) => ({ intent: "cancel", meetingId: i.meetingId, reason: "Aflys" }),
    },
  },
  "medarbejder.indsigt.tsx": noIds("the employee's own data, from their session (their case only)"),
  "medarbejder.log-ud.tsx": noIds("signs out the caller's own employee session"),
  "nyhedsbrev._index.tsx": noIds("subscription form"),
  "nyhedsbrev.afmeld.tsx": noIds("the signed token is the subscriber's proof"),
  "nyhedsbrev.arkiv.$slug.tsx": noIds("public archive of sent issues"),
  "nyhedsbrev.arkiv._index.tsx": noIds("public archive"),
  "nyhedsbrev.bekraeft.tsx": noIds("the signed token is the subscriber's proof"),
  "opret-virksomhed.tsx": noIds("sign-up"),
  "plan.$planId._index.tsx": {
    path: (i) => `/plan/${i.planId}`,
    params: (i) => ({ planId: i.planId }),
    intents: {
      approve: () => ({ intent: "approve", version: "1" }),
      comment: () => ({ intent: "comment", section: "tasks", body: "En kommentar", toJobcenter: "on" }),
      decide: () => ({ intent: "decide", decision: "decline", reason: "Nej tak" }),
    },
  },
  "plan.$planId.historik.tsx": { path: (i) => `/plan/${i.planId}/historik`, params: (i) => ({ planId: i.planId }) },
  "plan.$planId.pdf.tsx": { path: (i) => `/plan/${i.planId}/pdf`, params: (i) => ({ planId: i.planId }) },
  "plan.$planId.rediger.tsx": {
    path: (i) => `/plan/${i.planId}/rediger`,
    params: (i) => ({ planId: i.planId }),
    intents: {
      _: () => ({ basedOn: "1", jobTitle: "Lager", goal: "own_job", normalHours: "37" }),
      merge: () => ({ intent: "merge", basedOn: "1", originalBase: "0", mine: JSON.stringify(sixWeekPlan()), "take.tasks": "mine" }),
      "add-tasks": () => ({ intent: "add-tasks", basedOn: "1", jobTitle: "Lager" }),
      "add-acc": () => ({ intent: "add-acc", basedOn: "1" }),
      "add-meet": () => ({ intent: "add-meet", basedOn: "1" }),
    },
  },
  "samtykke.$token.tsx": {
    path: (i) => `/samtykke/${i.caseId}`,
    params: (i) => ({ token: i.caseId }),
    intents: { _: () => ({ decision: "consent" }) },
  },
  "soeg.tsx": noIds("public search over the guides and the catalogue"),
  "sprog.tsx": noIds("language cookie"),
  "tilbud._index.tsx": noIds("the public service catalogue"),
  "tilbud.$slug.tsx": {
    path: () => "/tilbud/ergonomisk-vurdering",
    params: () => ({ slug: "ergonomisk-vurdering" }),
    loaderHasNoId: true,
    intents: { _: (i) => ({ caseId: i.caseId, message: "Til sagen" }) },
  },
  "vejledning._index.tsx": noIds("the public guides"),
  "vejledning.$slug.tsx": noIds("a public guide by its slug"),
  "virksomhed._index.tsx": noIds("the company's own list"),
  "virksomhed.fast-track.tsx": noIds("a new case for the caller's company"),
  "virksomhed.henvendelser.$inquiryId.tsx": { path: (i) => `/virksomhed/henvendelser/${i.inquiryId}`, params: (i) => ({ inquiryId: i.inquiryId }) },
  "virksomhed.henvendelser._index.tsx": noIds("the company's own list"),
  "virksomhed.praktik.$placementId.tsx": {
    path: (i) => `/virksomhed/praktik/${i.placementId}`,
    params: (i) => ({ placementId: i.placementId }),
    intents: {
      accept: () => ({ intent: "accept" }),
      decline: () => ({ intent: "decline", reason: "Ingen plads" }),
      start: () => ({ intent: "start" }),
      checkin: () => ({ intent: "checkin", weekStart: "07.12.2026", attendance: "all", hours: "15", how: "good", comment: "" }),
      evaluate: () => ({ intent: "evaluate", how: "good", text: "Godt forløb" }),
      cancel: () => ({ intent: "cancel", reason: "Stop" }),
    },
  },
  "virksomhed.praktik._index.tsx": noIds("the company's own list"),
  "virksomhed.praktik.anmod.tsx": {
    path: () => "/virksomhed/praktik/anmod",
    params: () => ({}),
    loaderHasNoId: true,
    intents: {
      _: (i) => ({ purpose: "retention", caseId: i.caseId, wishedStart: "14.12.2026", wishedWeeks: "8", wishedHours: "15", wishedTasks: "Lette opgaver" }),
    },
  },
  "virksomhed.praktik.tilbud.$offerId.tsx": {
    path: (i) => `/virksomhed/praktik/tilbud/${i.offerId}`,
    params: (i) => ({ offerId: i.offerId }),
    intents: {
      save: () => ({ intent: "save", title: "Overtaget" }),
      active: () => ({ intent: "active" }),
      paused: () => ({ intent: "paused" }),
      withdrawn: () => ({ intent: "withdrawn" }),
    },
  },
  "virksomhed.praktik.tilbud.ny.tsx": noIds("a new offer of the caller's company"),
  "virksomhed.profil.tsx": noIds("the caller's own profile"),
  "virksomhed.sager.$caseId_.moeder.tsx": {
    path: (i) => `/virksomhed/sager/${i.caseId}/moeder`,
    params: (i) => ({ caseId: i.caseId }),
    intents: {
      book: (i) => ({ intent: "book", kind: "follow_up", form: "phone", slot: `${i.meetingId}|2020-01-06T08:00:00.000Z` }),
      move: (i) => ({ intent: "move", meetingId: i.meetingId, slot: `${i.meetingId}|2020-01-06T08:00:00.000Z`, reason: "Flyt" }),
      cancel: (i) => ({ intent: "cancel", meetingId: i.meetingId, reason: "Aflys" }),
    },
  },
  "virksomhed.tilbud._index.tsx": noIds("the company's own service requests"),
  "virksomhed.tilbud.$requestId.tsx": {
    path: (i) => `/virksomhed/tilbud/${i.serviceRequestId}`,
    params: (i) => ({ requestId: i.serviceRequestId }),
    intents: { evaluate: () => ({ intent: "evaluate", rating: "4", comment: "Godt" }) },
  },
  "virksomhed.sager.$caseId.tsx": {
    path: (i) => `/virksomhed/sager/${i.caseId}`,
    params: (i) => ({ caseId: i.caseId }),
    intents: {
      "reveal-cpr": () => ({ intent: "reveal-cpr" }),
      "start-plan": () => ({ intent: "start-plan" }),
      "propose-closure": () => ({ intent: "propose-closure", outcome: "returned_full", closedOn: "01.12.2026" }),
    },
  },
  "webhooks.resend.tsx": noIds("signed by Resend"),
};

/** The intents a route's source offers, read from its forms and schemas. */
function intentsInSource(file: string): string[] {
  const src = fs.readFileSync(path.join(routeDir, file), "utf8");
  const found = new Set<string>();
  for (const line of src.split("\n")) {
    if (!/intent/i.test(line)) continue;
    for (const m of line.matchAll(/name="intent" value="([^"]+)"/g)) found.add(m[1]);
    for (const m of line.matchAll(/intent(?:s|\.data|\))?\s*(?:===|!==)\s*"([^"]+)"/g)) found.add(m[1]);
    for (const m of line.matchAll(/z\.literal\("([^"]+)"\)/g)) found.add(m[1]);
    for (const arr of line.matchAll(/\[((?:\s*"[^"]+",?)+)\s*\]/g)) for (const m of arr[1].matchAll(/"([^"]+)"/g)) found.add(m[1]);
  }
  return [...found];
}

// ---- The world: company A with everything, and the callers -------------------------------

const A = {
  name: "Astrid Aagaard-Matrix",
  cpr: "2408851357",
  functions: "Matrixløft-A i hal 4",
  comment: "Matrixkommentar-A om skærme",
  tasks: "Matrixopgaver-A på lageret",
  offer: "Matrixtilbud-A lager",
  serviceMessage: "Matrixservice-A ved pakkebordet",
};
const secrets = [A.name, "Aagaard-Matrix", A.cpr, "240885-1357", A.functions, A.comment, A.tasks, A.offer, A.serviceMessage];

let ids: Ids;
let callers: Record<string, string | undefined>;
let aOwnHr: string;

const aTables = async (aCompany: string) => {
  const cases = (await db.selectFrom("absence_cases").select("id").where("company_id", "=", aCompany).execute()).map((r) => r.id);
  const plans = (await db.selectFrom("retention_plans").select("id").where("company_id", "=", aCompany).execute()).map((r) => r.id);
  const inquiries = (await db.selectFrom("inquiries").select("id").where("company_id", "=", aCompany).execute()).map((r) => r.id);
  const placements = (await db.selectFrom("placements").select("id").where("company_id", "=", aCompany).execute()).map((r) => r.id);
  const any = (list: string[]) => (list.length ? list : ["-"]);
  return JSON.stringify([
    await db.selectFrom("companies").selectAll().where("id", "=", aCompany).execute(),
    await db.selectFrom("absence_cases").selectAll().where("company_id", "=", aCompany).execute(),
    await db.selectFrom("fast_track_requests").selectAll().where("case_id", "in", any(cases)).execute(),
    await db.selectFrom("case_steps").selectAll().where("case_id", "in", any(cases)).orderBy("id").execute(),
    await db.selectFrom("inquiries").selectAll().where("company_id", "=", aCompany).execute(),
    await db.selectFrom("inquiry_messages").selectAll().where("inquiry_id", "in", any(inquiries)).execute(),
    await db.selectFrom("retention_plans").selectAll().where("company_id", "=", aCompany).execute(),
    await db.selectFrom("retention_plan_versions").selectAll().where("plan_id", "in", any(plans)).execute(),
    await db.selectFrom("plan_approvals").selectAll().where("plan_id", "in", any(plans)).execute(),
    await db.selectFrom("plan_comments").selectAll().where("plan_id", "in", any(plans)).execute(),
    await db.selectFrom("placement_offers").selectAll().where("company_id", "=", aCompany).execute(),
    await db.selectFrom("placements").selectAll().where("id", "in", any(placements)).execute(),
    await db.selectFrom("placement_events").selectAll().where("placement_id", "in", any(placements)).execute(),
    await db.selectFrom("service_requests").selectAll().where("company_id", "=", aCompany).execute(),
    await db.selectFrom("newsletter_issues").selectAll().execute(),
    await db.selectFrom("meetings").selectAll().where("company_id", "=", aCompany).execute(),
    await db.selectFrom("audit_log").selectAll().orderBy("id").execute(),
    await db.selectFrom("jobs").select(["id", "kind", "dedupe_key", "status"]).orderBy("id").execute(),
  ]);
};
let aCompanyId: string;

beforeAll(async () => {
  const staff = await makeUser("consultant");
  const staffUser = (await loadSessionUser(db, staff.id)) as StaffUser;

  // Company A: a Fast Track case (its inquiry and consent link), a plan with a comment, a placement request, an offer.
  const a = await employerWithCase({ cpr: A.cpr, name: A.name, functions: A.functions });
  aCompanyId = a.company.id;
  aOwnHr = a.cookie;
  const planId = await startPlanAsEmployer(a.cookie, a.caseId);
  await savePlan(a.cookie, planId, 1, sixWeekPlan());
  await planPost(a.cookie, planId, { intent: "comment", section: "tasks", body: A.comment, toJobcenter: "" });
  const placementId = await requestPlacement(a.cookie, { caseId: "other", employeeName: A.name, wishedTasks: A.tasks });
  const offerId = await createOffer(a.cookie, { title: A.offer });
  const inquiry = await db.selectFrom("inquiries").select("id").where("case_id", "=", a.caseId).executeTakeFirstOrThrow();
  const issue = await createIssue(staffUser, { title: "Nyhedsbrev", preview: "Kort", sections: [{ heading: "Om", markdown: "Tekst" }] });
  // A's meeting: the case's consultant publishes Mondays; A's HR user books the first free one.
  await db.updateTable("absence_cases").set({ consultant_id: staff.id }).where("id", "=", a.caseId).execute();
  await insertRule(db, staff.id, {
    weekday: 1,
    start: "09:00",
    end: "12:00",
    slotMinutes: 60,
    kinds: ["first_conversation", "follow_up", "round_table"],
    forms: ["workplace", "jobcenter", "video", "phone"],
    location: null,
    validFrom: "2020-01-01",
    validTo: null,
  });
  const aUser = (await loadSessionUser(db, a.user.id)) as EmployerUser;
  const free = await slotsForCase({ kind: "employer", user: aUser }, a.caseId, "round_table");
  const booked = await bookMeeting({ kind: "employer", user: aUser }, a.caseId, {
    kind: "round_table",
    form: "workplace",
    consultantId: staff.id,
    startsAt: free!.slots[0].startsAt,
    location: "Matrixvej 1",
    videoUrl: null,
    unionRepName: null,
  });
  if (!booked.ok) throw new Error(`A's meeting: ${booked.error}`);
  const serviceRequestId = requestIdOf(await requestService(a.cookie, "ergonomisk-vurdering", { caseId: a.caseId, message: A.serviceMessage }));
  ids = {
    companyId: a.company.id,
    caseId: a.caseId,
    planId,
    inquiryId: inquiry.id,
    placementId,
    offerId,
    issueId: issue.id,
    meetingId: booked.meetingId,
    serviceRequestId,
  };

  // The callers: B's HR user (verified), an unverified company's user, the employee link of a case of B, a visitor.
  const b = await employerWithCase();
  const unverified = await makeEmployer({ verified: false });
  const employeeB = await employeeSignIn(b.caseId, b.employeeEmail);
  await deliverAll();
  callers = { "B's HR": b.cookie, "unverified company": unverified.cookie, "employee link of B": employeeB, "signed out": undefined };
  // Sanity: A's own HR user reaches A's case (the matrix below would prove nothing otherwise).
  const own = await callLoader(
    modules["../../app/routes/virksomhed.sager.$caseId.tsx"].loader! as any,
    new Request(`http://localhost:3999/virksomhed/sager/${a.caseId}`, { headers: { Cookie: a.cookie } }),
    {
      params: { caseId: a.caseId },
    },
  );
  expect(own.status).toBe(200);
  expect(await own.text()).toContain(A.name);
});

function missingIds(): Ids {
  return {
    companyId: newId(),
    caseId: newId(),
    planId: newId(),
    inquiryId: newId(),
    placementId: newId(),
    offerId: newId(),
    issueId: newId(),
    meetingId: newId(),
    serviceRequestId: newId(),
  };
}

/** Status, redirect and body, with the ids in them replaced, so A's answer and a missing id's can be compared. */
async function answer(res: Response, used: Ids) {
  let body = await res.text();
  let location = res.headers.get("Location") ?? "";
  for (const [k, v] of Object.entries(used)) {
    body = body.split(v).join(`<${k}>`);
    location = location.split(encodeURIComponent(v)).join(`<${k}>`).split(v).join(`<${k}>`);
  }
  return { status: res.status, location, body };
}

async function call(file: string, entry: Extract<Entry, { path: unknown }>, kind: "loader" | string, used: Ids, cookie: string | undefined) {
  const mod = modules[`../../app/routes/${file}`];
  const url = `http://localhost:3999${entry.path(used)}`;
  const headers: Record<string, string> = cookie ? { Cookie: cookie } : {};
  if (kind === "loader") return callLoader(mod.loader! as any, new Request(url, { headers }), { params: entry.params(used) });
  const fields = entry.intents![kind](used);
  const request = new Request(url, {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded" },
  });
  return callAction(mod.action! as any, request, { params: entry.params(used) });
}

describe("tenant matrix: every route, every intent, as every caller who must not reach company A", () => {
  it("knows every route file and every intent in it", () => {
    const files = fs.readdirSync(routeDir).filter((f) => f.endsWith(".tsx"));
    console.log(`tenant matrix: ${files.length} route files, ${files.filter((f) => "path" in (matrix[f] ?? {})).length} with ids`);
    for (const file of files) {
      expect(matrix[file], `${file} is not in the tenant matrix`).toBeDefined();
      const entry = matrix[file];
      if ("none" in entry) continue;
      const mod = modules[`../../app/routes/${file}`];
      if (mod.action) {
        expect(entry.intents, `${file} has an action but no intents in the matrix`).toBeDefined();
        for (const intent of intentsInSource(file)) expect(Object.keys(entry.intents!), `${file}: intent "${intent}" is not in the matrix`).toContain(intent);
      }
    }
  });

  const withIds = Object.entries(matrix).filter((e): e is [string, Extract<Entry, { path: unknown }>] => "path" in e[1]);
  for (const [file, entry] of withIds) {
    it(`${file}: A's ids answer as missing ones, reveal and change nothing`, async () => {
      const mod = modules[`../../app/routes/${file}`];
      const kinds = [...(mod.loader && !entry.loaderHasNoId ? ["loader"] : []), ...(mod.action ? Object.keys(entry.intents ?? {}) : [])];
      const who = { ...callers, ...(entry.staffOnly ? { "A's own HR user": aOwnHr } : {}) };
      let calls = 0;
      for (const [caller, cookie] of Object.entries(who)) {
        for (const kind of kinds) {
          const label = `${file} ${kind} as ${caller}`;
          const before = await aTables(aCompanyId);
          const missing = missingIds();
          const forMissing = await answer(await call(file, entry, kind, missing, cookie), missing);
          const forA = await answer(await call(file, entry, kind, ids, cookie), ids);
          expect(forA.status, label).toBeGreaterThanOrEqual(300);
          expect(forA, label).toEqual(forMissing);
          for (const secret of secrets) expect(forA.body, `${label} shows "${secret}"`).not.toContain(secret);
          expect(await aTables(aCompanyId), `${label} changed a row of A, audited or queued something`).toBe(before);
          calls++;
        }
      }
      expect(calls).toBeGreaterThan(0);
    });
  }

  it("the lists of every caller show nothing of A", async () => {
    const lists = Object.entries(matrix).filter(([, e]) => "none" in e);
    for (const [file] of lists) {
      const mod = modules[`../../app/routes/${file}`];
      if (!mod.loader || file.startsWith("dev.mailbox")) continue;
      const url = `http://localhost:3999/${file
        .replace(/\.tsx$/, "")
        .replace(/\[\.\]/, ".")
        .replace(/_index$/, "")
        .replace(/\./g, "/")}`;
      for (const [caller, cookie] of Object.entries(callers)) {
        const res = await callLoader(mod.loader as any, new Request(url, { headers: cookie ? { Cookie: cookie } : {} }), { params: {} });
        const body = await res.text();
        for (const secret of secrets) expect(body, `${file} as ${caller} shows "${secret}"`).not.toContain(secret);
      }
    }
  });
});
