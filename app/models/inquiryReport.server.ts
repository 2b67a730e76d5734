import type { DB } from "~db/index";
import type { ReportRow } from "~/domain/inquiryReport";

/**
 * Every inquiry received since an instant, plus every one still unanswered (overdue ones may be
 * older): two range queries, on inquiries(received_at) and on the partial index of unanswered ones
 * by received_at, so the cost follows the report's weeks, never the years of history before them
 * (one `received_at >= ? OR first_answered_at IS NULL` would read them all). Only the columns the
 * figures need; consultants' names come from one small query, subjects and companies only for the
 * overdue ones shown (overdueDetails).
 */
export async function loadReportRows(db: DB, since: string): Promise<ReportRow[]> {
  const base = () =>
    db
      .selectFrom("inquiries")
      .select((eb) => [
        "inquiries.id",
        "inquiries.received_at",
        "inquiries.due_at",
        "inquiries.first_answered_at",
        eb.fn.coalesce("inquiries.first_answered_by", "inquiries.assigned_to").as("consultant_id"),
      ]);
  const older = await base()
    .where("inquiries.first_answered_at", "is", null)
    .where("inquiries.received_at", "<", since)
    .orderBy("inquiries.received_at")
    .execute();
  const recent = await base().where("inquiries.received_at", ">=", since).orderBy("inquiries.received_at").execute();
  const ids = [...new Set([...older, ...recent].map((r) => r.consultant_id).filter((id): id is string => id !== null))];
  const names = new Map<string, string>();
  for (let i = 0; i < ids.length; i += 500) {
    for (const u of await db
      .selectFrom("users")
      .select(["id", "name"])
      .where("id", "in", ids.slice(i, i + 500))
      .execute())
      names.set(u.id, u.name);
  }
  const withName = (r: Omit<ReportRow, "consultant_name">): ReportRow => ({
    ...r,
    consultant_name: r.consultant_id ? (names.get(r.consultant_id) ?? null) : null,
  });
  return [...older.map(withName), ...recent.map(withName)];
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
