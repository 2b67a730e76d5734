import { expect, test } from "@playwright/test";
import { codeIn, expectAccessible, linkIn, readMail, signIn } from "./support";

// Issue 15: the worklist flags the demo's quiet case; the consultant corrects the employee's email
// on the case page (a wrong CPR number first: the Danish message, what was typed kept) and sees it.
test("a quiet case is flagged on the worklist; the consultant corrects the employee's email and sees it; the employee corrects it again from their link on a phone", async ({
  page,
  browser,
}) => {
  await signIn(page, "jonas.mikkelsen@jobcenter.example");

  // Kasper Nielsen's case (demo data): nothing has happened since it was made.
  await page.goto("/jobcenter/opfoelgning?visning=team");
  const row = page.getByTestId("worklist-row").filter({ hasText: "Kasper Nielsen" });
  await expect(row.getByTestId("quiet-badge")).toHaveText(/^Ingen aktivitet i \d+ dage$/);
  await page.getByLabel("Kun uden aktivitet").check();
  await page.getByRole("button", { name: "Vis", exact: true }).click();
  await expect(page).toHaveURL(/inaktive=/);
  await expect(page.getByTestId("worklist-row").filter({ hasText: "Kasper Nielsen" })).toBeVisible();
  await expect(page.getByTestId("worklist-row").filter({ hasText: "Anne Larsen" })).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Kasper Nielsen" }).click();
  await expect(page.getByTestId("case-quiet")).toContainText(/Ingen aktivitet i \d+ dage/);

  await page.getByText("Ret navn, e-mail, CPR-nummer eller kontaktperson").click();
  await page.getByLabel("Medarbejderens e-mail").fill("kasper.rettet@example.dk");
  await page.getByLabel("Rettet CPR-nummer").fill("0512");
  await page.getByRole("button", { name: "Gem rettelser" }).click();
  await expect(page.locator(".form-error-message", { hasText: "CPR-nummeret skal have 10 cifre, fx 010190-1234." })).toBeVisible();
  await expect(page.getByLabel("Rettet CPR-nummer")).toHaveValue("0512");
  await expect(page.getByLabel("Medarbejderens e-mail")).toHaveValue("kasper.rettet@example.dk");
  await expectAccessible(page);

  await page.getByLabel("Rettet CPR-nummer").fill("");
  await page.getByRole("button", { name: "Gem rettelser" }).click();
  await expect(page.getByText("Personoplysningerne er rettet, og rettelsen er logget.")).toBeVisible();
  await expect(page.locator("dl.summary")).toContainText("kasper.rettet@example.dk");
  await expect(page.getByTestId("case-quiet")).toHaveCount(0);

  // The new address is told (the old one may have been a stranger's).
  const notice = await readMail(page, "kasper.rettet@example.dk", /Din e-mailadresse i Fasthold er opdateret/);
  expect(notice).toContain("har rettet din e-mailadresse");

  // The notice carries the employee's link: on a phone they sign in with a code and correct the address themselves.
  const employee = await (await browser.newContext({ locale: "da-DK", timezoneId: "Europe/Copenhagen", viewport: { width: 375, height: 800 } })).newPage();
  await employee.goto(linkIn(notice, "/medarbejder/"));
  await employee.getByRole("button", { name: "Send kode" }).click();
  await employee.getByLabel("Kode fra e-mailen").fill(codeIn(await readMail(page, "kasper.rettet@example.dk", /Din kode til Fasthold/)));
  await employee.getByRole("button", { name: "Åbn min side" }).click();
  await expect(employee.getByTestId("own-email")).toHaveText("kasper.rettet@example.dk");
  await employee.getByText("Ret din e-mailadresse").click();
  await employee.getByLabel("Din e-mailadresse").fill("kasper.selv@example.dk");
  await expectAccessible(employee);
  const width = await employee.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(375);
  await employee.getByRole("button", { name: "Gem e-mailadresse" }).click();
  await expect(employee.getByText("Din e-mailadresse er rettet. Fremover får du beskeder på den nye adresse.")).toBeVisible();
  await expect(employee.getByTestId("own-email")).toHaveText("kasper.selv@example.dk");
  // Both addresses hear of it; the old one without the link.
  await readMail(page, "kasper.selv@example.dk", /Din e-mailadresse i Fasthold er opdateret/);
  expect(await readMail(page, "kasper.rettet@example.dk", /Din e-mailadresse i Fasthold er ændret/)).not.toContain("/medarbejder/");
});
