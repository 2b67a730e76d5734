import { expect, test, type Browser, type Page } from "@playwright/test";
import { resendPort } from "../../playwright.config";
import { expectAccessible, readStubMail, signIn } from "./support";

// The server that sends through the Resend stub: its sign-in limits are this file's own.
test.use({ baseURL: `http://localhost:${resendPort}` });
test.describe.configure({ mode: "serial" });

const base = `http://localhost:${resendPort}`;
const HR = "hanne.sorensen@vestjyskstaal.example";
const CONSULTANT = "karin.lund@jobcenter.example";
const TEAM_LEAD = "birgitte.holm@jobcenter.example";

/** "2. december 2026": today as a guide's "Opdateret" shows it. */
const todayDanish = () =>
  new Intl.DateTimeFormat("da-DK", { timeZone: "Europe/Copenhagen", day: "numeric", month: "long", year: "numeric" }).format(new Date());

async function noSidewaysScroll(page: Page) {
  await page.setViewportSize({ width: 375, height: 800 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${page.url()} at 375 px`).toBeLessThanOrEqual(375);
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** A signed-in browser state per user, made once: every later context reuses it (JS on or off). */
const states: Record<string, Awaited<ReturnType<import("@playwright/test").BrowserContext["storageState"]>>> = {};
async function as(browser: Browser, email: string, javaScriptEnabled = true) {
  if (!states[email]) {
    const context = await browser.newContext({ baseURL: base });
    const page = await context.newPage();
    await signIn(page, email, readStubMail);
    states[email] = await context.storageState();
    await context.close();
  }
  const context = await browser.newContext({ baseURL: base, storageState: states[email], javaScriptEnabled });
  return { context, page: await context.newPage() };
}

test("a signed-out visitor reads the Fast Track guide from the front page, and searches in Danish", async ({ page }) => {
  await page.goto("/");
  await page.getByTestId("home-guides").getByRole("link", { name: "Læs om Fast Track" }).click();
  await expect(page).toHaveURL(/\/vejledning\/fast-track$/);
  await expect(page.getByRole("heading", { level: 1, name: "Fast Track – tidlig opfølgning" })).toBeVisible();
  await expect(page.getByTestId("guide-updated")).toContainText("Opdateret");
  await expect(page.locator("#hvornaar")).toContainText("første fraværsdag + 34 dage");
  await expect(page.locator("#kilder")).toContainText("Sygedagpengeloven § 7 c");
  await expectAccessible(page);
  await noSidewaysScroll(page);

  await page.goto("/vejledning");
  await page.getByLabel("Søg i vejledning og tilbud").fill("sygemelding");
  await page.getByRole("button", { name: "Søg" }).click();
  await expect(page.getByTestId("search-count")).toContainText("resultater for »sygemelding«");
  await expectAccessible(page);
  await page.getByLabel("Søg i vejledning og tilbud").fill("ergonomiske vurderinger");
  await page.getByRole("button", { name: "Søg" }).click();
  await page.getByRole("link", { name: "Ergonomisk vurdering" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ergonomisk vurdering" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Log ind for at bestille tilbuddet" })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/tilbud");
  await expectAccessible(page);
  await noSidewaysScroll(page);
});

for (const js of [true, false]) {
  test(`HR follows "Hvorfor spørger vi om det?" on the Fast Track form to the right part of the guide and back without losing what was typed (JavaScript ${js ? "on" : "off"})`, async ({
    browser,
  }) => {
    const { context, page } = await as(browser, HR, js);
    await page.goto("/virksomhed/fast-track");
    await page.getByLabel("Medarbejderens navn").fill("Typet Tekstesen");
    const functions = page.getByLabel(/Hvilke arbejdsfunktioner/);
    await functions.fill("Kan ikke løfte kasser over 10 kg");

    const why = page.getByTestId("why-questions");
    await why.getByText("Hvorfor spørger vi om det?").click();
    await expect(why).toContainText("Hvilke arbejdsfunktioner er påvirket af sygdommen?");
    await expect(why).toContainText("Skriv ikke en diagnose");
    if (js) await expectAccessible(page);

    const [guide] = await Promise.all([context.waitForEvent("page"), why.getByRole("link", { name: /Læs hele vejledningen/ }).click()]);
    await guide.waitForLoadState();
    expect(guide.url()).toBe(`${base}/vejledning/fast-track#spoergsmaal`);
    await expect(guide.locator("#spoergsmaal").getByRole("heading", { name: "Hvad vi spørger om – og hvorfor" })).toBeInViewport();
    await guide.close();

    // Back on the form: nothing typed is lost.
    await expect(page).toHaveURL(/\/virksomhed\/fast-track$/);
    await expect(page.getByLabel("Medarbejderens navn")).toHaveValue("Typet Tekstesen");
    await expect(functions).toHaveValue("Kan ikke løfte kasser over 10 kg");
    await noSidewaysScroll(page);
    await context.close();
  });
}

test("a consultant edits a guide: preview, save; the public page shows the new text and 'Opdateret <date>'; the history shows both versions", async ({
  browser,
}) => {
  const { context, page } = await as(browser, CONSULTANT);
  await page.goto("/jobcenter/vejledning");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Delvis raskmelding" }).click();
  const text = page.getByLabel("Tekst (dansk)").first();
  await text.fill(
    "Fraværet skal være **mindst 4 timer om ugen** – ny tekst.\n\n<script>alert(1)</script>\n\nSe [farlig](javascript:alert(2)) og [loven](https://www.retsinformation.dk).",
  );
  await page.getByRole("button", { name: "Vis forhåndsvisning" }).click();
  await expect(page.getByTestId("guide-preview")).toContainText("mindst 4 timer om ugen – ny tekst.");
  await expect(page.getByTestId("guide-preview").locator("script")).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Gem" }).click();
  await expect(page.getByText("Gemt som version 2.")).toBeVisible();

  await page.goto("/vejledning/delvis-raskmelding");
  const section = page.locator("#fire-timer");
  await expect(section).toContainText("mindst 4 timer om ugen – ny tekst.");
  await expect(section).toContainText("<script>alert(1)</script>"); // shown as text, never run
  await expect(section.getByRole("link", { name: "farlig" })).toHaveCount(0);
  await expect(section.getByRole("link", { name: "loven" })).toHaveAttribute("href", "https://www.retsinformation.dk");
  await expect(page.getByTestId("guide-updated")).toHaveText(`Opdateret ${todayDanish()}`);

  await page.goto("/jobcenter/vejledning/delvis-raskmelding/historik");
  await expect(page.getByTestId("guide-version-2")).toContainText("Karin Lund");
  await expect(page.getByTestId("guide-version-1")).toContainText("Jobcentret");
  await expectAccessible(page);
  await noSidewaysScroll(page);
  await context.close();
});

test("a company requests 'Ergonomisk vurdering' → on the desk with its 24-hour deadline → agreed → delivered → rated → in the team lead's figures", async ({
  browser,
}) => {
  const hr = await as(browser, HR);
  await hr.page.goto("/tilbud/ergonomisk-vurdering");
  const options = await hr.page.getByLabel("Hvem gælder det?").locator("option").allTextContents();
  await hr.page.getByLabel("Hvem gælder det?").selectOption({ label: options[1] });
  await hr.page.getByLabel("Kort beskrivelse").fill("Ondt i skulderen ved pakkebordet. Passer det i næste uge?");
  await expectAccessible(hr.page);
  await hr.page.getByRole("button", { name: "Send bestilling" }).click();
  await expect(hr.page.getByText("Bestillingen er sendt.")).toBeVisible();
  await expect(hr.page.getByTestId("request-status")).toHaveText("Modtaget");
  const requestUrl = hr.page.url().replace(/\?.*$/, "");
  await expectAccessible(hr.page);
  await noSidewaysScroll(hr.page);

  const staff = await as(browser, CONSULTANT);
  await staff.page.goto("/jobcenter?visning=team&type=service");
  await expect(staff.page.getByText(/Ergonomisk vurdering/).first()).toBeVisible();
  await staff.page.goto("/jobcenter/tilbud");
  await staff.page.getByRole("link", { name: "Ergonomisk vurdering" }).first().click();
  await staff.page.getByRole("link", { name: "Henvendelsen på skrivebordet (24-timers-frist)" }).click();
  await expect(staff.page.getByText("Svar senest").first()).toBeVisible();
  await staff.page.goBack();
  await staff.page.getByRole("button", { name: "Aftal tilbuddet" }).click();
  await expect(staff.page.getByTestId("request-status")).toHaveText("Aftalt");
  await expectAccessible(staff.page);
  await staff.page.getByRole("button", { name: "Marker som leveret" }).click();
  await expect(staff.page.getByTestId("request-status")).toHaveText("Leveret");

  await hr.page.goto(requestUrl);
  await hr.page.getByLabel("4 – Godt").check();
  await hr.page.getByLabel("Kommentar").fill("Gode råd om bordhøjden.");
  await hr.page.getByRole("button", { name: "Send vurdering" }).click();
  await expect(hr.page.getByText("Tak for jeres vurdering.")).toBeVisible();
  await expect(hr.page.getByTestId("request-status")).toHaveText("Vurderet");

  const lead = await as(browser, TEAM_LEAD);
  await lead.page.goto("/jobcenter/tilbud/tal");
  const row = lead.page.getByTestId("figures-ergonomisk-vurdering");
  await expect(row.locator('td[data-title="Bestillinger"]')).toHaveText("1");
  await expect(row.locator('td[data-title="Leveret"]')).toHaveText("1");
  await expect(row.locator('td[data-title="Virksomhedernes vurdering"]')).toHaveText("4 (af 1)");
  await expectAccessible(lead.page);
  await noSidewaysScroll(lead.page);
  const csv = await lead.page.request.get("/jobcenter/tilbud/tal.csv");
  expect(await csv.text()).toContain("Ergonomisk vurdering;active;1;0;1;0;0;1;4");
  for (const c of [hr, staff, lead]) await c.context.close();
});
