import type { DB } from "~db/index";
import type { User, UserRole } from "~db/schema";
import { nowIso } from "~/utils/clock";
import { newId } from "~/utils/crypto.server";
import type { Lang } from "~/utils/dates";

/** The signed-in user as routes see it. */
export type SessionUser = {
  id: string;
  email: string;
  name: string;
  phone: string | null;
  role: UserRole;
  companyId: string | null;
  companyName: string | null;
  companyVerified: boolean;
};

export type EmployerUser = SessionUser & { role: "employer"; companyId: string };
export type StaffUser = SessionUser & { role: "consultant" | "team_lead" };

export function isStaff(user: SessionUser): user is StaffUser {
  return user.role === "consultant" || user.role === "team_lead";
}

export async function findActiveUserByEmail(db: DB, email: string) {
  return db.selectFrom("users").selectAll().where("email", "=", email.toLowerCase()).where("disabled_at", "is", null).executeTakeFirst();
}

/** An active user with their company: the query both lookups below start from. */
function activeUsers(db: DB) {
  return db
    .selectFrom("users")
    .leftJoin("companies", "companies.id", "users.company_id")
    .select([
      "users.id",
      "users.email",
      "users.name",
      "users.phone",
      "users.role",
      "users.company_id",
      "companies.name as company_name",
      "companies.verified_at",
    ])
    .where("users.disabled_at", "is", null);
}

type ActiveUserRow = Pick<User, "id" | "email" | "name" | "phone" | "role" | "company_id"> & { company_name: string | null; verified_at: string | null };

function sessionUserOf(row: ActiveUserRow): SessionUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    phone: row.phone,
    role: row.role,
    companyId: row.company_id,
    companyName: row.company_name,
    companyVerified: Boolean(row.verified_at),
  };
}

export async function loadSessionUser(db: DB, userId: string): Promise<SessionUser | null> {
  const row = await activeUsers(db).where("users.id", "=", userId).executeTakeFirst();
  return row ? sessionUserOf(row) : null;
}

/**
 * A live session (not revoked, not expired at `at`) and its active user, in one query: every signed-in
 * page asks this twice (the root loader and the route's), so it is one round trip each time, not two.
 */
export async function findLiveSession(db: DB, sessionId: string, at: string) {
  const row = await activeUsers(db)
    .innerJoin("sessions", "sessions.user_id", "users.id")
    .select(["sessions.created_at as session_created_at", "sessions.last_seen_at", "sessions.second_factor_at"])
    .where("sessions.id", "=", sessionId)
    .where("sessions.revoked_at", "is", null)
    .where("sessions.expires_at", ">", at)
    .executeTakeFirst();
  if (!row) return null;
  return { createdAt: row.session_created_at, lastSeenAt: row.last_seen_at, secondFactorAt: row.second_factor_at, user: sessionUserOf(row) };
}

export async function createUser(
  db: DB,
  input: { email: string; name: string; phone?: string | null; role: UserRole; companyId?: string | null; lang?: Lang },
) {
  const user = {
    id: newId(),
    email: input.email.toLowerCase(),
    name: input.name,
    phone: input.phone ?? null,
    role: input.role,
    company_id: input.companyId ?? null,
    created_at: nowIso(),
    disabled_at: null,
    away_until: null,
    lang: input.lang ?? "da",
  };
  await db.insertInto("users").values(user).execute();
  return user;
}

/** The language a user chose (at /sprog while signed in); emails to their address follow it. */
export async function setUserLang(db: DB, userId: string, lang: Lang): Promise<void> {
  await db.updateTable("users").set({ lang }).where("id", "=", userId).execute();
}

/** The chosen language of every address that belongs to a user; addresses of no user are not in the map. */
export async function langsOfAddresses(db: DB, addresses: string[]): Promise<Map<string, Lang>> {
  const wanted = [...new Set(addresses.map((a) => a.toLowerCase()))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom("users").select(["email", "lang"]).where("email", "in", wanted).execute();
  return new Map(rows.map((r) => [r.email, r.lang === "en" ? "en" : "da"]));
}

/** Active jobcenter staff of a role, with their absences. */
export async function listStaff(db: DB, roles: UserRole[] = ["consultant"]) {
  return db
    .selectFrom("users")
    .select(["id", "name", "email", "phone", "role", "away_until"])
    .where("role", "in", roles)
    .where("disabled_at", "is", null)
    .orderBy("name")
    .execute();
}

export async function findStaff(db: DB, id: string) {
  return db
    .selectFrom("users")
    .select(["id", "name", "email", "phone", "role", "away_until"])
    .where("id", "=", id)
    .where("role", "in", ["consultant", "team_lead"])
    .where("disabled_at", "is", null)
    .executeTakeFirst();
}

/** The company's named contact at the jobcenter, if one is set. */
export async function findContactConsultant(db: DB, companyId: string) {
  return db
    .selectFrom("companies")
    .innerJoin("users", "users.id", "companies.contact_consultant_id")
    .select(["users.id", "users.name", "users.email", "users.phone", "users.away_until"])
    .where("companies.id", "=", companyId)
    .where("users.disabled_at", "is", null)
    .executeTakeFirst();
}

export async function updateStaffProfile(db: DB, userId: string, input: { phone: string | null; awayUntil: string | null }) {
  await db.updateTable("users").set({ phone: input.phone, away_until: input.awayUntil }).where("id", "=", userId).execute();
}
