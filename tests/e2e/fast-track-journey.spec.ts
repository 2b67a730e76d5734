import { expect, test } from "@playwright/test";
import { codeIn, collectPageErrors, danishDate, expectAccessible, typedDate, linkIn, readMail, signIn, signOut, waitForHydration } from "./support";

const HOUR = 3_600_000;

test("company sign-up → Fast Track → employee consent → consultant answers → employer sees the answer", async ({ page, browser }) => {
  const hrEmail = `hr-${Date.now()}@nyt-firma.example`;
  const employeeEmail = `medarbejder-${Date.now()}@example.dk`;

  // The front page, then sign-up.
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hold fast i jeres sygemeldte medarbejdere");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Opret virksomhed" }).first().click();
  await expectAccessible(page);

  // Bad input first: a wrong CVR is refused next to the field, with what was typed kept.
  await page.getByLabel("CVR-nummer").fill("12345678");
  await page.getByLabel("Virksomhedens navn").fill("Nyt Firma ApS");
  await page.getByLabel("Dit navn").fill("Nina Nielsen");
  await page.getByLabel("Din arbejdsmail").fill(hrEmail);
  await page.getByRole("button", { name: "Opret og send kode" }).click();
  await expect(page.getByText("CVR-nummeret er ikke gyldigt").first()).toBeVisible();
  await expect(page.getByLabel("Virksomhedens navn")).toHaveValue("Nyt Firma ApS");
  await expectAccessible(page);

  await page.getByLabel("CVR-nummer").fill("31245699");
  await page.getByRole("button", { name: "Opret og send kode" }).click();
  await expect(page.getByRole("heading", { name: "Skriv koden fra e-mailen" })).toBeVisible();
  await expectAccessible(page);

  // The sign-in code arrives in the demo mailbox.
  const codePage = page.url();
  const mail = await readMail(page, hrEmail, /Din kode til Fasthold/);
  await expectAccessible(page);
  const code = /\b(\d{6})\b/.exec(mail)![1];
  await page.goto(codePage);
  await page.getByLabel("Kode fra e-mailen").fill(code);
  await page.getByRole("button", { name: "Log ind" }).click();
  await expect(page.getByRole("heading", { name: "Sager – Nyt Firma ApS" })).toBeVisible();
  await expect(page.getByText("Jobcentret har endnu ikke godkendt jeres virksomhed")).toBeVisible();
  await expectAccessible(page);

  // The Fast Track request.
  await page.getByRole("link", { name: "Ny Fast Track-anmodning" }).first().click();
  await expect(page.getByRole("heading", { name: "Anmod om Fast Track" })).toBeVisible();
  await expect(page.getByText("Formularen har intet felt til diagnose")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Medarbejderens navn").fill("Sofie Andersen");
  await page.getByLabel("CPR-nummer").fill("010190-1234");
  await page.getByLabel("Medarbejderens e-mail").fill(employeeEmail);
  await page.getByLabel("Første fraværsdag").fill(typedDate(-12));
  await page.getByLabel("Helt sygemeldt").check();
  await page.getByLabel("Medarbejderen forventes ikke at være tilbage på fuld tid inden for 8 uger").check();
  await page.getByLabel("Hvilke arbejdsfunktioner er påvirket af sygdommen?").fill("Kan ikke stå ved samlebåndet en hel dag.");
  await page.getByLabel("Kontaktpersonens telefon").fill("20 30 40 50");
  const before = Date.now();
  await page.getByRole("button", { name: "Send anmodning om Fast Track" }).click();
  await expect(page.getByRole("heading", { name: "Anmodningen er sendt" })).toBeVisible();
  const after = Date.now();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sofie Andersen");
  await expect(page.getByTestId("cpr-masked")).toHaveText("010190-xxxx");
  await expect(page.getByTestId("promise")).toContainText("I får svar senest");
  const promisedIso = await page.getByTestId("promise").locator("time").getAttribute("datetime");
  expect(Date.parse(promisedIso!)).toBeGreaterThanOrEqual(before + 24 * HOUR - 1000);
  expect(Date.parse(promisedIso!)).toBeLessThanOrEqual(after + 24 * HOUR + 1000);
  await expectAccessible(page);

  // The employee consents through the emailed link, with no account.
  const consentMail = await readMail(page, employeeEmail, /har bedt om Fast Track for dig/);
  const consentLink = linkIn(consentMail, "/samtykke/");
  const employeeContext = await browser.newContext({ locale: "da-DK", timezoneId: "Europe/Copenhagen" });
  const employee = await employeeContext.newPage();
  await employee.goto(consentLink);
  await expect(employee.getByRole("heading", { name: "Nyt Firma ApS har bedt om Fast Track for dig" })).toBeVisible();
  await expect(employee.getByText("Kan ikke stå ved samlebåndet en hel dag.")).toBeVisible();
  await expect(employee.getByText("010190")).toHaveCount(0);
  await expectAccessible(employee);
  await employee.getByLabel("Hvilke af dine arbejdsfunktioner er påvirket af sygdommen?").fill("Jeg kan sidde ned og arbejde.");
  await employee.getByRole("button", { name: "Ja, jeg giver samtykke" }).click();
  await expect(employee.getByRole("heading", { name: "Tak. Du har givet samtykke til Fast Track" })).toBeVisible();
  await expectAccessible(employee);
  await employeeContext.close();

  // A consultant signs in and sees the request, due 24 hours after submission, first conversation within 14 days.
  await signOut(page);
  await signIn(page, "karin.lund@jobcenter.example");
  await expect(page.getByRole("heading", { name: "Henvendelser", level: 1 })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: /^Ufordelte/ }).click(); // a new company has no contact consultant yet
  const row = page.getByTestId("desk-inquiry").filter({ hasText: "Fast Track: Sofie Andersen" });
  await expect(row).toContainText("Nyt Firma ApS");
  await expect(row).toContainText(/2[34] t \d+ min tilbage/);
  await row.getByRole("link", { name: "Fast Track: Sofie Andersen" }).click();
  await expect(page.getByRole("heading", { name: "Fast Track: Sofie Andersen" })).toBeVisible();
  const dueIso = await page.getByTestId("answer-by").locator("time").getAttribute("datetime");
  expect(dueIso).toBe(promisedIso);
  const receivedIso = await page.getByTestId("received").locator("time").getAttribute("datetime");
  expect(Date.parse(dueIso!) - Date.parse(receivedIso!)).toBe(24 * HOUR);
  const firstConversation = await page.getByTestId("first-conversation").locator("time").getAttribute("datetime");
  expect(firstConversation).toBe(danishDate(14, new Date(receivedIso!)));
  await expect(page.getByText("Samtykke givet")).toBeVisible();
  await expect(page.getByText("Jeg kan sidde ned og arbejde.")).toBeVisible(); // the employee's answer, for the jobcenter
  await expectAccessible(page);

  await page.getByRole("button", { name: "Tag henvendelsen" }).click();
  await expect(page.getByText("Ansvarlig: Karin Lund.")).toBeVisible();
  await page.getByRole("button", { name: "Send svar" }).click();
  await expect(page.getByText("Udfyld feltet.").first()).toBeVisible();
  await page.getByLabel("Dit svar").fill("Tak for anmodningen. Jeg ringer til jer i morgen kl. 10 og aftaler den første samtale.");
  await expect(page.getByRole("radio", { name: "Besked" })).toBeChecked();
  await page.getByRole("button", { name: "Send svar" }).click();
  await expect(page.getByText("Jeg ringer til jer i morgen kl. 10")).toBeVisible();
  await expect(page.getByText("Inden for fristen")).toBeVisible();
  await expectAccessible(page);

  // The employer sees the answer and how long it took; the reply was emailed too.
  await signOut(page);
  const replyMail = await readMail(page, hrEmail, /Svar fra jobcentret/);
  expect(replyMail).toContain("Jeg ringer til jer i morgen kl. 10");
  await signIn(page, hrEmail);
  await page.getByRole("link", { name: "Sofie Andersen" }).click();
  await expect(page.getByTestId("answered")).toContainText(/Besvaret .*efter \d+ min/);
  await expect(page.getByText("Tak for anmodningen. Jeg ringer til jer i morgen kl. 10")).toBeVisible();
  await expect(page.getByText("Karin Lund,")).toBeVisible();
  await expect(page.getByText("Jeg kan sidde ned og arbejde.")).toHaveCount(0); // never the employee's answers
  await expectAccessible(page);
});

// axe needs JavaScript in the page, so it checks these same server-rendered pages in the test above.
test("works without JavaScript: sign in and switch the language to English and back", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "da-DK" });
  const page = await context.newPage();
  await signIn(page, "hanne.sorensen@vestjyskstaal.example");
  await expect(page.getByRole("heading", { name: "Sager – Vestjysk Stål A/S" })).toBeVisible();
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Cases – Vestjysk Stål A/S" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("button", { name: "Dansk" }).click();
  await expect(page.getByRole("heading", { name: "Sager – Vestjysk Stål A/S" })).toBeVisible();
  await context.close();
});

// With JavaScript each page's texts come with the root loader's data in the page's language: after the
// switch, pages rendered in the browser (a client-side navigation) are English too.
test("with JavaScript: switching to English reloads the page in English and the next page rendered in the browser is English", async ({ page }) => {
  const errors = collectPageErrors(page);
  await page.goto("/");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await waitForHydration(page);
  await page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Contact the jobcentre" }).click();
  await expect(page).toHaveURL(/\/kontakt$/);
  await expect(page.getByRole("heading", { level: 1, name: "Contact the jobcentre" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Dansk" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kontakt jobcentret" })).toBeVisible();
  await waitForHydration(page);
  // Hydrated without a mismatch, in English and in Danish (æ, ø, å), and no text was missing.
  expect(errors).toEqual([]);
});

test("the front page: report a sick employee through sign-in straight to the Fast Track form, with the jobcenter's name and phone for anyone", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByTestId("authority-contact")).toContainText("Jobcenter Eksempelby");
  await expect(page.getByTestId("authority-contact")).toContainText("70 10 20 30");
  await expectAccessible(page);
  // The sign-in page is rendered in the browser (no new document) with its own texts, which the
  // front page was not sent: the root loader sends each page's texts again on navigation.
  const errors = collectPageErrors(page);
  await waitForHydration(page);
  await page.evaluate(() => ((window as unknown as { sameDocument?: boolean }).sameDocument = true));
  await page.getByRole("link", { name: "Anmeld sygefravær – Fast Track" }).click();
  await expect(page).toHaveURL(/\/log-ind\?redirectTo=%2Fvirksomhed%2Ffast-track/);
  await expect(page.getByRole("heading", { level: 1, name: "Log ind" })).toBeVisible();
  await expect(page.getByText("Skriv din e-mail. Vi sender dig en kode")).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  expect(errors).toEqual([]);
  await page.getByLabel("E-mail").fill("hanne.sorensen@vestjyskstaal.example");
  await page.getByRole("button", { name: "Send kode" }).click();
  await expect(page.getByRole("heading", { name: "Skriv koden fra e-mailen" })).toBeVisible();
  const codeUrl = page.url();
  const code = codeIn(await readMail(page, "hanne.sorensen@vestjyskstaal.example", /Din kode til Fasthold/));
  await page.goto(codeUrl);
  await page.getByLabel("Kode fra e-mailen").fill(code);
  await page.getByRole("button", { name: "Log ind" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Anmod om Fast Track" })).toBeVisible();
  await expect(page.getByText(/tidligst \d{1,2}\. \p{L}+ \d{4}/u)).toBeVisible();

  // Signed in: the front page still names the jobcenter, and the action goes straight to the form.
  await page.goto("/");
  await expect(page.getByTestId("authority-contact")).toContainText("70 10 20 30");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Anmeld sygefravær – Fast Track" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Anmod om Fast Track" })).toBeVisible();
  await signOut(page);
});
