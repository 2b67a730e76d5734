import type { DB } from "~db/index";
import type { ReportRow } from "~/domain/inquiryReport";

/** Every inquiry received since a day, plus every one still unanswered (overdue ones may be older). */
export async function loadReportRows(db: DB, sinceDate: string): Promise<ReportRow[]> {
  return db
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
    ])
    .where((eb) => eb.or([eb("inquiries.received_at", ">=", sinceDate), eb("inquiries.first_answered_at", "is", null)]))
    .orderBy("inquiries.received_at")
    .execute();
}
