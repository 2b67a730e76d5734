import type { ExpressionBuilder } from "kysely";
import type { Database } from "~db/schema";
import type { EmployerUser, StaffUser } from "./user.server";

/**
 * Who asks. Every lookup of a row by id takes a scope and filters by it in the
 * same query, so a row of another company or case is simply not found: the
 * caller gets exactly the answer for an id that does not exist.
 *
 * - employer: an HR user; a verified company's rows, before verification only the user's own
 * - employee: the sick-listed employee through their link, one case
 * - staff:    jobcenter consultants and team leads, every company
 * - system:   the job worker after commit, acting on a row a scoped change queued
 */
export type Scope = { kind: "employer"; user: EmployerUser } | { kind: "employee"; caseId: string } | { kind: "staff"; user: StaffUser } | { kind: "system" };

export const employerScope = (user: EmployerUser): Scope => ({ kind: "employer", user });
export const employeeScope = (caseId: string): Scope => ({ kind: "employee", caseId });
export const staffScope = (user: StaffUser): Scope => ({ kind: "staff", user });
export const systemScope: Scope = { kind: "system" };

const everything = <T extends keyof Database>(eb: ExpressionBuilder<Database, T>) => eb.and([]);
const nothing = <T extends keyof Database>(eb: ExpressionBuilder<Database, T>) => eb.or([]);

/** The absence cases a scope reaches. */
export function casesIn(scope: Scope) {
  return (eb: ExpressionBuilder<Database, "absence_cases">) => {
    switch (scope.kind) {
      case "employer":
        return scope.user.companyVerified
          ? eb("absence_cases.company_id", "=", scope.user.companyId)
          : eb.and([eb("absence_cases.company_id", "=", scope.user.companyId), eb("absence_cases.created_by", "=", scope.user.id)]);
      case "employee":
        return eb("absence_cases.id", "=", scope.caseId);
      default:
        return everything(eb);
    }
  };
}

/**
 * The inquiries a scope reaches. A company never sees what the employee wrote
 * to the jobcenter (helbredsoplysningsloven); the employee sees only their own.
 */
export function inquiriesIn(scope: Scope) {
  return (eb: ExpressionBuilder<Database, "inquiries">) => {
    switch (scope.kind) {
      case "employer":
        return eb.and([
          eb("inquiries.from_employee", "=", 0),
          scope.user.companyVerified
            ? eb("inquiries.company_id", "=", scope.user.companyId)
            : eb.and([eb("inquiries.company_id", "=", scope.user.companyId), eb("inquiries.created_by", "=", scope.user.id)]),
        ]);
      case "employee":
        return eb.and([eb("inquiries.case_id", "=", scope.caseId), eb("inquiries.from_employee", "=", 1)]);
      default:
        return everything(eb);
    }
  };
}

/**
 * The placements a scope reaches: the requesting company's (before
 * verification only the user's own requests) and the host's once proposed.
 */
export function placementsIn(scope: Scope) {
  return (eb: ExpressionBuilder<Database, "placements">) => {
    switch (scope.kind) {
      case "employer": {
        const { user } = scope;
        const requester = user.companyVerified
          ? eb("placements.company_id", "=", user.companyId)
          : eb.and([eb("placements.company_id", "=", user.companyId), eb("placements.requested_by", "=", user.id)]);
        const host = eb.and([eb("placements.host_company_id", "=", user.companyId), eb("placements.status", "!=", "requested")]);
        return eb.or([requester, host]);
      }
      case "employee":
        return nothing(eb);
      default:
        return everything(eb);
    }
  };
}

/**
 * The meetings a scope reaches: those of the cases it reaches (an unverified company's user only
 * the meetings of their own cases), the employee only their case's; staff every meeting.
 */
export function meetingsIn(scope: Scope) {
  return (eb: ExpressionBuilder<Database, "meetings">) => {
    switch (scope.kind) {
      case "employer":
        return scope.user.companyVerified
          ? eb("meetings.company_id", "=", scope.user.companyId)
          : eb.and([
              eb("meetings.company_id", "=", scope.user.companyId),
              eb(
                "meetings.case_id",
                "in",
                eb
                  .selectFrom("absence_cases")
                  .select("absence_cases.id")
                  .where("absence_cases.company_id", "=", scope.user.companyId)
                  .where("absence_cases.created_by", "=", scope.user.id),
              ),
            ]);
      case "employee":
        return eb("meetings.case_id", "=", scope.caseId);
      default:
        return everything(eb);
    }
  };
}

/**
 * The service requests a scope reaches (issue 16): the requesting company's (before
 * verification only the user's own); the employee link sees none; staff all.
 */
export function serviceRequestsIn(scope: Scope) {
  return (eb: ExpressionBuilder<Database, "service_requests">) => {
    switch (scope.kind) {
      case "employer":
        return scope.user.companyVerified
          ? eb("service_requests.company_id", "=", scope.user.companyId)
          : eb.and([eb("service_requests.company_id", "=", scope.user.companyId), eb("service_requests.requested_by", "=", scope.user.id)]);
      case "employee":
        return nothing(eb);
      default:
        return everything(eb);
    }
  };
}
