// Keyset pagination and the report on a generated database (issue 14): every row exactly once across
// pages while rows are being added, and the report's figures equal a plain recount.
import { describe, expect, it } from "vitest";
import { loader as plansLoader } from "~/routes/jobcenter.planer";
import { loader as staffPraktikLoader } from "~/routes/jobcenter.praktik._index";
import { loader as companyPraktikLoader } from "~/routes/virksomhed.praktik._index";
import { loader as newsletterLoader } from "~/routes/jobcenter.nyhedsbrev._index";
import { loader as archiveLoader } from "~/routes/nyhedsbrev.arkiv._index";
import { loader as companyInquiriesLoader } from "~/routes/virksomhed.henvendelser._index";
import { action as companiesAction, loader as companiesLoader } from "~/routes/jobcenter.virksomheder";
import { loader as bankLoader } from "~/routes/jobcenter.praktik.bank";
import { industries, offerAccommodations } from "~/domain/placementRules";
import type { OfferFilters } from "~/domain/bankSearch";
import { bankQueryFrom } from "~/domain/bankQuery.server";
import { callAction, callLoader, formRequest, getRequest, jsonOf } from "../support/requests";
import { db } from "~db/index";
import { encodeCursor, PAGE_SIZE } from "~/domain/cursor";
import { decodeCursor } from "~/domain/cursor.server";
import { inquiryReportNow } from "~/services/report.server";
import { median, percentile } from "~/domain/inquiryReport";
import { DAY, HOUR, MINUTE, setNow } from "~/utils/clock";
import { addDays, copenhagenDate, copenhagenToUtc, weekStart } from "~/utils/dates";
import { desk } from "../support/desk";
import { placementValues } from "../support/praktik";
import { cookieFor, makeCompany, makeEmployer, makeUser } from "../support/factories";

/** A small deterministic generator, so a failure can be replayed. */
function seeded(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let serial = 0;
type Gen = {
  companyId: string;
  consultantId: string;
  status: "open" | "answered" | "closed";
  receivedAt: number;
  answeredAfterMs?: number | null;
  assigned?: boolean;
};

async function insertInquiries(rows: Gen[]): Promise<string[]> {
  const values = rows.map((r) => {
    const id = `gen${String(serial++).padStart(7, "0")}x`;
    const received = new Date(r.receivedAt);
    const answered = r.answeredAfterMs === undefined || r.answeredAfterMs === null ? null : new Date(r.receivedAt + r.answeredAfterMs).toISOString();
    return {
      id,
      company_id: r.companyId,
      case_id: null,
      kind: "general" as const,
      subject: `Henvendelse ${id}`,
      message: null,
      preferred_contact: null,
      contact_name: null,
      contact_email: null,
      contact_phone: null,
      created_by: null,
      guest_token_hash: null,
      received_at: received.toISOString(),
      due_at: new Date(r.receivedAt + 24 * HOUR).toISOString(),
      status: r.status,
      assigned_to: r.assigned === false ? null : r.consultantId,
      assigned_at: r.assigned === false ? null : received.toISOString(),
      first_answered_at: answered,
      first_answered_by: answered ? r.consultantId : null,
      first_answer_kind: answered ? ("reply" as const) : null,
      closed_at: r.status === "closed" ? answered : null,
      closed_by: r.status === "closed" ? r.consultantId : null,
      from_employee: 0,
    };
  });
  for (let i = 0; i < values.length; i += 200)
    await db
      .insertInto("inquiries")
      .values(values.slice(i, i + 200))
      .execute();
  return values.map((v) => v.id);
}

/** Follows a desk view's pages to the end (or back to the start), calling `between` after each page. */
async function walk(cookie: string, query: string, direction: "next" | "previous", start: string, between: (page: number) => Promise<void>) {
  const seen: string[] = [];
  const positions: string[] = [];
  let link: string | null = start;
  for (let page = 0; link !== null; page++) {
    expect(page).toBeLessThan(100);
    const data = await desk(cookie, link.startsWith("?") ? link : `${query}${link}`);
    const ids = data.inquiries.map((i: { id: string }) => i.id);
    seen.push(...(direction === "next" ? ids : [...ids].reverse()));
    positions.push(`${data.pager.from}–${data.pager.to}`);
    link = data.pager[direction];
    await between(page);
  }
  return { seen, positions };
}

describe("keyset pagination", () => {
  it("cursors survive the query string and refuse anything else", () => {
    const c = { key: "2026-11-23T08:00:00.000Z", id: "abc123", position: 100 };
    expect(decodeCursor(encodeCursor(c))).toEqual(c);
    for (const bad of ["", "!!!", "x".repeat(500), Buffer.from('["a"]').toString("base64url"), Buffer.from('["a","b",-1]').toString("base64url"), null])
      expect(decodeCursor(bad)).toBeNull();
  });

  it("the desk's open and closed views list every row exactly once across pages, forwards and back, while new ones arrive", async () => {
    const at = copenhagenToUtc("2026-11-23", "09:00:00").getTime();
    setNow(new Date(at));
    const rand = seeded(14);
    const companies = await Promise.all([makeCompany({ name: "Ærø Tømrer ApS" }), makeCompany({ name: "Vestjysk Stål A/S" })]);
    const consultant = await makeUser("consultant");
    const cookie = await cookieFor(consultant.id);
    // Many share a deadline to the millisecond: the id breaks the tie.
    const base: Gen[] = Array.from({ length: 330 }, (_, n) => ({
      companyId: companies[n % 2].id,
      consultantId: consultant.id,
      status: n % 3 === 0 ? "closed" : "open",
      receivedAt: at - Math.floor(rand() * 40) * 30 * MINUTE,
      answeredAfterMs: n % 3 === 0 ? HOUR : null,
      assigned: rand() < 0.8,
    }));
    const original = await insertInquiries(base);
    const openIds = original.filter((_, n) => n % 3 !== 0);
    const closedIds = original.filter((_, n) => n % 3 === 0);

    // New inquiries arrive between page fetches, some sorting before the page read, some after.
    const arrive = async () =>
      void (await insertInquiries(
        [-30 * HOUR, 0, -5 * MINUTE, -10 * HOUR].map((d) => ({
          companyId: companies[0].id,
          consultantId: consultant.id,
          status: "open" as const,
          receivedAt: at + d,
        })),
      ));
    const open = await walk(cookie, "?visning=team&status=aabne", "next", "?visning=team&status=aabne", arrive);
    const once = (ids: string[], expected: string[]) => {
      expect(new Set(ids).size).toBe(ids.length);
      expect(expected.filter((id) => !ids.includes(id))).toEqual([]);
    };
    once(open.seen, openIds);
    expect(open.positions[0]).toBe("1–50");
    expect(open.positions[1]).toBe("51–100");

    const closed = await walk(cookie, "?visning=team&status=lukkede", "next", "?visning=team&status=lukkede", async () => {
      await insertInquiries([{ companyId: companies[1].id, consultantId: consultant.id, status: "closed", receivedAt: at - 3 * HOUR, answeredAfterMs: HOUR }]);
    });
    once(closed.seen, closedIds);

    // Back from the last page of the open view to the first: the same rows, each once.
    const forward = await walk(cookie, "?visning=team&status=aabne", "next", "?visning=team&status=aabne", async () => {});
    const lastPage = await (async () => {
      let data = await desk(cookie, "?visning=team&status=aabne");
      while (data.pager.next) data = await desk(cookie, data.pager.next);
      return data;
    })();
    const lastIds = lastPage.inquiries.map((i: { id: string }) => i.id);
    const back = await walk(cookie, "?visning=team&status=aabne", "previous", lastPage.pager.previous, arrive);
    const all = [...back.seen.reverse(), ...lastIds];
    expect(new Set(all).size).toBe(all.length);
    expect(forward.seen.filter((id) => !all.includes(id))).toEqual([]);
    expect(back.positions.at(-1)).toMatch(/^1–/);

    // The company search folds Danish letters; the filter keeps to the company.
    const searched = await desk(cookie, "?visning=team&status=aabne&virksomhed=ÆRØ");
    expect(searched.inquiries.length).toBeGreaterThan(0);
    expect(searched.inquiries.every((i: { company_id: string }) => i.company_id === companies[0].id)).toBe(true);
    // A cursor that does not parse means the first page.
    expect((await desk(cookie, "?visning=team&status=aabne&efter=%27%3B--")).pager.from).toBe(1);
  });

  it("the report's figures equal a plain recount of a generated history", async () => {
    const nowMs = copenhagenToUtc("2026-11-25", "13:00:00").getTime();
    setNow(new Date(nowMs));
    const rand = seeded(1402);
    const company = await makeCompany();
    const consultants = await Promise.all([makeUser("consultant"), makeUser("consultant"), makeUser("consultant")]);
    // 40 weeks of history, answered within 1–40 hours or (some) not at all.
    const rows: Gen[] = Array.from({ length: 900 }, () => {
      const receivedAt = nowMs - Math.floor(rand() * 40 * 7 * DAY);
      const unanswered = rand() < 0.08;
      const answeredAfterMs = unanswered ? null : Math.floor((1 + rand() * 39) * HOUR);
      const status = unanswered ? "open" : receivedAt + (answeredAfterMs ?? 0) > nowMs ? "open" : rand() < 0.7 ? "closed" : "answered";
      return {
        companyId: company.id,
        consultantId: consultants[Math.floor(rand() * 3)].id,
        status,
        receivedAt,
        answeredAfterMs: status === "open" ? null : answeredAfterMs,
      };
    });
    await insertInquiries(rows);

    const report = await inquiryReportNow();
    const nowIso = new Date(nowMs).toISOString();
    const firstWeek = addDays(weekStart(copenhagenDate(new Date(nowMs))), -7 * 11);
    const answerTimes = (rows: { received_at: string; first_answered_at: string | null }[]) =>
      rows.map((r) => Date.parse(r.first_answered_at!) - Date.parse(r.received_at));
    const allAnswered: Awaited<ReturnType<typeof inWeekRows>> = [];
    const inWeekRows = (from: string, to: string) =>
      db.selectFrom("inquiries").selectAll().where("received_at", ">=", from).where("received_at", "<", to).execute();
    for (const [i, week] of report.weeks.entries()) {
      const from = copenhagenToUtc(addDays(firstWeek, 7 * i)).toISOString();
      const to = copenhagenToUtc(addDays(firstWeek, 7 * (i + 1))).toISOString();
      const inWeek = await inWeekRows(from, to);
      const answered = inWeek.filter((r) => r.first_answered_at);
      const overdue = inWeek.filter((r) => !r.first_answered_at && r.due_at < nowIso).length;
      expect(week.weekStart).toBe(addDays(firstWeek, 7 * i));
      expect(week.received).toBe(inWeek.length);
      expect(week.answeredInTime).toBe(answered.filter((r) => r.first_answered_at! <= r.due_at).length);
      expect(week.judged).toBe(answered.length + overdue);
      expect(week.overdueNow).toBe(overdue);
      expect(week.byConsultant.reduce((n, c) => n + c.received, 0)).toBe(inWeek.length);
      // The medians and p90s, which SQL picks by rank, against the same figures over the rows themselves.
      expect(week.medianMs).toBe(median(answerTimes(answered)));
      expect(week.p90Ms).toBe(percentile(answerTimes(answered), 90));
      for (const c of week.byConsultant) {
        const theirs = inWeek.filter((r) => (r.first_answered_by ?? r.assigned_to) === c.consultantId);
        expect(c.received).toBe(theirs.length);
        expect(c.medianMs).toBe(median(answerTimes(theirs.filter((r) => r.first_answered_at))));
        expect(c.p90Ms).toBe(percentile(answerTimes(theirs.filter((r) => r.first_answered_at)), 90));
      }
      allAnswered.push(...answered);
    }
    expect(allAnswered.length).toBeGreaterThan(100);
    expect(report.total.medianMs).toBe(median(answerTimes(allAnswered)));
    expect(report.total.p90Ms).toBe(percentile(answerTimes(allAnswered), 90));
    const since = copenhagenToUtc(firstWeek).toISOString();
    const recount = await db.selectFrom("inquiries").select(db.fn.countAll<number>().as("n")).where("received_at", ">=", since).executeTakeFirstOrThrow();
    expect(report.total.received).toBe(Number(recount.n));
    // Overdue now: every unanswered one past its deadline, of any age.
    const overdueAll = await db
      .selectFrom("inquiries")
      .select(db.fn.countAll<number>().as("n"))
      .where("first_answered_at", "is", null)
      .where("due_at", "<", nowIso)
      .executeTakeFirstOrThrow();
    expect(report.overdueCount).toBe(Number(overdueAll.n));
    expect(report.overdue.length).toBe(Math.min(100, report.overdueCount));
    expect(report.overdueCount).toBeGreaterThan(0);
  });
});

/**
 * Follows a list page's Næste links to the end, adding rows after each page. `start` is the first
 * page's query string; `pagerOf` picks the list's pager where a page has several.
 */
async function walkList(
  loader: Parameters<typeof callLoader>[0],
  path: string,
  cookie: string,
  idsOf: (data: any) => string[],
  between: () => Promise<void>,
  { start = "", pagerOf = (d: any) => d.pager }: { start?: string; pagerOf?: (data: any) => { from: number; to: number; next: string | null } } = {},
) {
  const seen: string[] = [];
  const positions: string[] = [];
  const links: string[] = [];
  let link: string | null = start;
  for (let page = 0; link !== null; page++) {
    expect(page).toBeLessThan(100);
    const data: any = await jsonOf(await callLoader(loader, getRequest(`${path}${link}`, cookie)));
    seen.push(...idsOf(data));
    const pager = pagerOf(data);
    positions.push(`${pager.from}–${pager.to}`);
    link = pager.next;
    if (link) links.push(link);
    await between();
  }
  return { seen, positions, links };
}

function exactlyOnce(seen: string[], expected: string[]) {
  expect(new Set(seen).size).toBe(seen.length);
  expect(expected.filter((id) => !seen.includes(id))).toEqual([]);
}

let genSerial = 0;
const genId = (prefix: string) => `${prefix}${String(genSerial++).padStart(7, "0")}`;

describe("the other lists, keyset-paginated", () => {
  const at = Date.parse("2026-11-23T08:00:00.000Z");
  /** Sort keys with many ties (to the millisecond), some newer than the first page (added later), some older. */
  const keyAt = (rand: () => number) => new Date(at - Math.floor(rand() * 30) * HOUR).toISOString();

  it("the plans list shows every plan exactly once across pages while plans are added; its counts equal a recount", async () => {
    setNow(new Date(at));
    const rand = seeded(1403);
    const company = await makeCompany();
    const employer = await makeUser("employer", company.id);
    const consultant = await makeUser("consultant");
    const cookie = await cookieFor(consultant.id);
    const caseId = genId("case");
    await db
      .insertInto("absence_cases")
      .values({
        id: caseId,
        company_id: company.id,
        created_by: employer.id,
        employee_name: "Mette Hansen",
        employee_email: "mette@example.test",
        cpr_encrypted: "x",
        cpr_masked: "120485-xxxx",
        cpr_hmac: genId("hmac"),
        first_absence_day: "2026-11-01",
        absence_type: "full",
        weekly_hours_worked: null,
        contact_name: "HR",
        contact_phone: "12345678",
        contact_email: "hr@example.test",
        created_at: new Date(at).toISOString(),
        updated_at: new Date(at).toISOString(),
        employee_token_hash: null,
        consultant_id: null,
      })
      .execute();
    const insertPlans = async (n: number, requestedAt: () => string) => {
      const values = Array.from({ length: n }, () => {
        const r = rand();
        return {
          id: genId("plan"),
          case_id: caseId,
          company_id: company.id,
          status: (r < 0.4 ? "active" : r < 0.7 ? "requested" : "closed") as "active" | "requested" | "closed",
          started_by_kind: "employer" as const,
          started_by: employer.id,
          requested_at: requestedAt(),
          decided_at: null,
          decided_by: null,
          decline_reason: null,
          current_version: 1,
          signed_version: null,
          signed_at: null,
          closed_at: null,
          created_at: new Date(at).toISOString(),
        };
      });
      await db.insertInto("retention_plans").values(values).execute();
      return values.map((v) => v.id);
    };
    const original = await insertPlans(250, () => keyAt(rand));
    const walked = await walkList(
      plansLoader,
      "/jobcenter/planer",
      cookie,
      (d) => d.plans.map((p: { id: string }) => p.id),
      async () => {
        await insertPlans(3, () => (rand() < 0.5 ? new Date(at + HOUR).toISOString() : keyAt(rand)));
      },
    );
    exactlyOnce(walked.seen, original);
    expect(walked.positions.slice(0, 2)).toEqual(["1–50", "51–100"]);
    const data: any = await jsonOf(await callLoader(plansLoader, getRequest("/jobcenter/planer", cookie)));
    const all = await db.selectFrom("retention_plans").select(["status", "signed_version"]).execute();
    expect(data.kpi.active).toBe(all.filter((p) => p.status === "active").length);
    expect(data.kpi.requested).toBe(all.filter((p) => p.status === "requested").length);
    expect(data.kpi.signed).toBe(all.filter((p) => p.status === "active" && p.signed_version !== null).length);
  });

  it("the praktik lists (jobcenter's and the company's) show every placement exactly once across pages while requests arrive; the figures equal a recount", async () => {
    setNow(new Date(at));
    const rand = seeded(1404);
    const company = await makeCompany();
    const employer = await makeUser("employer", company.id);
    const employerCookie = await cookieFor(employer.id);
    const staffCookie = await cookieFor((await makeUser("consultant")).id);
    const statuses = ["requested", "proposed", "active", "completed", "cancelled"] as const;
    const insertPlacements = async (n: number, requestedAt: () => string) => {
      const values = Array.from({ length: n }, () => {
        const requested = requestedAt();
        const proposedAfter = rand() < 0.5 ? Math.floor(rand() * 28 * DAY) : null;
        return placementValues({
          id: genId("plc"),
          company_id: company.id,
          requested_by: employer.id,
          requested_at: requested,
          status: statuses[Math.floor(rand() * statuses.length)],
          first_proposed_at: proposedAfter === null ? null : new Date(Date.parse(requested) + proposedAfter).toISOString(),
        });
      });
      await db.insertInto("placements").values(values).execute();
      return values.map((v) => v.id);
    };
    const original = await insertPlacements(230, () => new Date(at - Math.floor(rand() * 40) * DAY).toISOString());
    const arrive = async () => void (await insertPlacements(2, () => (rand() < 0.5 ? new Date(at + HOUR).toISOString() : keyAt(rand))));
    const staff = await walkList(staffPraktikLoader, "/jobcenter/praktik", staffCookie, (d) => d.placements.map((p: { id: string }) => p.id), arrive);
    exactlyOnce(staff.seen, original);
    expect(staff.positions[0]).toBe("1–50");
    const own = await walkList(companyPraktikLoader, "/virksomhed/praktik", employerCookie, (d) => d.requests.map((p: { id: string }) => p.id), arrive);
    exactlyOnce(own.seen, original);

    const data: any = await jsonOf(await callLoader(staffPraktikLoader, getRequest("/jobcenter/praktik", staffCookie)));
    const all = await db.selectFrom("placements").select(["status", "requested_at", "first_proposed_at"]).execute();
    const within = 14 * DAY;
    const judged = all.filter((p) => p.first_proposed_at || at - Date.parse(p.requested_at) > within);
    const inTime = judged.filter((p) => p.first_proposed_at && Date.parse(p.first_proposed_at) - Date.parse(p.requested_at) <= within);
    expect(data.figures.activePlacements).toBe(all.filter((p) => p.status === "active").length);
    expect(data.figures.openPlacements).toBe(all.filter((p) => !["completed", "cancelled"].includes(p.status)).length);
    expect(data.figures.matchedWithin14.judged).toBe(judged.length);
    expect(data.figures.matchedWithin14.inTime).toBe(inTime.length);
    expect(data.figures.matchedWithin14.inTime).toBeGreaterThan(0);
  });

  it("the newsletter's issues show every issue exactly once across pages while drafts are added; the subscriber counts equal a recount", async () => {
    setNow(new Date(at));
    const rand = seeded(1405);
    const consultant = await makeUser("consultant");
    const cookie = await cookieFor(consultant.id);
    const insertIssues = async (n: number, createdAt: () => string, sent = false) => {
      const values = Array.from({ length: n }, () => {
        const id = genId("iss");
        const started = createdAt();
        return {
          id,
          title: `Nyhedsbrev ${id}`,
          preview: "Kort",
          sections: "[]",
          status: sent ? ("sent" as const) : ("draft" as const),
          scheduled_at: null,
          slug: sent ? id : null,
          rendered_html: null,
          rendered_text: null,
          recipients: null,
          send_started_at: sent ? started : null,
          sent_at: sent ? started : null,
          created_by: consultant.id,
          created_at: createdAt(),
          updated_at: createdAt(),
        };
      });
      await db.insertInto("newsletter_issues").values(values).execute();
      return values.map((v) => v.id);
    };
    const original = await insertIssues(210, () => keyAt(rand));
    const walked = await walkList(
      newsletterLoader,
      "/jobcenter/nyhedsbrev",
      cookie,
      (d) => d.issues.map((i: { id: string }) => i.id),
      async () => {
        await insertIssues(3, () => (rand() < 0.5 ? new Date(at + HOUR).toISOString() : keyAt(rand)));
      },
    );
    exactlyOnce(walked.seen, original);
    expect(walked.positions.slice(0, 2)).toEqual(["1–50", "51–100"]);
    const data: any = await jsonOf(await callLoader(newsletterLoader, getRequest("/jobcenter/nyhedsbrev", cookie)));
    const subs = await db.selectFrom("subscribers").select(["status", "suppressed_at"]).execute();
    expect(data.counts).toEqual({
      confirmed: subs.filter((r) => r.status === "confirmed" && !r.suppressed_at).length,
      pending: subs.filter((r) => r.status === "pending").length,
      unsubscribed: subs.filter((r) => r.status === "unsubscribed").length,
      suppressed: subs.filter((r) => r.suppressed_at).length,
    });

    // The public archive: only sent issues, each once across pages while more are sent.
    const sentIds = await insertIssues(205, () => keyAt(rand), true);
    const archive = await walkList(
      archiveLoader,
      "/nyhedsbrev/arkiv",
      "",
      (d) => d.issues.map((i: { slug: string }) => i.slug),
      async () => {
        await insertIssues(2, () => (rand() < 0.5 ? new Date(at + HOUR).toISOString() : keyAt(rand)), true);
        await insertIssues(1, () => keyAt(rand));
      },
    );
    exactlyOnce(archive.seen, sentIds);
    const drafts = await db.selectFrom("newsletter_issues").select("id").where("status", "=", "draft").execute();
    expect(archive.seen.filter((id) => drafts.some((d) => d.id === id))).toEqual([]);
  });

  it("the company's inquiries show each of its own exactly once across pages while new ones arrive, and none of another company's", async () => {
    setNow(new Date(at));
    const rand = seeded(1406);
    const [company, other] = await Promise.all([makeCompany(), makeCompany()]);
    const employer = await makeUser("employer", company.id);
    const consultant = await makeUser("consultant");
    const cookie = await cookieFor(employer.id);
    const own = await insertInquiries(
      Array.from({ length: 240 }, () => ({
        companyId: company.id,
        consultantId: consultant.id,
        status: "open" as const,
        receivedAt: at - Math.floor(rand() * 30) * HOUR,
      })),
    );
    const others = await insertInquiries(
      Array.from({ length: 20 }, () => ({
        companyId: other.id,
        consultantId: consultant.id,
        status: "open" as const,
        receivedAt: at - Math.floor(rand() * 30) * HOUR,
      })),
    );
    const walked = await walkList(
      companyInquiriesLoader,
      "/virksomhed/henvendelser",
      cookie,
      (d) => d.inquiries.map((i: { id: string }) => i.id),
      async () => {
        await insertInquiries([
          { companyId: company.id, consultantId: consultant.id, status: "open", receivedAt: at + HOUR },
          { companyId: company.id, consultantId: consultant.id, status: "open", receivedAt: at - Math.floor(rand() * 30) * HOUR },
        ]);
      },
    );
    exactlyOnce(walked.seen, own);
    expect(walked.seen.filter((id) => others.includes(id))).toEqual([]);
    expect(walked.positions.slice(0, 2)).toEqual(["1–50", "51–100"]);
  });

  it("the companies list shows each company exactly once across its section's pages while companies are added; the search and the other section's page are kept; the counts equal a recount", async () => {
    setNow(new Date(at));
    const rand = seeded(1407);
    const consultant = await makeUser("consultant");
    const cookie = await cookieFor(consultant.id);
    const insertCompanies = async (rows: { createdAt: string; verified: boolean; named: boolean }[]) => {
      const values = rows.map((r) => {
        const id = genId("co");
        return {
          id,
          cvr: `9${String(genSerial).padStart(7, "0")}`, // unique and deterministic (makeCvr's random ones could collide among 400)
          name: r.named ? `Søndergård Smedje ${id}` : `Firma ${id} A/S`,
          verified_at: r.verified ? new Date(at).toISOString() : null,
          verified_by: r.verified ? consultant.id : null,
          created_at: r.createdAt,
          contact_consultant_id: null,
        };
      });
      await db.insertInto("companies").values(values).execute();
      return values;
    };
    // 400 companies: 60 % approved, half of each section named Søndergård; many created at the same millisecond.
    const original = await insertCompanies(Array.from({ length: 400 }, (_, n) => ({ createdAt: keyAt(rand), verified: n % 5 >= 2, named: n % 2 === 0 })));
    const ids = (rows: typeof original, f: (r: (typeof original)[number]) => boolean) => rows.filter(f).map((r) => r.id);
    const arrive = async () =>
      void (await insertCompanies(
        [true, false].map((verified) => ({ createdAt: rand() < 0.5 ? new Date(at + HOUR).toISOString() : keyAt(rand), verified, named: rand() < 0.5 })),
      ));
    const idsOf = (section: "pending" | "verified") => (d: any) => d[section].companies.map((c: { id: string }) => c.id);
    const path = "/jobcenter/virksomheder";

    const verified = await walkList(companiesLoader, path, cookie, idsOf("verified"), arrive, { pagerOf: (d) => d.verified.pager });
    exactlyOnce(
      verified.seen,
      ids(original, (r) => r.verified_at !== null),
    );
    expect(verified.seen.filter((id) => ids(original, (r) => r.verified_at === null).includes(id))).toEqual([]);
    expect(verified.positions.slice(0, 2)).toEqual(["1–50", "51–100"]);
    const pending = await walkList(companiesLoader, path, cookie, idsOf("pending"), arrive, { pagerOf: (d) => d.pending.pager });
    exactlyOnce(
      pending.seen,
      ids(original, (r) => r.verified_at === null),
    );
    expect(pending.positions[0]).toBe("1–50");
    expect(pending.positions[1]).toMatch(/^51–\d+$/);
    expect(pending.links.every((l) => l.includes("afventer-efter="))).toBe(true);

    // The search (Danish letters in any case) is kept from page to page.
    const searched = await walkList(companiesLoader, path, cookie, idsOf("verified"), arrive, {
      start: `?q=${encodeURIComponent("SØNDERGÅRD")}`,
      pagerOf: (d) => d.verified.pager,
    });
    exactlyOnce(
      searched.seen,
      ids(original, (r) => r.verified_at !== null && r.name.startsWith("Søndergård")),
    );
    const names = new Map((await db.selectFrom("companies").select(["id", "name"]).execute()).map((c) => [c.id, c.name]));
    expect(searched.seen.filter((id) => !names.get(id)!.startsWith("Søndergård"))).toEqual([]);
    expect(searched.links.length).toBeGreaterThan(0);
    expect(searched.links.every((l) => new URLSearchParams(l).get("q") === "SØNDERGÅRD")).toBe(true);

    // Paging one section leaves the other where it is.
    const onPage2 = verified.links[0];
    const both: any = await jsonOf(await callLoader(companiesLoader, getRequest(`${path}${onPage2}`, cookie)));
    expect(both.verified.pager.from).toBe(PAGE_SIZE + 1);
    const next: any = await jsonOf(await callLoader(companiesLoader, getRequest(`${path}${both.pending.pager.next}`, cookie)));
    expect([next.pending.pager.from, next.verified.pager.from]).toEqual([PAGE_SIZE + 1, PAGE_SIZE + 1]);

    // The sections' counts equal a recount, with and without the search.
    const all = await db.selectFrom("companies").select(["name", "verified_at"]).execute();
    const data: any = await jsonOf(await callLoader(companiesLoader, getRequest(path, cookie)));
    expect(data.counts).toEqual({ pending: all.filter((c) => !c.verified_at).length, verified: all.filter((c) => c.verified_at).length });
    const named = all.filter((c) => c.name.toLocaleLowerCase("da-DK").includes("søndergård"));
    const sData: any = await jsonOf(await callLoader(companiesLoader, getRequest(`${path}?q=s%C3%B8nderg%C3%A5rd`, cookie)));
    expect(sData.counts).toEqual({ pending: named.filter((c) => !c.verified_at).length, verified: named.filter((c) => c.verified_at).length });

    // Approving a company on the second page of the queue returns to the same search and pages; it moves to the approved section.
    const queued: any = await jsonOf(await callLoader(companiesLoader, getRequest(`${path}?q=s%C3%B8nderg%C3%A5rd`, cookie)));
    const address = `${path}${queued.pending.pager.next ?? "?q=s%C3%B8nderg%C3%A5rd"}`;
    const target = (await jsonOf(await callLoader(companiesLoader, getRequest(address, cookie)))).pending.companies[0].id;
    const res = await callAction(companiesAction, formRequest(address, { intent: "verify", companyId: target }, cookie));
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe(address);
    const after: any = await jsonOf(await callLoader(companiesLoader, getRequest(`${path}?q=s%C3%B8nderg%C3%A5rd`, cookie)));
    expect(after.counts).toEqual({ pending: sData.counts.pending - 1, verified: sData.counts.verified + 1 });
  });

  it("the praktik bank shows each matching offer exactly once across pages while offers are added, keeping the search; its facet counts equal a recount", async () => {
    setNow(new Date(at));
    const rand = seeded(1408);
    const { company, user } = await makeEmployer();
    const cookie = await cookieFor((await makeUser("consultant")).id);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
    const places = ["7400 Herning", "7430 Ikast-Brande", "6800 Varde"];
    const insertOffers = async (n: number, createdAt: () => string) => {
      const values = Array.from({ length: n }, () => {
        const [postcode, municipality] = pick(places).split(" ");
        const hoursMin = pick([5, 10, 20]);
        return {
          id: genId("off"),
          company_id: company.id,
          title: `Plads ${genSerial}`,
          tasks: "Opgaver",
          industry: pick(["logistics", "office", "retail"]),
          address: "Vej 1",
          postcode,
          municipality,
          hours_min: hoursMin,
          hours_max: hoursMin + pick([5, 15]),
          available_from: pick(["2026-12-01", "2027-01-04"]),
          max_weeks: 13,
          accommodations: JSON.stringify(offerAccommodations.filter(() => rand() < 0.35)),
          contact_name: "Lone",
          contact_phone: "12345678",
          contact_email: "lone@example.test",
          places: pick([1, 2]),
          status: rand() < 0.9 ? ("active" as const) : ("paused" as const),
          created_by: user.id,
          created_at: createdAt(),
          updated_at: createdAt(),
        };
      });
      await db.insertInto("placement_offers").values(values).execute();
      return values.map((v) => v.id);
    };
    const original = await insertOffers(300, () => keyAt(rand));
    // Every seventh offer has a placement accepted on it: the one-place offers among them are full.
    await db
      .insertInto("placements")
      .values(
        original
          .filter((_, n) => n % 7 === 0)
          .map((offerId) =>
            placementValues({
              id: genId("plc"),
              company_id: company.id,
              requested_by: user.id,
              requested_at: new Date(at).toISOString(),
              status: "accepted",
              offer_id: offerId,
              host_company_id: company.id,
            }),
          ),
      )
      .execute();

    /** The bank's rules, recounted from every row: the search as it was done in JS before. */
    const recount = async (f: OfferFilters) => {
      const offers = await db.selectFrom("placement_offers").selectAll().execute();
      const taken = await db.selectFrom("placements").select("offer_id").where("status", "in", ["accepted", "approved", "active"]).execute();
      const takenOf = (id: string) => taken.filter((t) => t.offer_id === id).length;
      const matches = (o: (typeof offers)[number], g: OfferFilters) =>
        o.status === "active" &&
        o.places > takenOf(o.id) &&
        (!g.industry || o.industry === g.industry) &&
        (!g.postcode || o.postcode.startsWith(g.postcode)) &&
        (!g.municipality || o.municipality === g.municipality) &&
        (g.hours === undefined || (o.hours_min <= g.hours && o.hours_max >= g.hours)) &&
        (!g.availableBy || o.available_from <= g.availableBy) &&
        g.accommodations.every((a) => (JSON.parse(o.accommodations) as string[]).includes(a));
      return {
        ids: offers.filter((o) => matches(o, f)).map((o) => o.id),
        total: offers.filter((o) => matches(o, f)).length,
        byIndustry: Object.fromEntries(industries.map((i) => [i, offers.filter((o) => matches(o, { ...f, industry: i })).length])),
        byAccommodation: Object.fromEntries(
          offerAccommodations.map((a) => [a, offers.filter((o) => matches(o, { ...f, accommodations: [...new Set([...f.accommodations, a])] })).length]),
        ),
      };
    };
    const arrive = async () => void (await insertOffers(2, () => (rand() < 0.5 ? new Date(at + HOUR).toISOString() : keyAt(rand))));
    const idsOf = (d: any) => d.offers.map((o: { id: string }) => o.id);

    const matchingAtStart = (await recount({ accommodations: [] })).ids.filter((id) => original.includes(id));
    const walked = await walkList(bankLoader, "/jobcenter/praktik/bank", cookie, idsOf, arrive);
    exactlyOnce(walked.seen, matchingAtStart);
    expect(walked.seen.filter((id) => original.includes(id) && !matchingAtStart.includes(id))).toEqual([]); // no full or paused offer
    expect(walked.positions.slice(0, 2)).toEqual(["1–50", "51–100"]);

    // With a search: the filters travel with the cursor, and only matching offers are shown.
    const search = "?postnr=74&acc_reduced_hours=on";
    const filters = bankQueryFrom(new URLSearchParams(search));
    const matchingSearch = (await recount(filters)).ids.filter((id) => original.includes(id));
    expect(matchingSearch.length).toBeGreaterThan(0);
    const searched = await walkList(bankLoader, "/jobcenter/praktik/bank", cookie, idsOf, arrive, { start: search });
    exactlyOnce(searched.seen, matchingSearch);
    const matchingNow = (await recount(filters)).ids;
    expect(searched.seen.filter((id) => !matchingNow.includes(id))).toEqual([]);
    expect(searched.links.every((l) => new URLSearchParams(l).get("postnr") === "74" && new URLSearchParams(l).get("acc_reduced_hours") === "on")).toBe(true);

    // The facet counts equal a recount, for several searches.
    for (const query of ["", "?branche=logistics", search, "?kommune=Varde&timer=12&acc_quiet_workplace=on", "?ledig=15.12.2026&branche=office"]) {
      const data: any = await jsonOf(await callLoader(bankLoader, getRequest(`/jobcenter/praktik/bank${query}`, cookie)));
      const expected = await recount(bankQueryFrom(new URLSearchParams(query)));
      expect({ total: data.total, ...data.counts }, query).toEqual({
        total: expected.total,
        byIndustry: expected.byIndustry,
        byAccommodation: expected.byAccommodation,
      });
    }
  });

  it("a company's own offers show each exactly once across pages while offers are added, and none of another company's", async () => {
    setNow(new Date(at));
    const rand = seeded(1409);
    const [mine, other] = await Promise.all([makeEmployer(), makeEmployer()]);
    const insertOffers = async (owner: typeof mine, n: number, createdAt: () => string) => {
      const values = Array.from({ length: n }, () => ({
        id: genId("own"),
        company_id: owner.company.id,
        title: `Plads ${genSerial}`,
        tasks: "Opgaver",
        industry: "logistics",
        address: "Vej 1",
        postcode: "7400",
        municipality: "Herning",
        hours_min: 10,
        hours_max: 25,
        available_from: "2026-12-01",
        max_weeks: 13,
        accommodations: "[]",
        contact_name: "Lone",
        contact_phone: "12345678",
        contact_email: "lone@example.test",
        places: 1,
        status: pick(),
        created_by: owner.user.id,
        created_at: createdAt(),
        updated_at: createdAt(),
      }));
      await db.insertInto("placement_offers").values(values).execute();
      return values.map((v) => v.id);
    };
    const pick = () => (rand() < 0.7 ? ("active" as const) : rand() < 0.5 ? ("paused" as const) : ("withdrawn" as const));
    const own = await insertOffers(mine, 230, () => keyAt(rand));
    const others = await insertOffers(other, 20, () => keyAt(rand));
    const walked = await walkList(
      companyPraktikLoader,
      "/virksomhed/praktik",
      mine.cookie,
      (d) => d.offers.map((o: { id: string }) => o.id),
      async () => void (await insertOffers(mine, 2, () => (rand() < 0.5 ? new Date(at + HOUR).toISOString() : keyAt(rand)))),
      { pagerOf: (d) => d.offersPager },
    );
    exactlyOnce(walked.seen, own);
    expect(walked.seen.filter((id) => others.includes(id))).toEqual([]);
    expect(walked.positions.slice(0, 2)).toEqual(["1–50", "51–100"]);
    expect(walked.links.every((l) => l.startsWith("?tilbud-efter="))).toBe(true);
  });
});
