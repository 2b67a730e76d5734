import { expect, test, type Page } from "@playwright/test";
import { resendPort } from "../../playwright.config";
import { danishDate, expectAccessible, linkIn, readStubMail, signIn, typedDate } from "./support";

// New sign-ins go to the server that sends through the Resend stub: the base server's sign-in limit is for other journeys.
test.use({ baseURL: `http://localhost:${resendPort}` });

/** The document is no wider than the viewport: nothing scrolls sideways. */
async function expectFitsPhone(page: Page): Promise<void> {
  await page.setViewportSize({ width: 375, height: 800 });
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  if (scrollWidth > clientWidth)
    console.log(
      await page.evaluate(() =>
        [...document.querySelectorAll("body *")]
          .filter((e) => e.getBoundingClientRect().right > 376)
          .slice(0, 15)
          .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`)
          .join("\n"),
      ),
    );
  expect(scrollWidth, `${page.url()} at 375 px is ${scrollWidth} px wide`).toBeLessThanOrEqual(clientWidth);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** A calendar date as the pages write it: "onsdag den 16. december 2026". */
const longDanish = (iso: string) =>
  new Intl.DateTimeFormat("da-DK", { timeZone: "UTC", weekday: "long", day: "numeric", month: "long", year: "numeric" }).format(new Date(`${iso}T00:00:00Z`));

test("Fast Track answered → on the consultant's worklist with its first conversation → a step recorded → closed as partial return → the employer sees it closed", async ({
  browser,
}) => {
  const employeeEmail = `opfoelgning-${Date.now()}@example.dk`;
  const employeeName = `Lærke Opfølgning ${Date.now().toString(36)}`;
  const hrContext = await browser.newContext({ locale: "da-DK", timezoneId: "Europe/Copenhagen" });
  const hr = await hrContext.newPage();

  // The employer asks for Fast Track; the employee consents through the emailed link.
  await signIn(hr, "hanne.sorensen@vestjyskstaal.example", readStubMail);
  await hr.getByRole("link", { name: "Ny Fast Track-anmodning" }).first().click();
  await hr.getByLabel("Medarbejderens navn").fill(employeeName);
  await hr.getByLabel("CPR-nummer").fill("020290-1234");
  await hr.getByLabel("Medarbejderens e-mail").fill(employeeEmail);
  await hr.getByLabel("Første fraværsdag").fill(typedDate(-10));
  await hr.getByLabel("Helt sygemeldt").check();
  await hr.getByLabel("Medarbejderen forventes ikke at være tilbage på fuld tid inden for 8 uger").check();
  await hr.getByLabel("Kontaktpersonens telefon").fill("20 30 40 50");
  await hr.getByRole("button", { name: "Send anmodning om Fast Track" }).click();
  await expect(hr.getByRole("heading", { name: "Anmodningen er sendt" })).toBeVisible();
  const firstConversationDue = danishDate(14);

  const employeeContext = await browser.newContext({ locale: "da-DK", timezoneId: "Europe/Copenhagen" });
  const employee = await employeeContext.newPage();
  await employee.goto(linkIn(await readStubMail(employee, employeeEmail, /har bedt om Fast Track for dig/), "/samtykke/"));
  await employee.getByRole("button", { name: "Ja, jeg giver samtykke" }).click();
  await expect(employee.getByRole("heading", { name: "Tak. Du har givet samtykke til Fast Track" })).toBeVisible();
  await employeeContext.close();

  // The consultant answers the request on the desk: she now follows the case.
  const staffContext = await browser.newContext({ locale: "da-DK", timezoneId: "Europe/Copenhagen" });
  const page = await staffContext.newPage();
  await signIn(page, "karin.lund@jobcenter.example", readStubMail);
  await page.goto("/jobcenter?visning=team");
  await page.getByRole("link", { name: `Fast Track: ${employeeName}` }).click();
  await page.getByLabel("Dit svar").fill("Tak. Jeg ringer i morgen og aftaler den første samtale.");
  await page.getByRole("button", { name: "Send svar" }).click();
  await expect(page.getByText("Inden for fristen")).toBeVisible();

  // The worklist: her case with "Første samtale senest <date>", linked to the case.
  await page.getByRole("link", { name: "Opfølgning" }).first().click();
  await expect(page.getByRole("heading", { name: "Opfølgning", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Mine sager" })).toHaveAttribute("aria-current", "page");
  let row = page.getByTestId("worklist-row").filter({ hasText: employeeName });
  for (let pages = 0; (await row.count()) === 0 && pages < 20; pages++) {
    await page.getByRole("link", { name: "Næste side" }).click();
    row = page.getByTestId("worklist-row").filter({ hasText: employeeName });
  }
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(`Første samtale senest ${longDanish(firstConversationDue)}`);
  await expect(row).toContainText("om 14 dage");
  await expect(row).toContainText("Karin Lund");
  await expectAccessible(page);
  await expectFitsPhone(page);
  await row.getByRole("link", { name: employeeName }).click();

  // The case page: masked CPR, its steps, the first conversation open.
  await expect(page.getByRole("heading", { name: employeeName, level: 1 })).toBeVisible();
  await expect(page.getByTestId("cpr-masked")).toHaveText("020290-xxxx");
  await expect(page.getByTestId("case-consultant")).toHaveText("Karin Lund");
  const firstStep = page.getByTestId("case-step").filter({ hasText: "Første samtale" });
  await expect(firstStep).toContainText("om 14 dage");
  await expectAccessible(page);
  await expectFitsPhone(page);

  // Recording a step: a date after today is refused next to the field and nothing is stored.
  await page.getByLabel("Skridt", { exact: true }).selectOption({ label: `Første samtale (${firstConversationDue.split("-").reverse().join(".")})` });
  await page.getByLabel("Gjort den", { exact: true }).fill(typedDate(3));
  await page.getByRole("button", { name: "Registrér", exact: true }).click();
  await expect(page.getByText("Datoen må ikke ligge efter i dag.").first()).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Gjort den", { exact: true }).fill(typedDate(0));
  await page.getByRole("button", { name: "Registrér", exact: true }).click();
  await expect(page.getByText("Skridtet er registreret.")).toBeVisible();
  await expect(page.getByTestId("case-step").filter({ hasText: "Første samtale" })).toContainText("Gjort");

  // Closing: "Andet" needs a note; then partial return, continuing.
  await page.getByLabel("Andet", { exact: true }).check();
  await page.getByLabel("Sagen sluttede den").fill(typedDate(0));
  await page.getByRole("button", { name: "Afslut sagen" }).click();
  await expect(page.getByText('Skriv en kort note, når udfaldet er "Andet".').first()).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Delvis tilbage, fortsætter").check();
  await page.getByRole("button", { name: "Afslut sagen" }).click();
  await expect(page.getByText("Sagen er afsluttet. Virksomheden og medarbejderen har fået besked.")).toBeVisible();
  await expect(page.getByTestId("case-closed")).toContainText("Delvis tilbage, fortsætter");
  await expect(page.getByRole("heading", { name: "Åbn sagen igen" })).toBeVisible();
  await expectAccessible(page);

  // It has left the worklist.
  await page.goto("/jobcenter/opfoelgning?visning=mine");
  await expect(page.getByTestId("worklist-row").filter({ hasText: employeeName })).toHaveCount(0);
  await staffContext.close();

  // The employer sees it among the closed cases, and was told by email.
  expect(await readStubMail(hr, "hanne.sorensen@vestjyskstaal.example", /er afsluttet/)).toContain("Delvis tilbage, fortsætter");
  await hr.goto("/virksomhed");
  await expect(hr.getByRole("link", { name: employeeName })).toHaveCount(0);
  await hr.getByRole("link", { name: "Afsluttede sager" }).click();
  const closed = hr.getByTestId("closed-cases");
  await expect(closed.getByRole("row").filter({ hasText: employeeName })).toContainText("Delvis tilbage, fortsætter");
  await expectAccessible(hr);
  await expectFitsPhone(hr);
  await closed.getByRole("link", { name: employeeName }).click();
  await expect(hr.getByTestId("case-closed")).toContainText("Delvis tilbage, fortsætter");
  await expect(hr.getByRole("heading", { name: "Foreslå at afslutte sagen" })).toHaveCount(0);
  await expectAccessible(hr);
  await hrContext.close();
});
