import { db } from "~db/index";
import { countUsersOfCompany, createCompany, findCompanyByCvr } from "~/models/company.server";
import { writeAudit } from "~/models/audit.server";
import { createUser } from "~/models/user.server";
import { allowHit } from "~/models/rateLimit.server";
import { MINUTE, now } from "~/utils/clock";
import type { Lang } from "~/utils/dates";
import { env } from "~/utils/env.server";
import { issueSignInCode } from "./auth.server";
import { enqueueEmailInTheirLanguage } from "./outbox.server";

export type SignUpInput = { cvr: string; companyName: string; name: string; email: string; phone?: string };
export type SignUpResult = { ok: true } | { ok: false; field: "cvr" | "_form"; error: "cvrTaken" | "rateLimited" };

/**
 * A company signs itself up with its first HR user, who gets a sign-in code
 * at once. The company stays unverified until the jobcenter verifies it.
 *
 * An address that already has a user gets the same answer as a new one, so
 * the form cannot be used to find out who has an account: nothing is created,
 * and the owner is told by email instead (at most one such email per address
 * an hour, through the dedupe key, so the form cannot flood an inbox).
 */
export async function signUpCompany(input: SignUpInput, ip: string, requestLang: Lang = "da"): Promise<SignUpResult> {
  return db.transaction().execute(async (trx): Promise<SignUpResult> => {
    if (!(await allowHit(trx, `signup:ip:${ip}`, 10, 60 * MINUTE))) return { ok: false, field: "_form", error: "rateLimited" };
    const existing = await findCompanyByCvr(trx, input.cvr);
    // A company known only from inquiries sent without an account (no users yet) can sign up.
    if (existing && (await countUsersOfCompany(trx, existing.id)) > 0) return { ok: false, field: "cvr", error: "cvrTaken" };
    // The address is looked at only after the CVR, so whether it has a user
    // never changes the answer. Any user row, disabled ones too: the address is unique in `users`.
    const owner = await trx.selectFrom("users").select(["id", "name", "disabled_at"]).where("email", "=", input.email.toLowerCase()).executeTakeFirst();
    if (owner) {
      if (!owner.disabled_at) {
        // To the owner of the address, in the owner's language (not the language of whoever filled in the form).
        await enqueueEmailInTheirLanguage(trx, {
          template: "signup-attempt",
          to: input.email,
          props: () => ({ name: owner.name, signInUrl: `${env().APP_URL}/log-ind` }),
          dedupeKey: `signup-attempt:${owner.id}:${now().toISOString().slice(0, 13)}`,
        });
      }
      return { ok: true };
    }
    const company = existing ?? (await createCompany(trx, { cvr: input.cvr, name: input.companyName }, null));
    if (existing?.verified_at) {
      // Whoever signs up first must be checked again before they see the company's inquiries.
      await trx.updateTable("companies").set({ verified_at: null, verified_by: null }).where("id", "=", existing.id).execute();
      await writeAudit(trx, {
        actor: { kind: "system", id: null },
        action: "company.verification_reset",
        entityType: "company",
        entityId: existing.id,
        companyId: existing.id,
        meta: { reason: "first_user_signed_up" },
      });
    }
    const user = await createUser(trx, {
      email: input.email,
      name: input.name,
      phone: input.phone ?? null,
      role: "employer",
      companyId: company.id,
      lang: requestLang,
    });
    await writeAudit(trx, {
      actor: { kind: "user", id: user.id },
      action: "user.created",
      entityType: "user",
      entityId: user.id,
      companyId: company.id,
      meta: { role: "employer", via: "company_signup" },
    });
    await issueSignInCode(trx, user.email, requestLang);
    return { ok: true };
  });
}
