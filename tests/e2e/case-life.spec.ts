// Issue 13's "Done when" journey, one case from request to return: a Fast Track request answered → on the
// consultant's worklist with its first conversation → times published → a round-table booked by the employer
// and accepted by the employee → .ics read back in Copenhagen time → held with a referat → the step leaves the
// worklist → progression rated twice → closed as partial return → counted in the team's figures.
// On the server that sends through the Resend stub, so the emails (and their .ics) are read as recipients get them.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { resendPort } from "../../playwright.config";
import { codeIn, danishDate, expectAccessible, linkIn, readStubMail, signIn, typedDate } from "./support";
import { icsTo } from "./ics";

const base = `http://localhost:${resendPort}`;

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: base, locale: "da-DK", timezoneId: "Europe/Copenhagen" });
  return context.newPage();
}

/** axe finds nothing on the page as it is now. */
const axe = expectAccessible;

/** axe, and at 375 px the page does not scroll sideways (and axe still finds nothing). */
async function check(page: Page) {
  await expectAccessible(page);
  const size = page.viewportSize();
  await page.setViewportSize({ width: 375, height: 740 });
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `${page.url()} at 375 px is ${scrollWidth} px wide`).toBeLessThanOrEqual(clientWidth);
  await expectAccessible(page);
  if (size) await page.setViewportSize(size);
}

/** A calendar date as the pages write it: "onsdag den 16. december 2026". */
const longDanish = (iso: string) =>
  new Intl.DateTimeFormat("da-DK", { timeZone: "UTC", weekday: "long", day: "numeric", month: "long", year: "numeric" }).format(new Date(`${iso}T00:00:00Z`));

/** The Copenhagen calendar date and hour of an instant. */
function copenhagen(iso: string): { date: string; hour: number } {
  const d = new Date(iso);
  const date = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen", year: "numeric", month: "2-digit", day: "2-digit" }).format(d);
  const hour = Number(new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Copenhagen", hour: "2-digit", hourCycle: "h23" }).format(d));
  return { date, hour };
}

/** The newest period's closed count and its "partial return" outcomes, as the team lead's figures show them. */
async function closedFigures(page: Page): Promise<{ closed: number; partial: number }> {
  await page.goto("/jobcenter/noegletal");
  await expect(page.getByRole("heading", { level: 1, name: "Nøgletal" })).toBeVisible();
  const row = page.getByTestId("figures-table").locator("tbody tr").first();
  const closed = Number(await row.getByTestId("col-closed").textContent());
  const outcome = row.locator("li").filter({ hasText: "Delvis tilbage, fortsætter:" });
  const partial = (await outcome.count()) ? Number(/:\s*(\d+)\s*$/.exec((await outcome.textContent()) ?? "")?.[1]) : 0;
  return { closed, partial };
}

const statements = [
  "Jeg kan klare mine arbejdsopgaver",
  "Jeg ved, hvad næste skridt er",
  "Jeg har den støtte, jeg har brug for på arbejdspladsen",
  "Jeg tror på, at jeg kommer godt tilbage i arbejde",
];

async function rate(page: Page, values: number[]) {
  for (let i = 0; i < statements.length; i++) {
    await page.getByRole("group", { name: statements[i] }).getByText(String(values[i]), { exact: true }).click();
  }
  await page.getByRole("button", { name: "Gem min vurdering" }).click();
  await expect(page.getByText("Din vurdering er gemt.")).toBeVisible();
}

test("from request to return: answered → worklist → times → round-table booked and accepted → .ics → held → rated twice → closed as partial return → in the figures", async ({
  browser,
}) => {
  const stamp = Date.now().toString(36);
  const employeeEmail = `sagsforloeb-${stamp}@example.dk`;
  const employeeName = `Sofie Forløb ${stamp}`;
  const hrEmail = "hanne.sorensen@vestjyskstaal.example";
  const consultantEmail = "karin.lund@jobcenter.example";

  // 1. The employer asks for Fast Track; the employee consents through the emailed link.
  const hr = await newPage(browser);
  await signIn(hr, hrEmail, readStubMail);
  await hr.getByRole("link", { name: "Ny Fast Track-anmodning" }).first().click();
  await hr.getByLabel("Medarbejderens navn").fill(employeeName);
  await hr.getByLabel("CPR-nummer").fill("020290-1234");
  await hr.getByLabel("Medarbejderens e-mail").fill(employeeEmail);
  // Another first absence day than the follow-up journey's, which uses the same CPR number.
  await hr.getByLabel("Første fraværsdag").fill(typedDate(-12));
  await hr.getByLabel("Helt sygemeldt").check();
  await hr.getByLabel("Medarbejderen forventes ikke at være tilbage på fuld tid inden for 8 uger").check();
  await hr.getByLabel("Kontaktpersonens telefon").fill("20 30 40 50");
  await hr.getByRole("button", { name: "Send anmodning om Fast Track" }).click();
  await expect(hr.getByRole("heading", { name: "Anmodningen er sendt" })).toBeVisible();
  await axe(hr);
  const firstConversationDue = danishDate(14);

  const consent = await newPage(browser);
  await consent.goto(linkIn(await readStubMail(consent, employeeEmail, /har bedt om Fast Track for dig/), "/samtykke/").replace(/^https?:\/\/[^/]+/, ""));
  await axe(consent);
  await consent.getByRole("button", { name: "Ja, jeg giver samtykke" }).click();
  await expect(consent.getByRole("heading", { name: "Tak. Du har givet samtykke til Fast Track" })).toBeVisible();
  await axe(consent);
  await consent.context().close();

  // 2. The consultant answers on the desk: she now follows the case.
  const consultant = await newPage(browser);
  await signIn(consultant, consultantEmail, readStubMail);
  await consultant.goto("/jobcenter?visning=team");
  await axe(consultant);
  await consultant.getByRole("link", { name: `Fast Track: ${employeeName}` }).click();
  await axe(consultant);
  await consultant.getByLabel("Dit svar").fill("Tak. Jeg ringer i morgen og aftaler den første samtale.");
  await consultant.getByRole("button", { name: "Send svar" }).click();
  await expect(consultant.getByText("Inden for fristen")).toBeVisible();
  await axe(consultant);

  // 3. The worklist: the case with "Første samtale senest <date>".
  const worklistRow = async () => {
    await consultant.goto("/jobcenter/opfoelgning?visning=mine");
    let row = consultant.getByTestId("worklist-row").filter({ hasText: employeeName });
    for (let pages = 0; (await row.count()) === 0 && pages < 20 && (await consultant.getByRole("link", { name: "Næste side" }).count()) > 0; pages++) {
      await consultant.getByRole("link", { name: "Næste side" }).click();
      row = consultant.getByTestId("worklist-row").filter({ hasText: employeeName });
    }
    return row;
  };
  let row = await worklistRow();
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(`Første samtale senest ${longDanish(firstConversationDue)}`);
  await check(consultant);
  await row.getByRole("link", { name: employeeName }).click();
  await expect(consultant.getByRole("heading", { name: employeeName, level: 1 })).toBeVisible();
  const caseUrl = new URL(consultant.url()).pathname;
  expect(caseUrl).toMatch(/^\/jobcenter\/sager\/[^/]+$/);
  await expect(consultant.getByTestId("case-step").filter({ hasText: "Første samtale" })).toContainText("om 14 dage");
  await expect(consultant.getByTestId("progression-section")).toBeVisible();
  await check(consultant);

  // 4. The consultant publishes times: the weekday three days ahead, 13.00–16.00 (clear of the meetings journey's 09–12).
  const meetingDay = danishDate(3);
  const weekday = ((new Date(`${meetingDay}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
  await consultant.goto("/jobcenter/tider");
  await expect(consultant.getByRole("heading", { name: "Mine tider og møder" })).toBeVisible();
  const rulesBefore = await consultant.getByTestId("rule").count();
  await consultant.getByLabel("Ugedag").selectOption(String(weekday));
  await consultant.getByLabel("Fra kl.").first().fill("13.00");
  await consultant.getByLabel("Til kl.").first().fill("16.00");
  await consultant.getByRole("button", { name: "Tilføj fast tid" }).click();
  await expect(consultant.getByText("Gemt.")).toBeVisible();
  await expect(consultant.getByTestId("rule")).toHaveCount(rulesBefore + 1);
  await check(consultant);

  // 5. The employer books a round-table at the workplace from the case, at 13.00 on that day.
  await hr.goto("/virksomhed");
  await hr.getByRole("link", { name: employeeName }).first().click();
  await axe(hr);
  await hr.getByRole("link", { name: "Se og book møder med jobcentret" }).click();
  await expect(hr.getByRole("heading", { name: `Møder – ${employeeName}` })).toBeVisible();
  await check(hr);
  await hr.getByLabel("Rundbordssamtale på arbejdspladsen", { exact: true }).check();
  await hr.getByRole("button", { name: "Vis ledige tider" }).click();
  await expect(hr.locator('input[name="slot"]').first()).toBeVisible();
  const values = await hr.locator('input[name="slot"]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
  const chosen = values.find((v) => {
    const at = copenhagen(v.split("|")[1]);
    return at.date === meetingDay && at.hour === 13;
  });
  expect(chosen, `a 13.00 slot on ${meetingDay} among ${values.length}`).toBeTruthy();
  const startsAt = chosen!.split("|")[1];
  await check(hr);
  await hr.locator(`input[name="slot"][value="${chosen}"]`).check();
  await hr.getByLabel("På arbejdspladsen", { exact: true }).check();
  await hr.getByLabel("Arbejdspladsens adresse").fill("Industrivej 4, 6700 Esbjerg");
  await hr.getByRole("button", { name: "Book mødet" }).click();
  await expect(hr.getByText("Mødet er booket.")).toBeVisible();
  await expect(hr.getByTestId("meeting")).toContainText("Medarbejderen har ikke svaret");
  await check(hr);

  // 6. The employee's and the consultant's invitations carry an .ics that reads back at 13.00 Copenhagen time.
  for (const to of [employeeEmail, consultantEmail]) {
    const ics = await icsTo(hr, to, /^Mødeindkaldelse/);
    expect(ics.method).toBe("REQUEST");
    expect(ics.event.startDate.zone.tzid).toBe("Europe/Copenhagen");
    expect(ics.event.startDate.hour).toBe(13);
    expect(ics.event.startDate.toJSDate().toISOString()).toBe(startsAt);
  }

  // 7. The employee opens their link, signs in with a code and accepts.
  const invitation = await readStubMail(hr, employeeEmail, /^Mødeindkaldelse/);
  const employee = await newPage(browser);
  await employee.goto(linkIn(invitation, "/medarbejder/").replace(/^https?:\/\/[^/]+/, ""));
  await axe(employee);
  await employee.getByRole("button", { name: "Send kode" }).click();
  const code = codeIn(await readStubMail(hr, employeeEmail, /Din kode til Fasthold/));
  await employee.getByLabel("Kode fra e-mailen").fill(code);
  await employee.getByRole("button", { name: "Åbn min side" }).click();
  await expect(employee.getByRole("heading", { name: `Din side, ${employeeName}` })).toBeVisible();
  await check(employee);
  const employeeHome = new URL(employee.url()).pathname;
  await employee.getByRole("link", { name: "Se og book møder" }).click();
  await expect(employee.getByRole("heading", { name: "Dine møder med jobcentret" })).toBeVisible();
  await check(employee);
  await employee.getByRole("button", { name: "Ja, jeg deltager" }).click();
  await expect(employee.getByText("Tak for dit svar.")).toBeVisible();
  await check(employee);

  // 8. The consultant opens the meeting from the case page and records it as held with a referat.
  await consultant.goto(caseUrl);
  await consultant.getByTestId("case-meetings").getByRole("link").first().click();
  await expect(consultant).toHaveURL(/\/jobcenter\/moeder\//);
  await expect(consultant.getByTestId("meeting")).toContainText("Medarbejderen har accepteret");
  await check(consultant);
  await consultant.getByLabel("Ja", { exact: true }).check();
  await consultant.getByLabel("Referat", { exact: true }).fill("Vi aftalte 20 timer om ugen og en ny arbejdsstol.");
  await consultant.getByRole("button", { name: "Gem som holdt" }).click();
  await expect(consultant.getByText("Mødet er registreret som holdt")).toBeVisible();
  await check(consultant);

  // 9. The first-conversation step is done by the meeting and has left the worklist.
  row = await worklistRow();
  await expect(row).toHaveCount(1);
  await expect(row).not.toContainText("Første samtale");
  await axe(consultant);
  await consultant.goto(caseUrl);
  await expect(consultant.getByTestId("case-step").filter({ hasText: "Første samtale" })).toContainText("Gjort");
  await expect(consultant.getByTestId("case-meetings")).toContainText("holdt");

  // 10. The employee rates progression twice; the chart shows both points (theirs and the consultant's).
  await employee.goto(employeeHome);
  await employee.getByRole("link", { name: "Vurdér din fremgang" }).click();
  await expect(employee.getByRole("heading", { level: 1, name: "Din fremgang" })).toBeVisible();
  await check(employee);
  await rate(employee, [3, 4, 4, 5]);
  await rate(employee, [6, 7, 5, 8]);
  await expect(employee.getByTestId("progression-table").locator("tbody tr")).toHaveCount(2);
  await expect(employee.getByTestId("progression-series-tasks").locator("circle")).toHaveCount(2);
  await check(employee);
  await consultant.reload();
  await expect(consultant.getByTestId("progression-series-tasks").locator("circle")).toHaveCount(2);
  await expect(consultant.getByTestId("progression-table").locator("tbody tr")).toHaveCount(2);
  await check(consultant);

  // 11. The team lead's figures before the closing.
  const lead = await newPage(browser);
  await signIn(lead, "birgitte.holm@jobcenter.example", readStubMail);
  const before = await closedFigures(lead);

  // 12. The consultant closes the case as partial return, continuing.
  await consultant.getByLabel("Delvis tilbage, fortsætter").check();
  await consultant.getByLabel("Sagen sluttede den").fill(typedDate(0));
  await consultant.getByRole("button", { name: "Afslut sagen" }).click();
  await expect(consultant.getByText("Sagen er afsluttet. Virksomheden og medarbejderen har fået besked.")).toBeVisible();
  await expect(consultant.getByTestId("case-closed")).toContainText("Delvis tilbage, fortsætter");
  await check(consultant);
  row = await worklistRow();
  await expect(row).toHaveCount(0);

  // 13. The team figures count it: one more closed case this period, one more partial return.
  const after = await closedFigures(lead);
  expect(after.closed).toBe(before.closed + 1);
  expect(after.partial).toBe(before.partial + 1);
  await check(lead);

  // The consultant withdraws the times again (the meetings journey starts from her having none).
  await consultant.goto("/jobcenter/tider");
  await consultant.getByTestId("rule").filter({ hasText: "13.00–16.00" }).getByRole("button", { name: "Slet" }).click();
  await expect(consultant.getByTestId("rule")).toHaveCount(rulesBefore);
});
