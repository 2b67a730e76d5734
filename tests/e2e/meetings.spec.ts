import { expect, test, type Browser, type Page } from "@playwright/test";
import { resendPort } from "../../playwright.config";
import { codeIn, danishDate, expectAccessible, linkIn, readStubMail, signIn } from "./support";
import { icsTo } from "./ics";

// On the server that sends through the Resend stub, so the .ics attachments can be read as a recipient gets them.
const base = `http://localhost:${resendPort}`;
const readStub = readStubMail;

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: base, locale: "da-DK", timezoneId: "Europe/Copenhagen" });
  return context.newPage();
}

/** At 375 px the page does not scroll sideways, and axe finds nothing. */
async function check(page: Page) {
  await expectAccessible(page);
  const size = page.viewportSize();
  await page.setViewportSize({ width: 375, height: 740 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `375 px on ${page.url()}`).toBe(true);
  if (size) await page.setViewportSize(size);
}

test("consultant publishes times → employer books a round-table → employee accepts → .ics at the right Copenhagen time → held with a referat", async ({
  browser,
}) => {
  // The consultant publishes Mondays to Sundays 09.00–12.00 from today (the first free slot is after 24 hours' notice).
  const consultant = await newPage(browser);
  await signIn(consultant, "karin.lund@jobcenter.example", readStub);
  await consultant.goto("/jobcenter/tider");
  await expect(consultant.getByRole("heading", { name: "Mine tider og møder" })).toBeVisible();
  // The demo data gives her free times of her own already.
  const rulesBefore = await consultant.getByTestId("rule").count();
  await check(consultant);
  // Bad input first: an end before the start is refused next to the field.
  await consultant.getByLabel("Fra kl.").first().fill("12.00");
  await consultant.getByLabel("Til kl.").first().fill("09.00");
  await consultant.getByRole("button", { name: "Tilføj fast tid" }).click();
  await expect(consultant.getByText("Sluttidspunktet skal ligge efter starttidspunktet.").first()).toBeVisible();
  await check(consultant);
  const dayAfterTomorrow = danishDate(2);
  const weekday = ((new Date(`${dayAfterTomorrow}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
  await consultant.getByLabel("Ugedag").selectOption(String(weekday));
  await consultant.getByLabel("Fra kl.").first().fill("09.00");
  await consultant.getByLabel("Til kl.").first().fill("12.00");
  await consultant.getByRole("button", { name: "Tilføj fast tid" }).click();
  await expect(consultant.getByText("Gemt.")).toBeVisible();
  await expect(consultant.getByTestId("rule")).toHaveCount(rulesBefore + 1);

  // The employer books a round-table at the workplace from the case.
  const employer = await newPage(browser);
  await signIn(employer, "hanne.sorensen@vestjyskstaal.example", readStub);
  await employer.getByRole("link", { name: "Mette Hansen" }).first().click();
  await employer.getByRole("link", { name: "Se og book møder med jobcentret" }).click();
  await expect(employer.getByRole("heading", { name: "Møder – Mette Hansen" })).toBeVisible();
  await check(employer);
  await employer.getByLabel("Rundbordssamtale på arbejdspladsen", { exact: true }).check();
  await employer.getByRole("button", { name: "Vis ledige tider" }).click();
  await expect(employer.locator('input[name="slot"]').first()).toBeVisible();
  // The 09.00 slot the day after tomorrow (the demo's own free times are other days and hours).
  const values = await employer.locator('input[name="slot"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  const slotValue = values.find((v) => {
    const at = new Date(v.split("|")[1]);
    const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen", year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
    const hour = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Copenhagen", hour: "2-digit", hourCycle: "h23" }).format(at);
    return day === dayAfterTomorrow && hour === "09";
  })!;
  expect(slotValue, `a 09.00 slot on ${dayAfterTomorrow}`).toBeTruthy();
  const firstSlot = employer.locator(`input[name="slot"][value="${slotValue}"]`);
  await check(employer);
  const startsAt = slotValue.split("|")[1];
  await firstSlot.check();
  await employer.getByLabel("På arbejdspladsen", { exact: true }).check();
  await employer.getByLabel("Arbejdspladsens adresse").fill("Industrivej 4, 6700 Esbjerg");
  await employer.getByLabel("Tillidsrepræsentant (navn)").fill("Ole Olsen");
  await employer.getByRole("button", { name: "Book mødet" }).click();
  await expect(employer.getByText("Mødet er booket.")).toBeVisible();
  await expect(employer.getByTestId("meeting")).toContainText("Medarbejderen har ikke svaret");
  await check(employer);

  // Both parties' emails carry an .ics that reads back at 09.00 Copenhagen time, the slot's instant.
  for (const to of ["mette.hansen@example.dk", "karin.lund@jobcenter.example"]) {
    const ics = await icsTo(employer, to, /^Mødeindkaldelse/);
    expect(ics.method).toBe("REQUEST");
    expect(ics.event.startDate.hour).toBe(9);
    expect(ics.event.startDate.toJSDate().toISOString()).toBe(startsAt);
  }

  // The employee opens their link, signs in with a code and accepts.
  const invitation = await readStub(employer, "mette.hansen@example.dk", /^Mødeindkaldelse/);
  const employee = await newPage(browser);
  await employee.goto(linkIn(invitation, "/medarbejder/").replace(/^https?:\/\/[^/]+/, ""));
  await employee.getByRole("button", { name: "Send kode" }).click();
  const code = codeIn(await readStub(employer, "mette.hansen@example.dk", /Din kode til Fasthold/));
  await employee.getByLabel("Kode fra e-mailen").fill(code);
  await employee.getByRole("button", { name: "Åbn min side" }).click();
  await employee.getByRole("link", { name: "Se og book møder" }).click();
  await expect(employee.getByRole("heading", { name: "Dine møder med jobcentret" })).toBeVisible();
  await check(employee);
  await employee.getByRole("button", { name: "Ja, jeg deltager" }).click();
  await expect(employee.getByText("Tak for dit svar.")).toBeVisible();
  await check(employee);

  // The consultant sees it in the calendar, records it as held with a referat.
  await consultant.goto(`/jobcenter/tider?fra=${dayAfterTomorrow}`);
  await consultant.getByTestId("calendar-meeting").filter({ hasText: "Mette Hansen" }).first().getByRole("link").click();
  await expect(consultant.getByTestId("meeting")).toContainText("Medarbejderen har accepteret");
  await check(consultant);
  await consultant.getByLabel("Ja", { exact: true }).check();
  await consultant.getByLabel("Referat", { exact: true }).fill("Vi aftalte 20 timer om ugen og en ny arbejdsstol.");
  await consultant.getByRole("button", { name: "Gem som holdt" }).click();
  await expect(consultant.getByText("Mødet er registreret som holdt")).toBeVisible();
  await check(consultant);

  // The parties see the referat.
  await employer.reload();
  await expect(employer.getByTestId("meeting-summary")).toHaveText("Vi aftalte 20 timer om ugen og en ny arbejdsstol.");
  await employee.reload();
  await expect(employee.getByTestId("meeting-summary")).toHaveText("Vi aftalte 20 timer om ugen og en ny arbejdsstol.");
  await check(employee);
});
