import { sql, type Expression, type RawBuilder } from "kysely";
import type { DB } from "~db/index";
import { msBetween, tableByIndex } from "~db/dialect";
import { quantileRanks, groupKey, type GroupCounts, type OverdueRow, type Quantiles } from "~/domain/inquiryReport";

/**
 * The report's figures as SQL aggregates over the range of its weeks (inquiries(received_at)), so
 * its cost follows the weeks shown, never the years of history before them, and no page holds the
 * period's rows in memory: counts per (week, consultant) in one GROUP BY, the medians and p90s by
 * window functions that return only the rows at the middle and 90 % ranks, the overdue ones on the
 * partial index of unanswered inquiries by deadline.
 */

/** The report week (0 = the oldest) of an inquiry, by comparing its received_at with the weeks' UTC bounds. */
function weekOf(bounds: string[]): RawBuilder<number> {
  const cases = bounds.slice(1).map((b, i) => sql`when inquiries.received_at < ${b} then ${sql.lit(i)}`);
  return sql<number>`case ${sql.join(cases, sql` `)} end`;
}

const consultantOf = sql<string | null>`coalesce(inquiries.first_answered_by, inquiries.assigned_to)`;

/**
 * The inquiries table read by the covering index on received_at. On the 1M database's statistics
 * SQLite's planner chose a skip-scan of inquiries (company_id, received_at) with a table lookup per
 * row, three times slower for the same weeks; the index is named so the weeks are one index range.
 */
const byReceived = (db: DB) => tableByIndex(db, "inquiries", "inquiries_received_report_idx");

/** Counts per (week, consultant) of the inquiries received within `bounds` (first to last). */
export async function reportGroupCounts(db: DB, bounds: string[], now: string): Promise<GroupCounts[]> {
  const { rows } = await sql<{
    week: number;
    consultant_id: string | null;
    received: number;
    answered: number;
    answered_in_time: number;
    overdue_now: number;
  }>`
    select ${weekOf(bounds)} as week, ${consultantOf} as consultant_id,
      count(*) as received,
      sum(case when inquiries.first_answered_at is not null then 1 else 0 end) as answered,
      -- An answer exactly at the deadline keeps the promise.
      sum(case when inquiries.first_answered_at <= inquiries.due_at then 1 else 0 end) as answered_in_time,
      sum(case when inquiries.first_answered_at is null and inquiries.due_at < ${now} then 1 else 0 end) as overdue_now
    from ${byReceived(db)}
    where inquiries.received_at >= ${bounds[0]} and inquiries.received_at < ${bounds[bounds.length - 1]}
    group by 1, 2
  `.execute(db);
  return rows.map((r) => ({
    week: Number(r.week),
    consultantId: r.consultant_id,
    received: Number(r.received),
    answered: Number(r.answered),
    answeredInTime: Number(r.answered_in_time),
    overdueNow: Number(r.overdue_now),
  }));
}

/** The 1-based ranks a median and a p90 read, as SQL over a count column (integer division on both databases). */
const ranksOf = (rank: string, n: string) => sql.raw(`${rank} in ((${n} + 1) / 2, ${n} / 2 + 1, (9 * ${n} + 9) / 10)`);

/**
 * Median and p90 of the time to first answer per (week, consultant), per week and over the period.
 * One pass of window functions ranks each answered inquiry in its three partitions; only the rows at
 * a middle or 90 % rank come back (a few per group).
 */
export async function reportQuantiles(
  db: DB,
  bounds: string[],
): Promise<{ byGroup: Map<string, Quantiles>; byWeek: Map<number, Quantiles>; total: Quantiles }> {
  const answerMs: Expression<number> = msBetween(db, "inquiries.received_at", "inquiries.first_answered_at");
  const { rows } = await sql<{
    week: number;
    consultant_id: string | null;
    ms: number | string;
    rn_g: number | string;
    n_g: number | string;
    rn_w: number | string;
    n_w: number | string;
    rn_t: number | string;
    n_t: number | string;
  }>`
    with answered as (
      select ${weekOf(bounds)} as week, ${consultantOf} as consultant_id, ${answerMs} as ms
      from ${byReceived(db)}
      where inquiries.received_at >= ${bounds[0]} and inquiries.received_at < ${bounds[bounds.length - 1]}
        and inquiries.first_answered_at is not null
    ),
    ranked as (
      select week, consultant_id, ms,
        row_number() over (partition by week, consultant_id order by ms) as rn_g,
        count(*) over (partition by week, consultant_id) as n_g,
        row_number() over (partition by week order by ms) as rn_w,
        count(*) over (partition by week) as n_w,
        row_number() over (order by ms) as rn_t,
        count(*) over () as n_t
      from answered
    )
    select week, consultant_id, ms, rn_g, n_g, rn_w, n_w, rn_t, n_t from ranked
    where ${ranksOf("rn_g", "n_g")} or ${ranksOf("rn_w", "n_w")} or ${ranksOf("rn_t", "n_t")}
  `.execute(db);

  // Per partition: the values at its ranks, then the median (mean of the two middle values) and p90.
  const picked = new Map<string, { n: number; at: Map<number, number> }>();
  const pick = (key: string, rank: number | string, n: number | string, ms: number) => {
    let entry = picked.get(key);
    if (!entry) picked.set(key, (entry = { n: Number(n), at: new Map() }));
    entry.at.set(Number(rank), ms);
  };
  for (const r of rows) {
    const ms = Number(r.ms);
    pick(`g:${groupKey(Number(r.week), r.consultant_id)}`, r.rn_g, r.n_g, ms);
    pick(`w:${Number(r.week)}`, r.rn_w, r.n_w, ms);
    pick("t", r.rn_t, r.n_t, ms);
  }
  const quantilesOf = (key: string): Quantiles => {
    const entry = picked.get(key);
    if (!entry) return { medianMs: null, p90Ms: null };
    const ranks = quantileRanks(entry.n);
    return {
      medianMs: (entry.at.get(ranks.lowMiddle)! + entry.at.get(ranks.highMiddle)!) / 2,
      p90Ms: entry.at.get(ranks.p90)!,
    };
  };
  const byGroup = new Map<string, Quantiles>();
  const byWeek = new Map<number, Quantiles>();
  for (const key of picked.keys()) {
    if (key.startsWith("g:")) byGroup.set(key.slice(2), quantilesOf(key));
    else if (key.startsWith("w:")) byWeek.set(Number(key.slice(2)), quantilesOf(key));
  }
  return { byGroup, byWeek, total: quantilesOf("t") };
}

/**
 * Every unanswered inquiry past its deadline, of any age, as one count, and the `limit` most overdue
 * (earliest deadline first) with who holds them, on the partial index of unanswered ones by deadline.
 */
export async function overdueNow(db: DB, now: string, limit: number): Promise<{ count: number; rows: OverdueRow[] }> {
  const unansweredOverdue = () => db.selectFrom("inquiries").where("inquiries.first_answered_at", "is", null).where("inquiries.due_at", "<", now);
  const [{ n }, rows] = await Promise.all([
    unansweredOverdue()
      .select(sql<number>`count(*)`.as("n"))
      .executeTakeFirstOrThrow(),
    unansweredOverdue()
      .leftJoin("users", "users.id", "inquiries.assigned_to")
      .select(["inquiries.id", "inquiries.received_at", "inquiries.due_at", "inquiries.assigned_to as consultant_id", "users.name as consultant_name"])
      .orderBy("inquiries.due_at")
      .orderBy("inquiries.id")
      .limit(limit)
      .execute(),
  ]);
  const at = Date.parse(now);
  return { count: Number(n), rows: rows.map((r) => ({ ...r, overdueMs: at - Date.parse(r.due_at) })) };
}

/** The names of the consultants the report's groups name. */
export async function consultantNames(db: DB, ids: string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (let i = 0; i < ids.length; i += 500) {
    for (const u of await db
      .selectFrom("users")
      .select(["id", "name"])
      .where("id", "in", ids.slice(i, i + 500))
      .execute())
      names.set(u.id, u.name);
  }
  return names;
}

/** Subject and company of the few inquiries a report lists by name. */
export async function overdueDetails(db: DB, ids: string[]) {
  if (ids.length === 0) return new Map<string, { subject: string; company_name: string }>();
  const rows = await db
    .selectFrom("inquiries")
    .innerJoin("companies", "companies.id", "inquiries.company_id")
    .select(["inquiries.id", "inquiries.subject", "companies.name as company_name"])
    .where("inquiries.id", "in", ids)
    .execute();
  return new Map(rows.map((r) => [r.id, { subject: r.subject, company_name: r.company_name }]));
}
