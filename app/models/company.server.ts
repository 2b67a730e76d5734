import type { ExpressionBuilder } from "kysely";
import { containsFolded } from "~db/dialect";
import type { Database } from "~db/schema";
import type { PageRequest } from "~/domain/cursor";
import { keysetPage } from "./keyset.server";
import type { DB } from "~db/index";
import { nowIso } from "~/utils/clock";
import { newId } from "~/utils/crypto.server";
import { writeAudit, type Actor } from "./audit.server";

export async function findCompanyByCvr(db: DB, cvr: string) {
  return db.selectFrom("companies").selectAll().where("cvr", "=", cvr).executeTakeFirst();
}

export async function findCompany(db: DB, id: string) {
  return db.selectFrom("companies").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function createCompany(db: DB, input: { cvr: string; name: string }, actor: Actor | null) {
  const company = {
    id: newId(),
    cvr: input.cvr,
    name: input.name,
    verified_at: null,
    verified_by: null,
    created_at: nowIso(),
    contact_consultant_id: null,
  };
  await db.insertInto("companies").values(company).execute();
  await writeAudit(db, {
    actor: actor ?? { kind: "system", id: null },
    action: "company.created",
    entityType: "company",
    entityId: company.id,
    companyId: company.id,
    meta: { cvr: company.cvr },
  });
  return company;
}

/** The jobcenter's company list has two sections: those awaiting approval and those approved. */
export type CompanySection = "pending" | "verified";

/** Name (any case, æ/ø/å too) or the start of the CVR number. */
function companyMatches(term: string) {
  return (eb: ExpressionBuilder<Database, "companies">) =>
    eb.or([containsFolded("companies.name", term), ...(/^\d{1,8}$/.test(term) ? [eb("companies.cvr", "like", `${term}%`)] : [])]);
}

/**
 * For the jobcenter: one page of a section of the companies (those whose name or CVR matches `q`),
 * newest first. The two sections are two lists rather than one list in a two-part order: the
 * consultant's work is the short queue awaiting approval, which stays on top however far the
 * approved list is paged, and each section is a plain (created_at, id) keyset on its own partial index.
 */
export async function pageCompaniesForStaff(db: DB, q: string, section: CompanySection, request: PageRequest) {
  const term = q.trim();
  const query = db
    .selectFrom("companies")
    .leftJoin("users as verifier", "verifier.id", "companies.verified_by")
    .select([
      "companies.id",
      "companies.cvr",
      "companies.name",
      "companies.verified_at",
      "companies.created_at",
      "companies.contact_consultant_id",
      "verifier.name as verified_by_name",
    ])
    .select((eb) =>
      eb
        .selectFrom("users")
        .select((e) => e.fn.countAll<number>().as("n"))
        .whereRef("users.company_id", "=", "companies.id")
        .as("user_count"),
    )
    .where("companies.verified_at", section === "pending" ? "is" : "is not", null)
    .$if(term !== "", (qb) => qb.where(companyMatches(term)));
  return keysetPage(query, { key: "companies.created_at", id: "companies.id", direction: "desc", keyOf: (r) => r.created_at, idOf: (r) => r.id }, request);
}

/** How many companies (matching `q`) each section holds: one aggregate. */
export async function countCompaniesForStaff(db: DB, q: string): Promise<Record<CompanySection, number>> {
  const term = q.trim();
  const row = await db
    .selectFrom("companies")
    .select((eb) => [
      eb.fn.sum<number>(eb.case().when("companies.verified_at", "is", null).then(1).else(0).end()).as("pending"),
      eb.fn.countAll<number>().as("all"),
    ])
    .$if(term !== "", (qb) => qb.where(companyMatches(term)))
    .executeTakeFirstOrThrow();
  const pending = Number(row.pending ?? 0);
  return { pending, verified: Number(row.all) - pending };
}

export async function verifyCompany(db: DB, companyId: string, staff: { id: string }): Promise<boolean> {
  const result = await db
    .updateTable("companies")
    .set({ verified_at: nowIso(), verified_by: staff.id })
    .where("id", "=", companyId)
    .where("verified_at", "is", null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  await writeAudit(db, {
    actor: { kind: "user", id: staff.id },
    action: "company.verified",
    entityType: "company",
    entityId: companyId,
    companyId,
  });
  return true;
}

/** Sets (or clears) the company's named contact consultant. */
export async function setContactConsultant(db: DB, companyId: string, consultantId: string | null, staff: { id: string }): Promise<boolean> {
  const result = await db.updateTable("companies").set({ contact_consultant_id: consultantId }).where("id", "=", companyId).executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  await writeAudit(db, {
    actor: { kind: "user", id: staff.id },
    action: "company.contact_consultant_set",
    entityType: "company",
    entityId: companyId,
    companyId,
    meta: { consultant_id: consultantId },
  });
  return true;
}

export async function countUsersOfCompany(db: DB, companyId: string): Promise<number> {
  const row = await db
    .selectFrom("users")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("company_id", "=", companyId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
