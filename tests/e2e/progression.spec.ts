// Progression measured by the employee and the team's figures (issue 13, parts 3 and 5), on the server
// that sends mail through the Resend stub (its sign-in limit is not used up by the other journeys).
import { expect, test, type Page } from "@playwright/test";
import { resendPort } from "../../playwright.config";
import { codeIn, expectAccessible, linkIn, readStubMail, signIn, signOut } from "./support";

test.use({ baseURL: `http://localhost:${resendPort}` });
test.describe.configure({ mode: "serial" });

async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, `${page.url()} is ${scrollWidth} px wide`).toBeLessThanOrEqual(clientWidth);
}

const statements = [
  "Jeg kan klare mine arbejdsopgaver",
  "Jeg ved, hvad næste skridt er",
  "Jeg har den støtte, jeg har brug for på arbejdspladsen",
  "Jeg tror på, at jeg kommer godt tilbage i arbejde",
];

/** Rates every statement: the first by keyboard (arrow keys along the scale), the rest by clicking the number. */
async function rate(page: Page, values: number[], comment = "") {
  const first = page.getByRole("group", { name: statements[0] });
  await first.getByText("0", { exact: true }).click();
  for (let i = 0; i < values[0]; i++) await page.keyboard.press("ArrowRight");
  await expect(first.getByRole("radio", { name: String(values[0]), exact: true })).toBeChecked();
  for (let i = 1; i < statements.length; i++) {
    await page.getByRole("group", { name: statements[i] }).getByText(String(values[i]), { exact: true }).click();
  }
  if (comment) await page.getByLabel("Kommentar").fill(comment);
  await page.getByRole("button", { name: "Gem min vurdering" }).click();
  await expect(page.getByText("Din vurdering er gemt.")).toBeVisible();
}

test("the employee rates twice from their link; the employer sees the chart only while it is shared", async ({ page, browser }) => {
  // The employer opens a demo case and invites the employee to a plan: the email carries the employee's link.
  await signIn(page, "hanne.sorensen@vestjyskstaal.example", readStubMail);
  await page.getByRole("link", { name: "Peter Madsen" }).click();
  await page.waitForURL(/\/virksomhed\/sager\//);
  const caseUrl = page.url();
  await expect(page.getByTestId("progression-section")).toContainText("Medarbejderen har ikke delt sin vurdering af fremgangen med jer.");
  await page.getByRole("button", { name: "Start en fastholdelsesplan og invitér medarbejderen" }).click();
  await page.waitForURL(/\/plan\/[^/]+\/rediger/);
  const invitation = await readStubMail(page, "peter.madsen@example.dk", /Vær med til at skrive din fastholdelsesplan/);
  const link = linkIn(invitation, "/medarbejder/").replace(/^https?:\/\/[^/]+/, "");

  const employeeContext = await browser.newContext({ locale: "da-DK", timezoneId: "Europe/Copenhagen", viewport: { width: 375, height: 800 } });
  const employee = await employeeContext.newPage();
  await employee.goto(`http://localhost:${resendPort}${link}`);
  await employee.getByRole("button", { name: "Send kode" }).click();
  const code = codeIn(await readStubMail(page, "peter.madsen@example.dk", /Din kode til Fasthold/));
  await employee.getByLabel("Kode fra e-mailen").fill(code);
  await employee.getByRole("button", { name: "Åbn min side" }).click();
  await expect(employee.getByRole("heading", { name: "Din side, Peter Madsen" })).toBeVisible();
  await employee.getByRole("link", { name: "Vurdér din fremgang" }).click();
  await expect(employee.getByRole("heading", { level: 1, name: "Din fremgang" })).toBeVisible();
  await expect(employee.getByTestId("progression-none")).toBeVisible();
  await expectNoSidewaysScroll(employee);
  await expectAccessible(employee);

  // A comment with a health word is held until confirmed.
  await employee.getByRole("group", { name: statements[0] }).getByText("3", { exact: true }).click();
  for (let i = 1; i < statements.length; i++) await employee.getByRole("group", { name: statements[i] }).getByText("4", { exact: true }).click();
  await employee.getByLabel("Kommentar").fill("Min migræne er blevet bedre.");
  await employee.getByRole("button", { name: "Gem min vurdering" }).click();
  await expect(employee.getByTestId("progression-health-warning")).toContainText("migræne");
  await expect(employee.getByRole("group", { name: statements[0] }).getByRole("radio", { name: "3", exact: true })).toBeChecked();
  await expectAccessible(employee);
  await employee.getByLabel("Kommentar").fill("Opgaverne på lageret går bedre.");
  await employee.getByRole("button", { name: "Gem min vurdering" }).click();
  await expect(employee.getByText("Din vurdering er gemt.")).toBeVisible();

  await rate(employee, [6, 7, 5, 8]);
  const table = employee.getByTestId("progression-table");
  await expect(table.locator("tbody tr")).toHaveCount(2);
  await expect(table.locator("tbody tr").first()).toContainText("6");
  await expect(table.locator("tbody tr").last()).toContainText("Opgaverne på lageret går bedre.");
  // Both points in the chart: a line through two markers per statement.
  await expect(employee.getByTestId("progression-series-tasks").locator("circle")).toHaveCount(2);
  await expect(employee.getByTestId("progression-series-tasks").locator("polyline")).toHaveCount(1);
  await expect(employee.getByTestId("progression-share-state")).toHaveText("Kun jobcentret kan se dine vurderinger.");
  await expectNoSidewaysScroll(employee);
  await expectAccessible(employee);

  // Not shared yet: the employer sees nothing of it.
  await page.goto(caseUrl);
  await expect(page.getByTestId("progression-section")).toContainText("har ikke delt");
  await expect(page.getByTestId("progression-table")).toHaveCount(0);

  // Shared: the employer sees both points; shared back off: gone again.
  await employee.getByLabel("Ja, min arbejdsgiver må se dem").check();
  await employee.getByRole("button", { name: "Gem mit valg" }).click();
  await expect(employee.getByText("Gemt: din arbejdsgiver kan nu se dine vurderinger.")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("progression-table").locator("tbody tr")).toHaveCount(2);
  await expect(page.getByTestId("progression-series-tasks").locator("circle")).toHaveCount(2);
  await expectAccessible(page);

  await employee.getByLabel("Nej, kun jobcentret").check();
  await employee.getByRole("button", { name: "Gem mit valg" }).click();
  await expect(employee.getByText("Gemt: din arbejdsgiver kan ikke længere se dine vurderinger.")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("progression-table")).toHaveCount(0);
  await employeeContext.close();
  await signOut(page);
});

test("the team lead's figures: month and quarter, the 25 % target, definitions, CSV, at 375 px", async ({ page }) => {
  await signIn(page, "birgitte.holm@jobcenter.example", readStubMail);
  await page.getByRole("link", { name: "Nøgletal" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Nøgletal" })).toBeVisible();
  // The demo data: open cases, one over 52 weeks, closed ones with every outcome.
  expect(Number(await page.getByTestId("kpi-open").textContent())).toBeGreaterThanOrEqual(9);
  expect(Number(await page.getByTestId("kpi-over52").textContent())).toBeGreaterThanOrEqual(1);
  await expect(page.getByTestId("figures-table").locator("tbody tr")).toHaveCount(12);
  await expect(page.getByTestId("chart-target")).toContainText("Mål 25 %");
  await expect(page.getByTestId("figures-definitions")).toContainText("Delvis tilbage: af de sager");
  await expectAccessible(page);

  await page.getByLabel("Periode", { exact: true }).selectOption("kvartal");
  await page.getByRole("button", { name: "Vis tal" }).click();
  await expect(page.getByTestId("figures-table").locator("tbody tr")).toHaveCount(8);
  await expect(page.getByTestId("figures-table")).toContainText("kvartal");

  await page.getByLabel("Konsulent", { exact: true }).selectOption({ label: "Jonas Mikkelsen" });
  await page.getByRole("button", { name: "Vis tal" }).click();
  await expect(page).toHaveURL(/konsulent=/);
  await expectAccessible(page);

  const csv = await page.request.get("/jobcenter/noegletal.csv?periode=maaned");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  const text = await csv.text();
  expect(text).toContain("periode;fra;til;konsulent;aabne_sager_nu");
  // "Alle", then each of the demo's three staff, 12 months each.
  expect(text.trim().split("\r\n")).toHaveLength(1 + 12 * 4);
  expect(text).toContain(";Alle;");
  expect(text).toContain(";Karin Lund;");

  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/jobcenter/noegletal");
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
  await signOut(page);
});

test("a consultant sees only their own figures", async ({ page }) => {
  await signIn(page, "jonas.mikkelsen@jobcenter.example", readStubMail);
  await page.goto("/jobcenter/noegletal");
  await expect(page.getByText("Dine nøgletal for de sager, du følger")).toBeVisible();
  await expect(page.getByLabel("Konsulent", { exact: true })).toHaveCount(0);
  await expectAccessible(page);
  const res = await page.request.get("/jobcenter/noegletal.csv?konsulent=abcdefghijkl");
  expect(res.status()).toBe(400);
  await signOut(page);
});
