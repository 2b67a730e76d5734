import type { DB } from "~db/index";
import { containsFolded } from "~db/dialect";
import type { PageRequest } from "~/domain/cursor";
import { companyVisibleMessageKinds, type InquiryKind, type InquiryMessageKind, type InquiryStatus, type PreferredContact } from "~db/schema";
import { now, nowIso } from "~/utils/clock";
import { newId } from "~/utils/crypto.server";
import { copenhagenDate } from "~/utils/dates";
import { inquiryDueAt } from "~/domain/deadlines";
import { env } from "~/utils/env.server";
import { keysetPage } from "./keyset.server";
import { employerScope, inquiriesIn, type Scope } from "./scope.server";
import type { EmployerUser } from "./user.server";

export type NewInquiry = {
  companyId: string;
  caseId?: string | null;
  kind: InquiryKind;
  subject: string;
  message?: string | null;
  preferredContact?: PreferredContact | null;
  contactName?: string | null;
  contactEmail?: string | null;
  contactPhone?: string | null;
  /** Null for a company without an account. */
  createdBy: string | null;
  guestTokenHash?: string | null;
  /** Written by the sick-listed employee: the employer never sees it. */
  fromEmployee?: boolean;
};

/** A consultant is away through the last day of their absence (Danish date). */
export function isAway(user: { away_until: string | null }, today = copenhagenDate(now())): boolean {
  return Boolean(user.away_until && user.away_until >= today);
}

/** New inquiries go to the company's contact consultant, or to the team when none is set or they are away. */
export async function routeInquiry(db: DB, companyId: string): Promise<string | null> {
  const contact = await db
    .selectFrom("companies")
    .innerJoin("users", "users.id", "companies.contact_consultant_id")
    .select(["users.id", "users.away_until", "users.disabled_at"])
    .where("companies.id", "=", companyId)
    .executeTakeFirst();
  if (!contact || contact.disabled_at || isAway(contact)) return null;
  return contact.id;
}

export async function insertInquiry(db: DB, input: NewInquiry, assignedTo: string | null) {
  const receivedAt = now();
  const row = {
    id: newId(),
    company_id: input.companyId,
    case_id: input.caseId ?? null,
    kind: input.kind,
    subject: input.subject,
    message: input.message ?? null,
    preferred_contact: input.preferredContact ?? null,
    contact_name: input.contactName ?? null,
    contact_email: input.contactEmail ?? null,
    contact_phone: input.contactPhone ?? null,
    created_by: input.createdBy,
    guest_token_hash: input.guestTokenHash ?? null,
    received_at: receivedAt.toISOString(),
    due_at: inquiryDueAt(receivedAt, env().INQUIRY_RESPONSE_HOURS).toISOString(),
    status: "open" as InquiryStatus,
    assigned_to: assignedTo,
    assigned_at: assignedTo ? receivedAt.toISOString() : null,
    first_answered_at: null,
    first_answered_by: null,
    first_answer_kind: null,
    closed_at: null,
    closed_by: null,
    from_employee: input.fromEmployee ? 1 : 0,
  };
  await db.insertInto("inquiries").values(row).execute();
  return row;
}

// ---- The consultants' desk ----------------------------------------------------

export type DeskView = "mine" | "unassigned" | "team";
export type DeskFilter = {
  view: DeskView;
  staffId: string;
  status: InquiryStatus;
  company?: string;
  kind?: InquiryKind;
};

const listColumns = [
  "inquiries.id",
  "inquiries.kind",
  "inquiries.subject",
  "inquiries.status",
  "inquiries.received_at",
  "inquiries.due_at",
  "inquiries.first_answered_at",
  "inquiries.assigned_to",
  "inquiries.case_id",
  "inquiries.company_id",
  "companies.name as company_name",
  "assignee.name as assignee_name",
] as const;

/**
 * One page of a desk view: open inquiries by time left (most urgent first), answered and closed ones
 * newest first, keyset-paginated on the indexes (status, due_at, id) / (status, received_at, id) and
 * their (assigned_to, …) twins. `company` is a company id or part of its name (case and æ/ø/å folded).
 */
export async function listDesk(db: DB, filter: DeskFilter, page: PageRequest = { after: null, before: null }) {
  let q = db
    .selectFrom("inquiries")
    .innerJoin("companies", "companies.id", "inquiries.company_id")
    .leftJoin("users as assignee", "assignee.id", "inquiries.assigned_to")
    .select(listColumns)
    .where("inquiries.status", "=", filter.status);
  if (filter.view === "mine") q = q.where("inquiries.assigned_to", "=", filter.staffId);
  if (filter.view === "unassigned") q = q.where("inquiries.assigned_to", "is", null);
  const company = filter.company?.trim();
  if (company) {
    q = q.where("inquiries.company_id", "in", (eb) =>
      eb
        .selectFrom("companies as c")
        .select("c.id")
        .where((w) => w.or([w("c.id", "=", company), containsFolded("c.name", company)])),
    );
  }
  if (filter.kind) q = q.where("inquiries.kind", "=", filter.kind);
  const open = filter.status === "open";
  return keysetPage(
    q,
    {
      key: open ? "inquiries.due_at" : "inquiries.received_at",
      id: "inquiries.id",
      direction: open ? "asc" : "desc",
      keyOf: (r) => (open ? r.due_at : r.received_at),
      idOf: (r) => r.id,
    },
    page,
  );
}

export type DeskTabCounts = { total: number; overdue: number; soon: number };

/** How close to its deadline an open inquiry is "due soon" (the reminder goes then). */
export const DESK_SOON_MS = 4 * 3_600_000;

/**
 * How many open inquiries each view holds, and how many of them are past their deadline or within 4
 * hours of it. Nine counts, each one range of an index in (status, [assigned_to,] due_at) order, as
 * scalar subqueries of one statement: one round trip, and no pass over all open rows (one pass with
 * nine conditional sums cost four times as much on SQLite).
 */
export async function deskCounts(db: DB, staffId: string, at: Date): Promise<Record<DeskView, DeskTabCounts>> {
  const nowIso = at.toISOString();
  const soonIso = new Date(at.getTime() + DESK_SOON_MS).toISOString();
  const row = await db
    .selectNoFrom((eb) => {
      const count = (view: DeskView, due: "all" | "overdue" | "soon") => {
        let q = eb
          .selectFrom("inquiries")
          .select((c) => c.fn.countAll<number>().as("n"))
          .where("status", "=", "open");
        if (view === "mine") q = q.where("assigned_to", "=", staffId);
        if (view === "unassigned") q = q.where("assigned_to", "is", null);
        if (due === "overdue") q = q.where("due_at", "<", nowIso);
        if (due === "soon") q = q.where("due_at", ">=", nowIso).where("due_at", "<", soonIso);
        return q.$asScalar().as(`${view}_${due}`);
      };
      return (["team", "mine", "unassigned"] as const).flatMap((view) => [count(view, "all"), count(view, "overdue"), count(view, "soon")]);
    })
    .executeTakeFirstOrThrow();
  const tab = (view: DeskView): DeskTabCounts => ({
    total: Number(row[`${view}_all`]),
    overdue: Number(row[`${view}_overdue`]),
    soon: Number(row[`${view}_soon`]),
  });
  return { mine: tab("mine"), unassigned: tab("unassigned"), team: tab("team") };
}

export async function findInquiryForStaff(db: DB, id: string) {
  return db
    .selectFrom("inquiries")
    .innerJoin("companies", "companies.id", "inquiries.company_id")
    .leftJoin("users as assignee", "assignee.id", "inquiries.assigned_to")
    .leftJoin("users as creator", "creator.id", "inquiries.created_by")
    .selectAll("inquiries")
    .select([
      "companies.name as company_name",
      "companies.cvr as company_cvr",
      "companies.verified_at as company_verified_at",
      "assignee.name as assignee_name",
      "creator.name as creator_name",
      "creator.email as creator_email",
      "creator.phone as creator_phone",
    ])
    .where("inquiries.id", "=", id)
    .executeTakeFirst();
}

// ---- What a company sees --------------------------------------------------------

const companyColumns = [
  "inquiries.id",
  "inquiries.kind",
  "inquiries.subject",
  "inquiries.message",
  "inquiries.preferred_contact",
  "inquiries.contact_name",
  "inquiries.contact_email",
  "inquiries.contact_phone",
  "inquiries.case_id",
  "inquiries.status",
  "inquiries.received_at",
  "inquiries.due_at",
  "inquiries.first_answered_at",
  "inquiries.first_answer_kind",
] as const;

/** One page of the company's inquiries, newest first (keyset on inquiries (company_id, from_employee, received_at, id)). */
export async function pageInquiriesForCompany(db: DB, user: EmployerUser, page: PageRequest) {
  const q = db
    .selectFrom("inquiries")
    .select(companyColumns)
    .where(inquiriesIn(employerScope(user)));
  return keysetPage(q, { key: "inquiries.received_at", id: "inquiries.id", direction: "desc", keyOf: (r) => r.received_at, idOf: (r) => r.id }, page);
}

export async function findInquiryForCompany(db: DB, user: EmployerUser, id: string) {
  return db
    .selectFrom("inquiries")
    .select(companyColumns)
    .where("inquiries.id", "=", id)
    .where(inquiriesIn(employerScope(user)))
    .executeTakeFirst();
}

export async function findInquiryByGuestTokenHash(db: DB, tokenHash: string) {
  return db
    .selectFrom("inquiries")
    .innerJoin("companies", "companies.id", "inquiries.company_id")
    .select(companyColumns)
    .select(["companies.name as company_name", "inquiries.company_id"])
    .where("inquiries.guest_token_hash", "=", tokenHash)
    .executeTakeFirst();
}

/** The inquiries about a case that the scope may see (a company never sees the employee's own). */
export async function findInquiriesForCase(db: DB, scope: Scope, caseId: string) {
  return db.selectFrom("inquiries").selectAll().where("case_id", "=", caseId).where(inquiriesIn(scope)).orderBy("received_at", "asc").execute();
}

// ---- Messages -------------------------------------------------------------------

/** The thread of inquiries; `companyView` keeps internal notes and handovers out. */
export async function listMessages(db: DB, inquiryIds: string[], opts: { companyView: boolean }) {
  if (inquiryIds.length === 0) return [];
  let q = db
    .selectFrom("inquiry_messages")
    .leftJoin("users as author", "author.id", "inquiry_messages.author_id")
    .leftJoin("users as handed", "handed.id", "inquiry_messages.handed_to")
    .select([
      "inquiry_messages.id",
      "inquiry_messages.inquiry_id",
      "inquiry_messages.kind",
      "inquiry_messages.body",
      "inquiry_messages.created_at",
      "author.name as author_name",
      "handed.name as handed_to_name",
    ])
    .where("inquiry_messages.inquiry_id", "in", inquiryIds);
  if (opts.companyView) q = q.where("inquiry_messages.kind", "in", companyVisibleMessageKinds);
  return q.orderBy("inquiry_messages.created_at", "asc").execute();
}

export async function addMessage(db: DB, input: { inquiryId: string; kind: InquiryMessageKind; authorId: string; body: string; handedTo?: string | null }) {
  const row = {
    id: newId(),
    inquiry_id: input.inquiryId,
    kind: input.kind,
    author_id: input.authorId,
    handed_to: input.handedTo ?? null,
    body: input.body,
    created_at: nowIso(),
  };
  await db.insertInto("inquiry_messages").values(row).execute();
  return row;
}

export async function assignInquiry(db: DB, id: string, staffId: string | null): Promise<void> {
  await db
    .updateTable("inquiries")
    .set({ assigned_to: staffId, assigned_at: staffId ? nowIso() : null })
    .where("id", "=", id)
    .execute();
}
