// Staff two-factor sign-in, end to end: a consultant's first sign-in sets up the authenticator
// (the test computes the code from the secret the page shows) and keeps the recovery codes; the
// next sign-in asks for the authenticator's code; a recovery code works once; five wrong codes lock;
// a team lead's reset lifts it and the colleague enrols again; an employer signs in as before.
import crypto from "node:crypto";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, test, type Page } from "@playwright/test";
import { port } from "../../playwright.config";
import { codeIn, enrolSecondFactor, expectAccessible, readMail, signIn, signOut, totpCode } from "./support";

const dbFile = path.resolve(`tests/.tmp/e2e-${port}/fasthold.db`);

/**
 * A new consultant, as the jobcenter adds one (there is no page for that): not enrolled yet, away on
 * paper so the running demo gives them no inquiries.
 */
function newConsultant(label: string): { email: string; name: string } {
  const id = crypto.randomBytes(12).toString("base64url");
  const email = `${label}-${id
    .slice(0, 6)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "x")}@jobcenter.example`;
  const name = `Konsulent ${label}`;
  const db = new Database(dbFile);
  try {
    db.prepare(
      "insert into users (id, email, name, phone, role, company_id, created_at, disabled_at, away_until) values (?, ?, ?, ?, 'consultant', null, ?, null, '2099-12-31')",
    ).run(id, email, name, "72 10 20 99", new Date().toISOString());
  } finally {
    db.close();
  }
  return { email, name };
}

/** The emailed-code step only; ends where the second step begins (or, for an employer, signed in). */
async function emailStep(page: Page, email: string): Promise<void> {
  await page.goto("/log-ind");
  await page.getByLabel("E-mail").fill(email);
  await page.getByRole("button", { name: "Send kode" }).click();
  await expect(page.getByRole("heading", { name: "Skriv koden fra e-mailen" })).toBeVisible();
  const codeUrl = page.url();
  const code = codeIn(await readMail(page, email, /Din kode til Fasthold/));
  await page.goto(codeUrl);
  await page.getByLabel("Kode fra e-mailen").fill(code);
  await page.getByRole("button", { name: "Log ind" }).click();
}

const secondStepField = (page: Page) => page.getByLabel("Kode fra appen eller gendannelseskode");

test("a consultant's first sign-in sets up TOTP and recovery codes; the next needs the TOTP; a recovery code works once", async ({ page }) => {
  const staff = newConsultant("ny");
  await emailStep(page, staff.email);
  await expect(page).toHaveURL(/\/log-ind\/totp/);
  await expect(page.getByRole("heading", { name: "Opsæt totrinsbekræftelse" })).toBeVisible();
  await expect(page.getByRole("img", { name: "QR-kode til godkendelsesappen" })).toBeVisible();
  await expectAccessible(page);
  // Half signed in: the desk is out of reach until the second factor.
  await page.goto("/jobcenter");
  await expect(page).toHaveURL(/\/log-ind\/totp/);

  const { secret, recoveryCodes } = await enrolSecondFactor(page);
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
  expect(recoveryCodes).toHaveLength(10);
  expect(new Set(recoveryCodes).size).toBe(10);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Jeg har gemt koderne – fortsæt" }).click();
  await expect(page).toHaveURL(/\/jobcenter$/);
  await signOut(page);

  // The next sign-in asks for the authenticator's code.
  await emailStep(page, staff.email);
  await expect(page.getByRole("heading", { name: "Skriv koden fra godkendelsesappen" })).toBeVisible();
  await expectAccessible(page);
  await secondStepField(page).fill(await totpCode(secret));
  await page.getByRole("button", { name: "Fortsæt" }).click();
  await expect(page).toHaveURL(/\/jobcenter$/);
  await signOut(page);

  // A recovery code instead of the phone: once.
  await emailStep(page, staff.email);
  await secondStepField(page).fill(recoveryCodes[0]);
  await page.getByRole("button", { name: "Fortsæt" }).click();
  await expect(page).toHaveURL(/\/jobcenter$/);
  await signOut(page);
  await emailStep(page, staff.email);
  await secondStepField(page).fill(recoveryCodes[0]);
  await page.getByRole("button", { name: "Fortsæt" }).click();
  await expect(page.locator("#field-code-error")).toContainText("Koden er forkert");
  await page.goto("/jobcenter");
  await expect(page).toHaveURL(/\/log-ind\/totp/);
});

test("five wrong TOTP codes lock the second step; a team lead's reset lifts it and the consultant enrols again", async ({ page }) => {
  const staff = newConsultant("spaerret");
  await emailStep(page, staff.email);
  const { secret } = await enrolSecondFactor(page);
  await page.getByRole("link", { name: "Jeg har gemt koderne – fortsæt" }).click();
  await signOut(page);

  await emailStep(page, staff.email);
  for (let i = 1; i <= 5; i++) {
    await secondStepField(page).fill("000000");
    await page.getByRole("button", { name: "Fortsæt" }).click();
    await expect(page.locator("#field-code-error")).toContainText(i < 5 ? "Koden er forkert" : "spærret");
  }
  await secondStepField(page).fill(await totpCode(secret));
  await page.getByRole("button", { name: "Fortsæt" }).click();
  await expect(page.locator("#field-code-error")).toContainText("spærret");
  await expect(page).toHaveURL(/\/log-ind\/totp/);

  // The team lead resets the colleague's second factor.
  await page.context().clearCookies();
  await signIn(page, "birgitte.holm@jobcenter.example");
  await page.goto("/jobcenter/kolleger");
  await expectAccessible(page);
  await page.getByRole("button", { name: `Nulstil for ${staff.name}` }).click();
  await expect(page.getByText(`Totrinsbekræftelsen er nulstillet for ${staff.name}.`)).toBeVisible();

  // The reset is in the audit log the team lead reads; a CPR look-up there and on the access-request page.
  await page.goto("/jobcenter/revision?action=user.second_factor_reset");
  await expect(page.getByTestId("audit-entries")).toContainText("user.second_factor_reset");
  await expectAccessible(page);
  await page.getByLabel("CPR-nummer").fill("120485-1234");
  await page.getByRole("button", { name: "Find" }).click();
  await expect(page.getByText(/Viser logposter om én person \(1 sager\)/)).toBeVisible();
  await expectAccessible(page);
  await page.goto("/jobcenter/indsigt");
  await page.getByLabel("Personens CPR-nummer").fill("120485-1234");
  await page.getByRole("button", { name: "Find" }).click();
  await expect(page.getByText("Fundet: 1 sager om personen.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Hent som PDF" })).toBeVisible();
  await expectAccessible(page);
  await signOut(page);

  await emailStep(page, staff.email);
  await expect(page.getByRole("heading", { name: "Opsæt totrinsbekræftelse" })).toBeVisible();
});

test("an employer's sign-in is unchanged: the emailed code alone", async ({ page }) => {
  await emailStep(page, "hanne.sorensen@vestjyskstaal.example");
  await expect(page).toHaveURL(/\/virksomhed$/);
  await expect(page.getByRole("button", { name: "Log ud" })).toBeVisible();
  await page.goto("/log-ind/totp");
  await expect(page).toHaveURL(/\/virksomhed$/);
});

test("staff see their active sessions on the profile and end another one", async ({ browser, page }) => {
  await signIn(page, "karin.lund@jobcenter.example");
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, "karin.lund@jobcenter.example");
  const third = await browser.newContext();
  await signIn(await third.newPage(), "karin.lund@jobcenter.example");
  await page.goto("/jobcenter/profil");
  await expect(page.getByRole("heading", { name: "Dine aktive logins" })).toBeVisible();
  await expect(page.getByText("Dette login")).toBeVisible();
  await expectAccessible(page);
  // End one other sign-in, then every other one (earlier tests may have left some).
  const endButtons = page.getByRole("button", { name: "Log ud her" });
  const before = await endButtons.count();
  expect(before).toBeGreaterThan(0);
  await endButtons.first().click();
  await expect(page.getByText("Login afsluttet.")).toBeVisible();
  await expect(endButtons).toHaveCount(before - 1);
  await page.getByRole("button", { name: "Log ud alle andre steder" }).click();
  await expect(page.getByText("Login afsluttet.")).toBeVisible();
  await expect(endButtons).toHaveCount(0);
  await expect(page.getByText("Dette login")).toBeVisible();
  await otherPage.goto("/jobcenter");
  await expect(otherPage).toHaveURL(/\/log-ind/);
  await other.close();
  await third.close();
});
