import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { db } from "~db/index";
import { insertException, insertMeeting, insertRule, isUniqueViolation } from "~/models/meeting.server";
import { employerScope, employeeScope } from "~/models/scope.server";
import { findMeeting } from "~/models/meeting.server";
import { systemActor } from "~/models/audit.server";
import type { StaffUser } from "~/models/user.server";
import { loadSessionUser } from "~/models/user.server";
import {
  bookMeeting,
  cancelMeeting,
  cancelMeetingsForCase,
  meetingReminderJob,
  meetingsForCase,
  moveMeeting,
  recordMeetingHeld,
  respondToMeeting,
  slotsForCase,
  type MeetingParty,
} from "~/services/meetings.server";
import { setNow } from "~/utils/clock";
import { deliverAll, mailsTo } from "../support/mail";
import { cookieFor, makeUser } from "../support/factories";
import { callAction, callLoader, formRequest, getRequest, jsonOf } from "../support/requests";
import { employeeSignIn } from "../support/plans";
import { action as employerMeetingsAction, loader as employerMeetingsLoader } from "~/routes/virksomhed.sager.$caseId_.moeder";
import { action as employeeMeetingsAction } from "~/routes/medarbejder.moeder";
import { action as staffMeetingAction } from "~/routes/jobcenter.moeder.$meetingId";
import { employerWithCase } from "../support/plans";
import type { EmployerUser } from "~/models/user.server";

const ALL_KINDS = ["first_conversation", "follow_up", "round_table"] as const;
const ALL_FORMS = ["workplace", "jobcenter", "video", "phone"] as const;

/** Monday 22 March 2027, 09.00 in Copenhagen (winter time); summer time starts Sunday 28 March. */
const MONDAY = "2027-03-22T08:00:00.000Z";

async function setup() {
  setNow(MONDAY);
  const consultant = await makeUser("consultant");
  const a = await employerWithCase();
  await db.updateTable("absence_cases").set({ consultant_id: consultant.id }).where("id", "=", a.caseId).execute();
  await insertRule(db, consultant.id, {
    weekday: 1,
    start: "09:00",
    end: "12:00",
    slotMinutes: 60,
    kinds: [...ALL_KINDS],
    forms: [...ALL_FORMS],
    location: "Jobcentret, Torvet 1",
    validFrom: "2027-01-01",
    validTo: null,
  });
  const employerUser = (await loadSessionUser(db, a.user.id)) as EmployerUser;
  const staff = (await loadSessionUser(db, consultant.id)) as StaffUser;
  const employer: MeetingParty = { kind: "employer", user: employerUser };
  const employee: MeetingParty = { kind: "employee", caseId: a.caseId };
  return { ...a, consultant, employer, employee, staffParty: { kind: "staff", user: staff } as MeetingParty, staff };
}

const roundTable = (consultantId: string, startsAt: string) => ({
  kind: "round_table" as const,
  form: "workplace" as const,
  consultantId,
  startsAt,
  location: "Industrivej 4, 6700 Esbjerg",
  videoUrl: null,
  unionRepName: "Ole Olsen",
});

function icsOf(mail: { attachments: string | null }) {
  const files = JSON.parse(mail.attachments ?? "[]") as { filename: string; contentType: string; content: string }[];
  expect(files).toHaveLength(1);
  const text = Buffer.from(files[0].content, "base64").toString("utf8");
  const comp = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.register(new ICAL.Timezone(comp.getFirstSubcomponent("vtimezone")!));
  const event = new ICAL.Event(comp.getFirstSubcomponent("vevent")!);
  return { text, method: comp.getFirstPropertyValue("method"), event, contentType: files[0].contentType };
}

describe("free slots", () => {
  it("come from the weekly pattern in Danish time across the change to summer time, minus notice, exceptions and booked meetings", async () => {
    const s = await setup();
    await insertException(db, s.consultant.id, { type: "blocked", date: "2027-03-29", start: "10:00", end: "11:00" });
    await insertException(db, s.consultant.id, {
      type: "extra",
      date: "2027-03-27",
      start: "14:00",
      end: "15:00",
      slotMinutes: 60,
      kinds: ["round_table"],
      forms: ["workplace"],
      location: null,
    });
    await insertException(db, s.consultant.id, { type: "blocked", date: "2027-04-05", start: null, end: null });
    const found = await slotsForCase(s.employer, s.caseId, "round_table");
    // Today's 10.00 and 11.00 are within the 24 hours' notice; 29 March is summer time (UTC+2); 5 April is blocked.
    expect(found!.slots.map((x) => x.startsAt)).toEqual(["2027-03-27T13:00:00.000Z", "2027-03-29T07:00:00.000Z", "2027-03-29T09:00:00.000Z"]);
    expect(found!.slots.map((x) => x.time)).toEqual(["14:00", "09:00", "11:00"]);
    // A round-table is held at the workplace or the jobcenter: never by phone.
    expect(found!.slots[1].forms).toEqual(["workplace", "jobcenter"]);

    expect((await bookMeeting(s.employer, s.caseId, roundTable(s.consultant.id, "2027-03-29T07:00:00.000Z"))).ok).toBe(true);
    const after = await slotsForCase(s.employee, s.caseId, "round_table");
    expect(after!.slots.map((x) => x.startsAt)).toEqual(["2027-03-27T13:00:00.000Z", "2027-03-29T09:00:00.000Z"]);
    // A time that is not a free slot is refused, and writes nothing.
    expect(await bookMeeting(s.employer, s.caseId, roundTable(s.consultant.id, "2027-03-29T08:00:00.000Z"))).toEqual({ ok: false, error: "slotGone" });
    expect(await bookMeeting(s.employer, s.caseId, { ...roundTable(s.consultant.id, "2027-03-29T09:00:00.000Z"), form: "phone" })).toEqual({
      ok: false,
      error: "formNotAllowed",
    });
  });
});

describe("booking", () => {
  it("two parties racing for one slot: exactly one booked, the other told the slot is taken", async () => {
    const s = await setup();
    const slot = "2027-03-29T07:00:00.000Z";
    const results = await Promise.all([
      bookMeeting(s.employer, s.caseId, roundTable(s.consultant.id, slot)),
      bookMeeting(s.employee, s.caseId, { ...roundTable(s.consultant.id, slot), kind: "follow_up", form: "video", videoUrl: "https://video.example/x" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const loser = results.find((r) => !r.ok);
    expect(loser && !loser.ok && ["slotTaken", "slotGone"]).toContain(loser && !loser.ok ? loser.error : "");
    const rows = await db.selectFrom("meetings").selectAll().where("consultant_id", "=", s.consultant.id).where("status", "=", "booked").execute();
    expect(rows).toHaveLength(1);
    // The index itself refuses a second booked meeting at the same start (the last word in a race).
    const err = await insertMeeting(db, { ...rows[0], id: "other-meeting-1", ics_uid: "other@fasthold" }).catch((e: unknown) => e);
    expect(isUniqueViolation(err)).toBe(true);
  });

  it("confirms to employee, employer and consultant with an .ics REQUEST read back at the right Copenhagen time; the employee accepts", async () => {
    const s = await setup();
    const booked = await bookMeeting(s.employer, s.caseId, roundTable(s.consultant.id, "2027-03-29T09:00:00.000Z"));
    expect(booked.ok).toBe(true);
    const id = (booked as { meetingId: string }).meetingId;
    await deliverAll();
    for (const address of [s.employeeEmail, "hanne@example.test", s.consultant.email]) {
      const mail = (await mailsTo(address)).find((m) => m.idempotency_key.includes(`meeting:${id}:0:booked:`));
      expect(mail, address).toBeTruthy();
      const ics = icsOf(mail!);
      expect(ics.method).toBe("REQUEST");
      expect(ics.contentType).toContain("method=REQUEST");
      expect(ics.event.sequence).toBe(0);
      expect(ics.event.startDate.hour).toBe(11);
      expect(ics.event.startDate.toJSDate().toISOString()).toBe("2027-03-29T09:00:00.000Z");
      expect(mail!.subject).toContain("kl. 11.00");
    }
    expect(await respondToMeeting(s.caseId, id, "accepted", null)).toEqual({ ok: true });
    const row = await db.selectFrom("meetings").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(row.employee_response).toBe("accepted");
    const audit = await db.selectFrom("audit_log").select("action").where("entity_id", "=", id).orderBy("at").execute();
    // Written at the same frozen instant: compare what was written, not the order of equal times.
    expect(audit.map((a) => a.action).sort()).toEqual(["meeting.accepted", "meeting.booked"]);
  });

  it("another company and another case's link never reach a meeting", async () => {
    const s = await setup();
    const other = await employerWithCase();
    const booked = (await bookMeeting(s.employer, s.caseId, roundTable(s.consultant.id, "2027-03-29T07:00:00.000Z"))) as { meetingId: string };
    const otherUser = (await loadSessionUser(db, other.user.id)) as EmployerUser;
    expect(await findMeeting(db, employerScope(otherUser), booked.meetingId)).toBeUndefined();
    expect(await findMeeting(db, employeeScope(other.caseId), booked.meetingId)).toBeUndefined();
    expect(await cancelMeeting({ kind: "employer", user: otherUser }, booked.meetingId, "x")).toEqual({ ok: false, error: "notFound" });
    expect(await respondToMeeting(other.caseId, booked.meetingId, "declined", "x")).toEqual({ ok: false, error: "notFound" });
    expect(await slotsForCase({ kind: "employer", user: otherUser }, s.caseId, "round_table")).toBeNull();
    expect(await bookMeeting({ kind: "employee", caseId: other.caseId }, s.caseId, roundTable(s.consultant.id, "2027-03-29T09:00:00.000Z"))).toEqual({
      ok: false,
      error: "notFound",
    });
  });
});

describe("moving and cancelling", () => {
  it("is allowed until the cut-off 24 hours before, raises SEQUENCE each time, and is refused after (staff may still cancel)", async () => {
    const s = await setup();
    const { meetingId } = (await bookMeeting(s.employer, s.caseId, roundTable(s.consultant.id, "2027-03-29T07:00:00.000Z"))) as { meetingId: string };
    expect(await moveMeeting(s.employee, meetingId, "2027-03-29T09:00:00.000Z", "Jeg har en aftale")).toEqual({ ok: true });
    let row = await db.selectFrom("meetings").selectAll().where("id", "=", meetingId).executeTakeFirstOrThrow();
    expect([row.starts_at, row.ics_sequence]).toEqual(["2027-03-29T09:00:00.000Z", 1]);
    await deliverAll();
    const moved = (await mailsTo(s.consultant.email)).find((m) => m.subject.startsWith("Mødet er flyttet"))!;
    expect(icsOf(moved).event.sequence).toBe(1);
    expect(icsOf(moved).event.startDate.hour).toBe(11);

    setNow("2027-03-28T09:01:00.000Z"); // 23 h 59 min before 11.00 (09:00Z)
    expect(await moveMeeting(s.employer, meetingId, "2027-03-29T07:00:00.000Z", "x")).toEqual({ ok: false, error: "tooLate" });
    expect(await cancelMeeting(s.employee, meetingId, "Syg")).toEqual({ ok: false, error: "tooLate" });
    row = await db.selectFrom("meetings").selectAll().where("id", "=", meetingId).executeTakeFirstOrThrow();
    expect([row.status, row.ics_sequence]).toEqual(["booked", 1]);

    expect(await cancelMeeting(s.staffParty, meetingId, "Konsulenten er syg")).toEqual({ ok: true });
    row = await db.selectFrom("meetings").selectAll().where("id", "=", meetingId).executeTakeFirstOrThrow();
    expect([row.status, row.ics_sequence, row.cancel_reason]).toEqual(["cancelled", 2, "Konsulenten er syg"]);
    await deliverAll();
    const cancelMail = (await mailsTo(s.employeeEmail)).find((m) => m.subject.startsWith("Aflyst"))!;
    const ics = icsOf(cancelMail);
    expect([ics.method, ics.event.sequence, ics.event.uid]).toEqual(["CANCEL", 2, `${meetingId}@fasthold`]);
    const audit = await db.selectFrom("audit_log").select("action").where("entity_id", "=", meetingId).orderBy("at").execute();
    expect(audit.map((a) => a.action).sort()).toEqual(["meeting.booked", "meeting.cancelled", "meeting.moved"]);
  });
});

describe("reminders", () => {
  it("go once the day before at 09.00, also when the job runs twice (a worker restart), and never after a cancellation", async () => {
    const s = await setup();
    const kept = (await bookMeeting(s.employer, s.caseId, roundTable(s.consultant.id, "2027-03-29T07:00:00.000Z"))) as { meetingId: string };
    const dropped = (await bookMeeting(s.employer, s.caseId, roundTable(s.consultant.id, "2027-03-29T09:00:00.000Z"))) as { meetingId: string };
    const jobs = await db
      .selectFrom("jobs")
      .selectAll()
      .where("dedupe_key", "in", [`meeting.reminder:${kept.meetingId}:0`, `meeting.reminder:${dropped.meetingId}:0`])
      .execute();
    expect(jobs.map((j) => j.run_at)).toEqual(["2027-03-28T07:00:00.000Z", "2027-03-28T07:00:00.000Z"]);
    expect(await cancelMeeting(s.employer, dropped.meetingId, "Dobbeltbooket")).toEqual({ ok: true });
    await deliverAll();

    setNow("2027-03-28T07:00:00.000Z");
    await deliverAll();
    // The same job again (a worker that died after sending and before marking it done): nothing new.
    await meetingReminderJob(kept.meetingId, 0);
    await meetingReminderJob(dropped.meetingId, 0);
    await deliverAll();
    const reminders = (await mailsTo(s.employeeEmail)).filter((m) => m.idempotency_key.includes(":reminder:"));
    expect(reminders).toHaveLength(1);
    expect(reminders[0].subject).toContain("kl. 09.00");
    expect(icsOf(reminders[0]).event.uid).toBe(`${kept.meetingId}@fasthold`);
    expect((await mailsTo(s.consultant.email)).filter((m) => m.idempotency_key.includes(":reminder:"))).toHaveLength(1);
  });
});

describe("held and closing", () => {
  it("the consultant records it held with a referat; closing a case cancels what is still booked, with a CANCEL to the parties", async () => {
    const s = await setup();
    const first = (await bookMeeting(s.employer, s.caseId, roundTable(s.consultant.id, "2027-03-29T07:00:00.000Z"))) as { meetingId: string };
    const second = (await bookMeeting(s.employee, s.caseId, {
      ...roundTable(s.consultant.id, "2027-03-29T08:00:00.000Z"),
      kind: "follow_up",
      form: "phone",
    })) as {
      meetingId: string;
    };
    const third = (await bookMeeting(s.employee, s.caseId, {
      ...roundTable(s.consultant.id, "2027-03-29T09:00:00.000Z"),
      kind: "follow_up",
      form: "jobcenter",
    })) as {
      meetingId: string;
    };
    expect(await recordMeetingHeld(s.staff, first.meetingId, { employerPresent: true, summary: "Vi aftalte 20 timer om ugen." })).toEqual({ ok: true });
    const held = await db.selectFrom("meetings").selectAll().where("id", "=", first.meetingId).executeTakeFirstOrThrow();
    expect([held.status, held.employer_present, held.summary]).toEqual(["held", 1, "Vi aftalte 20 timer om ugen."]);
    const thirdRow = await db.selectFrom("meetings").selectAll().where("id", "=", third.meetingId).executeTakeFirstOrThrow();
    expect(thirdRow.location).toBe("Jobcentret, Torvet 1");

    const n = await db.transaction().execute((trx) => cancelMeetingsForCase(trx, s.caseId, "Sagen er afsluttet", systemActor));
    expect(n).toBe(2);
    const rows = await db.selectFrom("meetings").select(["id", "status", "ics_sequence"]).where("case_id", "=", s.caseId).orderBy("starts_at").execute();
    expect(rows.map((r) => [r.status, r.ics_sequence])).toEqual([
      ["held", 0],
      ["cancelled", 1],
      ["cancelled", 1],
    ]);
    const pending = await db
      .selectFrom("jobs")
      .select("status")
      .where(
        "dedupe_key",
        "in",
        [first, second, third].map((m) => `meeting.reminder:${m.meetingId}:0`),
      )
      .execute();
    expect(pending.map((j) => j.status).sort()).toEqual(["cancelled", "cancelled", "cancelled"]);
    await deliverAll();
    const cancels = (await mailsTo(s.employeeEmail)).filter((m) => m.subject.startsWith("Aflyst"));
    expect(cancels).toHaveLength(2);
    expect(cancels.map((m) => icsOf(m).method)).toEqual(["CANCEL", "CANCEL"]);
    void second;
  });
});

describe("the pages", () => {
  it("a bad booking form answers 400 next to the field and writes nothing; the losing party of a race gets a Danish message, not a 500", async () => {
    const s = await setup();
    const cookie = s.cookie;
    const path = `/virksomhed/sager/${s.caseId}/moeder`;
    const bad = await callAction(employerMeetingsAction, formRequest(path, { intent: "book", kind: "round_table", form: "workplace", slot: "" }, cookie), {
      params: { caseId: s.caseId },
    });
    expect(bad.status).toBe(400);
    expect((await jsonOf(bad)).errors.slot).toBe("Udfyld feltet.");
    expect(await db.selectFrom("meetings").select("id").where("case_id", "=", s.caseId).execute()).toHaveLength(0);

    const page = await jsonOf(await callLoader(employerMeetingsLoader, getRequest(`${path}?type=round_table`, cookie), { params: { caseId: s.caseId } }));
    const slot = `${page.slots[0].consultantId}|${page.slots[0].startsAt}`;
    const employeeCookie = await employeeSignIn(s.caseId, s.employeeEmail);
    const fields = { intent: "book", kind: "round_table", form: "workplace", slot, location: "Industrivej 4" };
    const [first, second] = await Promise.all([
      callAction(employerMeetingsAction, formRequest(path, fields, cookie), { params: { caseId: s.caseId } }),
      callAction(employeeMeetingsAction, formRequest("/medarbejder/moeder", fields, employeeCookie)),
    ]);
    expect([first.status, second.status].sort()).toEqual([302, 409]);
    const loser = await jsonOf(first.status === 409 ? first : second);
    expect(loser.errors.slot).toMatch(/^(Tiden er netop blevet booket af en anden|Tiden er ikke længere ledig)\. Vælg en anden tid\.$/);
    expect(loser.values.location).toBe("Industrivej 4");
    expect(await db.selectFrom("meetings").select("id").where("case_id", "=", s.caseId).execute()).toHaveLength(1);
  });

  it("the referat passes the health-word guard (hold and confirm); a first conversation held after day 14 shows as late", async () => {
    const s = await setup();
    const booked = (await bookMeeting(s.employer, s.caseId, { ...roundTable(s.consultant.id, "2027-04-12T07:00:00.000Z"), kind: "first_conversation" })) as {
      meetingId: string;
    };
    const staffCookie = await cookieFor(s.consultant.id);
    const path = `/jobcenter/moeder/${booked.meetingId}`;
    const held = { intent: "held", employerPresent: "yes", summary: "Medarbejderen har angst og arbejder 10 timer." };
    const hold = await callAction(staffMeetingAction, formRequest(path, held, staffCookie), { params: { meetingId: booked.meetingId } });
    expect(hold.status).toBe(422);
    expect((await jsonOf(hold)).healthWords).toContain("angst");
    expect((await db.selectFrom("meetings").select("status").where("id", "=", booked.meetingId).executeTakeFirstOrThrow()).status).toBe("booked");

    const ok = await callAction(staffMeetingAction, formRequest(path, { ...held, confirmHealth: "on" }, staffCookie), {
      params: { meetingId: booked.meetingId },
    });
    expect(ok.status).toBe(302);
    const view = await meetingsForCase(s.employer, s.caseId);
    const due = (await db.selectFrom("fast_track_requests").select("first_conversation_due").where("case_id", "=", s.caseId).executeTakeFirstOrThrow())
      .first_conversation_due;
    expect(due).toBe("2027-04-05");
    expect(view!.meetings[0]).toMatchObject({ status: "held", late: true, summary: held.summary, employerPresent: true });
    // Another company's HR user gets the answer for a missing meeting.
    const other = await employerWithCase();
    const foreign = await callLoader(employerMeetingsLoader, getRequest(`/virksomhed/sager/${s.caseId}/moeder`, other.cookie), {
      params: { caseId: s.caseId },
    });
    expect(foreign.status).toBe(404);
  });
});
