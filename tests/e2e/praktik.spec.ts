import { expect, test } from "@playwright/test";
import { danishDate, expectAccessible, signIn, signOut } from "./support";

test("praktik: A offers two places → B requests a retention placement → consultant finds A's offer, proposes → A accepts → approved → active → check-in → completed with an evaluation", async ({
  page,
}) => {
  const title = `Bagerimedhjælper ${Date.now()}`;
  // Company A offers two places.
  await signIn(page, "bent@bagerbent.example");
  await page.getByRole("link", { name: "Praktik", exact: true }).click();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Tilbyd en praktikplads" }).click();
  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("Arbejdsopgaver").fill("Pakning af brød, opvask og lettere forberedelse. Ingen tunge løft.");
  await page.getByLabel("Branche").selectOption({ label: "Landbrug og fødevarer" });
  await page.getByLabel("Arbejdsstedets adresse").fill("Bredgade 3");
  await page.getByLabel("Postnummer").fill("7400");
  await page.getByLabel("Kommune").selectOption("Herning");
  await page.getByLabel("Timer om ugen, mindst").fill("8");
  await page.getByLabel("Timer om ugen, højst").fill("25");
  await page.getByLabel("Ledig fra").fill(danishDate(0));
  await page.getByLabel("Antal pladser").fill("2");
  await page.getByLabel("Ingen tunge løft").check();
  await page.getByLabel("Nedsat tid").check();
  await page.getByRole("button", { name: "Sæt pladsen i banken" }).click();
  await expect(page.getByText("Pladsen er sat i praktikpladsbanken.")).toBeVisible();
  await expect(page.getByTestId("offer-status")).toHaveText("Aktiv");
  await expectAccessible(page);
  await signOut(page);

  // Company B asks for a retention placement for its sick employee.
  await signIn(page, "hanne.sorensen@vestjyskstaal.example");
  await page.getByRole("link", { name: "Praktik", exact: true }).click();
  await page.getByRole("link", { name: "Bed om virksomhedspraktik" }).click();
  await expectAccessible(page);
  await page.getByLabel("Fastholdelse: vores sygemeldte medarbejder skal prøve andre opgaver").check();
  await page.getByLabel("Sag").selectOption({ label: "Mette Hansen (120485-xxxx)" });
  await page.getByLabel("Ønsket start").fill(danishDate(0));
  await page.getByRole("textbox", { name: "Uger" }).fill("4");
  await page.getByRole("textbox", { name: "Timer om ugen" }).fill("15");
  await page.getByRole("textbox", { name: "Opgaver" }).fill("Lettere opgaver uden løft, gerne i fødevarebranchen.");
  await page.getByRole("button", { name: "Send anmodningen" }).click();
  await expect(page.getByText("Anmodningen er sendt. Jobcentret svarer inden for 24 timer.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Praktik for Mette Hansen");
  await expectAccessible(page);
  await signOut(page);

  // The consultant finds A's offer by search and proposes it.
  await signIn(page, "karin.lund@jobcenter.example");
  await page.getByRole("link", { name: "Praktik", exact: true }).click();
  await expectAccessible(page);
  await page.getByTestId("staff-placement").filter({ hasText: "Praktik for Mette Hansen" }).first().getByRole("link").click();
  await page.getByLabel("Branche").selectOption({ value: "agriculture_food" });
  await page.getByLabel("Kommune").selectOption("Herning");
  await page.getByRole("checkbox", { name: /Ingen tunge løft/ }).check();
  await page.getByRole("button", { name: "Søg" }).click();
  await expect(page.getByTestId("bank-total")).toHaveText(/^(1 plads|([2-9]|[1-9]\d+) pladser) fundet$/);
  const card = page.getByTestId("offer").filter({ hasText: title });
  await expect(card).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("radio", { name: new RegExp(title) }).check();
  await page.getByLabel("Målgruppe").selectOption("sick_leave");
  await page.getByLabel("Start", { exact: true }).fill(danishDate(0));
  await page.getByLabel("Uger", { exact: true }).fill("4");
  await page.getByRole("button", { name: "Foreslå praktikken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Foreslået");
  await expect(page.getByTestId("match")).toContainText(title);
  const placementUrl = page.url();
  await signOut(page);

  // A accepts; it sees no surname and no CPR.
  await signIn(page, "bent@bagerbent.example");
  await page.getByRole("link", { name: "Praktik", exact: true }).click();
  await page.getByTestId("hosted").getByRole("link", { name: "Praktikant fra jobcentret" }).first().click();
  await expect(page.getByText("Jobcentret foreslår en praktik hos jer")).toBeVisible();
  await expect(page.getByText("Hansen")).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Ja, vi tager praktikken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Accepteret af værten");
  const hostUrl = page.url();
  await signOut(page);

  // The consultant approves with the staff representative's consent and starts it.
  await signIn(page, "karin.lund@jobcenter.example");
  await page.goto(placementUrl);
  await page.getByLabel("Tillidsrepræsentant").fill("Tina Tillid");
  await page.getByRole("button", { name: "Godkend" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Godkendt af jobcentret");
  await page.getByRole("button", { name: "Praktikken er startet" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("I gang");
  await expectAccessible(page);
  await signOut(page);

  // A files this week's check-in.
  await signIn(page, "bent@bagerbent.example");
  await page.goto(hostUrl);
  await expect(page.getByTestId("person")).toHaveText("Mette");
  await page.getByLabel("Mødt alle dage").check();
  await page.getByLabel("Timer i alt i ugen").fill("15");
  await page.getByLabel("Godt", { exact: true }).check();
  await page.getByLabel("Kommentar").fill("God start, Mette er glad for opgaverne.");
  await page.getByRole("button", { name: "Send ugens status" }).click();
  await expect(page.getByTestId("checkins")).toContainText("Mødt alle dage");
  await expectAccessible(page);
  await signOut(page);

  // The consultant evaluates and completes.
  await signIn(page, "karin.lund@jobcenter.example");
  await page.goto(placementUrl);
  await expect(page.getByTestId("checkins")).toContainText("God start");
  await page.getByLabel("Godt", { exact: true }).check();
  await page.getByLabel("Resultat").selectOption({ label: "Andre opgaver i egen virksomhed" });
  await page.getByLabel("Evaluering", { exact: true }).fill("Mette kan klare lettere opgaver; Vestjysk Stål finder tilsvarende opgaver.");
  await page.getByRole("button", { name: "Gem evaluering" }).click();
  await expect(page.getByTestId("evaluations")).toContainText("Andre opgaver i egen virksomhed");
  await page.getByRole("button", { name: "Afslut praktikken" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Afsluttet");
  await expect(page.getByTestId("placement-events")).toContainText("Afsluttet · Karin Lund");
  await expectAccessible(page);
});
