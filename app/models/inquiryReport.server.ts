import type { DB } from "~db/index";
import type { ReportRow } from "~/domain/inquiryReport";

/**
 * Every inquiry received since an instant, plus every one still unanswered (overdue ones may be
 * older): two range queries, on inquiries(received_at) and on the partial index of unanswered ones
 * by received_at, so the cost follows the report's weeks, never the years of history before them
 * (one `received_at >= ? OR first_answered_at IS NULL` would read them all).
 */
export async function loadReportRows(db: DB, since: string): Promise<ReportRow[]> {
  const base = () =>
    db
      .selectFrom("inquiries")
      .innerJoin("companies", "companies.id", "inquiries.company_id")
      .leftJoin("users as consultant", (join) =>
        join.on((eb) => eb("consultant.id", "=", eb.fn.coalesce("inquiries.first_answered_by", "inquiries.assigned_to"))),
      )
      .select([
        "inquiries.id",
        "inquiries.subject",
        "companies.name as company_name",
        "inquiries.received_at",
        "inquiries.due_at",
        "inquiries.first_answered_at",
        "consultant.id as consultant_id",
        "consultant.name as consultant_name",
      ]);
  const older = await base()
    .where("inquiries.first_answered_at", "is", null)
    .where("inquiries.received_at", "<", since)
    .orderBy("inquiries.received_at")
    .execute();
  const recent = await base().where("inquiries.received_at", ">=", since).orderBy("inquiries.received_at").execute();
  return [...older, ...recent];
}
