// Keyset pagination and the report on a generated database (issue 14): every row exactly once across
// pages while rows are being added, and the report's figures equal a plain recount.
import { describe, expect, it } from "vitest";
import { db } from "~db/index";
import { decodeCursor, encodeCursor } from "~/domain/cursor";
import { inquiryReportNow } from "~/services/report.server";
import { DAY, HOUR, MINUTE, setNow } from "~/utils/clock";
import { addDays, copenhagenDate, copenhagenToUtc, weekStart } from "~/utils/dates";
import { desk } from "../support/desk";
import { cookieFor, makeCompany, makeUser } from "../support/factories";

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
    expect(open.positions[0]).toBe("1–100");
    expect(open.positions[1]).toBe("101–200");

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
    for (const [i, week] of report.weeks.entries()) {
      const from = copenhagenToUtc(addDays(firstWeek, 7 * i)).toISOString();
      const to = copenhagenToUtc(addDays(firstWeek, 7 * (i + 1))).toISOString();
      const inWeek = await db.selectFrom("inquiries").selectAll().where("received_at", ">=", from).where("received_at", "<", to).execute();
      const answered = inWeek.filter((r) => r.first_answered_at);
      const overdue = inWeek.filter((r) => !r.first_answered_at && r.due_at < nowIso).length;
      expect(week.weekStart).toBe(addDays(firstWeek, 7 * i));
      expect(week.received).toBe(inWeek.length);
      expect(week.answeredInTime).toBe(answered.filter((r) => r.first_answered_at! <= r.due_at).length);
      expect(week.judged).toBe(answered.length + overdue);
      expect(week.overdueNow).toBe(overdue);
      expect(week.byConsultant.reduce((n, c) => n + c.received, 0)).toBe(inWeek.length);
    }
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
