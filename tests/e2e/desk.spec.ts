import { expect, test } from "@playwright/test";
import { codeIn, expectAccessible, readMail, signIn, signOut } from "./support";

const HOUR = 3_600_000;

test("an employer's general inquiry: unassigned with its deadline → a consultant takes and answers it → the employer sees it answered and how long it took", async ({
  page,
}) => {
  const subject = `Nedsat tid i en periode ${Date.now()}`;
  await signIn(page, "bent@bagerbent.example");
  await page.getByRole("link", { name: "Kontakt jobcentret" }).first().click();
  await expect(page.getByRole("heading", { name: "Kontakt jobcentret", level: 1 })).toBeVisible();
  await expectAccessible(page);

  // A phone answer needs a phone number: refused next to the field, the text kept.
  await page.getByLabel("Emne").fill(subject);
  await page.getByLabel("Besked").fill("Vores bager vil gerne gå ned i tid i en periode. Hvordan gør vi?");
  await page.getByLabel("Telefon", { exact: true }).first().check();
  await page.getByRole("textbox", { name: /^Telefon/ }).fill("");
  await page.getByRole("button", { name: "Send til jobcentret" }).click();
  await expect(page.getByText("Skriv et telefonnummer, så vi kan ringe til dig.").first()).toBeVisible();
  await expect(page.getByLabel("Emne")).toHaveValue(subject);
  await expectAccessible(page);
  await page.getByRole("textbox", { name: /^Telefon/ }).fill("97 65 43 21");
  const before = Date.now();
  await page.getByRole("button", { name: "Send til jobcentret" }).click();
  await expect(page.getByRole("heading", { name: "Henvendelsen er sendt" })).toBeVisible();
  const promised = await page.getByTestId("promise").locator("time").getAttribute("datetime");
  expect(Date.parse(promised!)).toBeGreaterThanOrEqual(before + 24 * HOUR - 1000);
  expect(Date.parse(promised!)).toBeLessThanOrEqual(Date.now() + 24 * HOUR + 1000);
  await expect(page.getByText("I har endnu ingen fast kontaktperson")).toBeVisible();
  await expectAccessible(page);
  await signOut(page);

  // The consultant finds it under "unassigned", with its deadline and time left.
  await signIn(page, "jonas.mikkelsen@jobcenter.example");
  await page.getByRole("link", { name: /^Ufordelte/ }).click();
  await expect(page.getByRole("link", { name: /^Ufordelte/ })).toHaveAttribute("aria-current", "page");
  const row = page.getByTestId("desk-inquiry").filter({ hasText: subject });
  await expect(row).toContainText("Bager Bent ApS");
  await expect(row).toContainText(/2[34] t \d+ min tilbage/);
  await expect(row).toContainText("Ingen ansvarlig endnu");
  await expectAccessible(page);
  await row.getByRole("link", { name: subject }).click();
  await expect(page.getByRole("heading", { name: subject })).toBeVisible();
  expect(await page.getByTestId("answer-by").locator("time").getAttribute("datetime")).toBe(promised);
  await expect(page.getByTestId("inquiry-message")).toHaveText("Vores bager vil gerne gå ned i tid i en periode. Hvordan gør vi?");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Tag henvendelsen" }).click();
  await expect(page.getByText("Ansvarlig: Jonas Mikkelsen.")).toBeVisible();
  await page.getByLabel("Note til kolleger").fill("Bageriet har 12 ansatte; tal med ejeren.");
  await page.getByRole("button", { name: "Gem note" }).click();
  await expect(page.getByTestId("message-note")).toContainText("Bageriet har 12 ansatte");
  await page.getByLabel("Besked", { exact: true }).check();
  await page.getByLabel("Dit svar").fill("Ja, det kan I godt. Jeg ringer i morgen kl. 9 og gennemgår en delvis raskmelding med jer.");
  await page.getByRole("button", { name: "Send svar" }).click();
  await expect(page.getByTestId("message-reply")).toContainText("Jeg ringer i morgen kl. 9");
  await expect(page.getByText("Inden for fristen")).toBeVisible();
  await expectAccessible(page);

  // Gone from the unanswered list; found under answered.
  await page.goto("/jobcenter?visning=mine&status=besvarede");
  await expect(page.getByTestId("desk-inquiry").filter({ hasText: subject })).toBeVisible();
  await signOut(page);

  // The employer sees it answered and how long it took; never the internal note.
  await signIn(page, "bent@bagerbent.example");
  await page.getByRole("link", { name: "Henvendelser" }).first().click();
  const mine = page.getByTestId("company-inquiry").filter({ hasText: subject });
  await expect(mine).toContainText("Besvaret");
  await expect(mine).toContainText(/efter \d+ min/);
  await expectAccessible(page);
  await mine.getByRole("link", { name: subject }).click();
  await expect(page.getByTestId("answered")).toContainText(/Besvaret .*efter \d+ min/);
  await expect(page.getByText("Jeg ringer i morgen kl. 9")).toBeVisible();
  await expect(page.getByText("Bageriet har 12 ansatte")).toHaveCount(0);
  await expectAccessible(page);
  const mail = await readMail(page, "bent@bagerbent.example", /Svar fra jobcentret/);
  expect(mail).toContain("Jeg ringer i morgen kl. 9");
});

test("a company without an account writes after confirming its email with a code", async ({ page }) => {
  const email = `hr-${Date.now()}@uden-konto.example`;
  await page.goto("/kontakt");
  await expectAccessible(page);
  await page.getByLabel("Virksomhedens navn").fill("Uden Konto ApS");
  await page.getByLabel("CVR-nummer").fill("31245737");
  await page.getByLabel("Emne").fill("Hvordan bruger vi Fast Track?");
  await page.getByLabel("Besked").fill("Vi har en medarbejder, der har været syg i tre uger.");
  await page.getByRole("radio", { name: "E-mail" }).check();
  await page.getByLabel("Dit navn").fill("Ulla Uden");
  await page.getByRole("textbox", { name: "E-mail" }).fill(email);
  await page.getByRole("button", { name: "Send kode til min e-mail" }).click();
  await expect(page.getByRole("heading", { name: "Bekræft din e-mail" })).toBeVisible();
  await expectAccessible(page);
  const confirmUrl = page.url();
  const code = codeIn(await readMail(page, email, /Din kode/));
  await page.goto(confirmUrl);
  await page.getByLabel("Kode fra e-mailen").fill(code);
  await page.getByRole("button", { name: "Bekræft og send henvendelsen" }).click();
  await expect(page.getByRole("heading", { name: "Henvendelsen er sendt" })).toBeVisible();
  await expect(page.getByTestId("promise")).toContainText("I får svar senest");
  await expectAccessible(page);
});

test("the team lead's report, the companies page and a consultant's profile", async ({ page }) => {
  await signIn(page, "birgitte.holm@jobcenter.example");
  await page.getByRole("link", { name: "Rapport" }).click();
  await expect(page.getByRole("heading", { name: "Svar inden for 24 timer", level: 1 })).toBeVisible();
  await expect(page.getByTestId("chart-bar")).toHaveCount(12);
  await expect(page.getByTestId("report-weeks").locator("tbody tr")).toHaveCount(12);
  expect(Number(await page.getByTestId("kpi-received").textContent())).toBeGreaterThan(10);
  await expectAccessible(page);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Hent som CSV" }).click();
  expect((await download).suggestedFilename()).toMatch(/^fasthold-svartider-\d{4}-\d{2}-\d{2}\.csv$/);

  await page.getByRole("link", { name: "Virksomheder" }).click();
  await expect(page.getByRole("heading", { name: "Virksomheder", level: 1 })).toBeVisible();
  await expectAccessible(page);
  const bakery = page.getByTestId("company-row").filter({ hasText: "Bager Bent ApS" });
  await bakery.getByRole("combobox", { name: "Kontaktkonsulent for Bager Bent ApS" }).selectOption({ label: "Karin Lund" });
  await bakery.getByRole("button", { name: "Gem kontaktkonsulent for Bager Bent ApS" }).click();
  await expect(
    page.getByTestId("company-row").filter({ hasText: "Bager Bent ApS" }).getByRole("combobox", { name: "Kontaktkonsulent for Bager Bent ApS" }),
  ).toHaveValue(/.+/);

  await page.getByRole("link", { name: "Min profil" }).click();
  await expectAccessible(page);
  await page.getByLabel(/Væk til og med/).fill("01.01.2099");
  await page.getByRole("button", { name: "Gem" }).click();
  await expect(page.getByText("Gemt.")).toBeVisible();
  await expect(page.getByLabel(/Væk til og med/)).toHaveValue("01.01.2099");
});
