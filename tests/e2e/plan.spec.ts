import { expect, test } from "@playwright/test";
import { codeIn, expectAccessible, linkIn, readMail, signIn, signOut, typedDate } from "./support";

test("retention plan: employer starts → consultant adds a measure and a six-week step-up → employee approves via link and code → employer approves → locked, printable, mailed → an edit awaits new approval", async ({
  page,
  browser,
}) => {
  // The employer starts a plan from the case.
  await signIn(page, "hanne.sorensen@vestjyskstaal.example");
  await page.getByRole("link", { name: "Lars Poulsen" }).click();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Start en fastholdelsesplan og invitér medarbejderen" }).click();
  await expect(page.getByRole("heading", { name: "Redigér fastholdelsesplan for Lars Poulsen" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Eget job med ændringer").check();
  await page.getByLabel("Stilling").fill("Svejser");
  await page.getByLabel("Normal arbejdstid (timer om ugen)").fill("37");
  await page.getByRole("button", { name: "Gem ny version" }).click();
  await expect(page.getByRole("heading", { name: "Fastholdelsesplan for Lars Poulsen" })).toBeVisible();
  await expect(page.getByTestId("plan-goal")).toHaveText("Eget job med ændringer");
  await expectAccessible(page);
  const planUrl = page.url().replace(/\?.*$/, "");
  await signOut(page);

  // The consultant adds an accommodation and a six-week step-up.
  await signIn(page, "karin.lund@jobcenter.example");
  await page.getByRole("link", { name: "Planer" }).click();
  await expectAccessible(page);
  await page.getByTestId("plan-row").filter({ hasText: "Lars Poulsen" }).getByRole("link", { name: "Lars Poulsen" }).click();
  await page.getByRole("link", { name: "Redigér planen" }).click();
  // The plan has no measure yet: "Tilføj tiltag" adds one empty row and puts the focus in it.
  await expect(page.getByRole("group", { name: "Nyt tiltag" })).toHaveCount(0);
  await page.getByRole("button", { name: "Tilføj tiltag" }).click();
  const measure = page.getByRole("group", { name: "Nyt tiltag" });
  await expect(measure).toHaveCount(1);
  await expect(measure.getByLabel("Type")).toBeFocused();
  // The editor and the plan fit a phone: nothing scrolls sideways at 375 px.
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await page.setViewportSize({ width: 1280, height: 720 });
  // A new measure starts with nothing chosen: type, owner and status are the user's choice.
  await expect(measure.getByLabel("Ansvarlig")).toHaveValue("");
  await measure.getByLabel("Type").selectOption({ label: "Nedsat tid" });
  await measure.getByLabel("Ansvarlig").selectOption({ label: "Arbejdsgiver" });
  await measure.getByLabel("Status").selectOption({ label: "Planlagt" });
  await measure.getByLabel("Tiltag").fill("Nedsat tid med gradvis optrapning");
  await measure.getByLabel("Start").fill(typedDate(7));
  await measure.getByLabel("Slut").fill(typedDate(48));
  await page.getByLabel("Startdato").fill(typedDate(7));
  // A step-up that leaves too little absence is refused next to the week, with the hours kept.
  const hours = ["12", "16", "20", "24", "34", "37"];
  for (const [i, h] of hours.entries()) await page.getByLabel(`Uge ${i + 1}, timer`).fill(h);
  await page.getByRole("button", { name: "Gem ny version" }).click();
  await expect(page.getByText("Mens medarbejderen er delvist sygemeldt, skal fraværet være mindst 4 timer om ugen").first()).toBeVisible();
  await expect(page.getByLabel("Uge 5, timer")).toHaveValue("34");
  await expectAccessible(page);
  await page.getByLabel("Uge 5, timer").fill("30");
  await page.getByRole("button", { name: "Gem ny version" }).click();
  await expect(page.getByTestId("plan-stepup").locator("tbody tr")).toHaveCount(6);
  await expect(page.getByTestId("plan-accommodations")).toContainText("Nedsat tid med gradvis optrapning");
  await expectAccessible(page);
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
  await page.setViewportSize({ width: 1280, height: 720 });
  await signOut(page);

  // The employee opens the emailed link, signs in with a code and approves.
  const invitation = await readMail(page, "lars.poulsen@example.dk", /Vær med til at skrive din fastholdelsesplan/);
  const link = linkIn(invitation, "/medarbejder/");
  const employeeContext = await browser.newContext({ locale: "da-DK", timezoneId: "Europe/Copenhagen" });
  const employee = await employeeContext.newPage();
  await employee.goto(link);
  await expect(employee.getByRole("heading", { name: "Hej Lars Poulsen" })).toBeVisible();
  await expectAccessible(employee);
  await employee.getByRole("button", { name: "Send kode" }).click();
  await expect(employee.getByLabel("Kode fra e-mailen")).toBeVisible();
  const code = codeIn(await readMail(page, "lars.poulsen@example.dk", /Din kode til Fasthold/));
  await employee.getByLabel("Kode fra e-mailen").fill(code);
  await employee.getByRole("button", { name: "Åbn min side" }).click();
  await expect(employee.getByRole("heading", { name: "Din side, Lars Poulsen" })).toBeVisible();
  await expectAccessible(employee);
  await employee.getByRole("link", { name: "Åbn planen" }).click();
  await expect(employee.getByTestId("plan-stepup").locator("tbody tr")).toHaveCount(6);
  await employee.getByRole("button", { name: /^Godkend version \d+$/ }).click();
  await expect(employee.getByText("Din godkendelse er registreret.")).toBeVisible();
  await expect(employee.getByTestId("approvals")).toContainText("Medarbejder: godkendt af Lars Poulsen");
  await expectAccessible(employee);

  // The employer approves: the version is locked and in force.
  await signIn(page, "hanne.sorensen@vestjyskstaal.example");
  await page.goto(planUrl);
  await page.getByRole("button", { name: /^Godkend version \d+$/ }).click();
  await expect(page.getByRole("heading", { name: "Planen er godkendt af begge parter" })).toBeVisible();
  const signedTitle = await page.getByRole("heading", { name: /^Gældende plan: version \d+$/ }).textContent();
  const signedVersion = Number(/version (\d+)/.exec(signedTitle!)![1]);
  await expectAccessible(page);
  const pdf = await page.request.get(`${planUrl}/pdf?version=${signedVersion}`);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  for (const to of ["hanne.sorensen@vestjyskstaal.example", "lars.poulsen@example.dk", "karin.lund@jobcenter.example"]) {
    expect(await readMail(page, to, /Fastholdelsesplanen er godkendt: Lars Poulsen/)).toContain(`Version ${signedVersion} er nu låst`);
  }

  // A later edit: a new version awaits approval, the signed one stays visible.
  await page.goto(`${planUrl}/rediger`);
  await page.getByLabel("Evalueringsdato").fill(typedDate(50));
  await page.getByRole("button", { name: "Gem ny version" }).click();
  await expect(page.getByRole("heading", { name: `Gældende plan: version ${signedVersion}` })).toBeVisible();
  await expect(page.getByText(`Der er en nyere version (${signedVersion + 1}), som afventer godkendelse.`)).toBeVisible();
  await expect(page.getByRole("heading", { name: `Godkendelse af version ${signedVersion + 1}` })).toBeVisible();
  await expect(page.getByTestId("approvals")).not.toContainText("godkendt af");
  await page.getByRole("link", { name: `Se den godkendte version ${signedVersion}` }).click();
  await expect(page.getByText(`Du ser version ${signedVersion}.`)).toBeVisible();
  await expectAccessible(page);
  await page.goto(`${planUrl}/historik?fra=${signedVersion}&til=${signedVersion + 1}`);
  await expect(page.getByTestId("plan-diff")).toContainText("Evalueringsdato");
  await expectAccessible(page);
  await employeeContext.close();
});

test("plan editor without JavaScript: sections to jump between, and each Tilføj button adds one empty row with the typed text kept", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "da-DK", timezoneId: "Europe/Copenhagen" });
  const page = await context.newPage();
  await signIn(page, "hanne.sorensen@vestjyskstaal.example");
  await page.getByRole("link", { name: "Mette Hansen" }).click();
  await page.getByRole("button", { name: "Start en fastholdelsesplan og invitér medarbejderen" }).click();
  await expect(page.getByRole("heading", { name: "Redigér fastholdelsesplan for Mette Hansen" })).toBeVisible();
  const sections = page.getByRole("navigation", { name: "Planens dele" });
  await sections.getByRole("link", { name: "Opfølgning" }).click();
  expect(new URL(page.url()).hash).toBe("#section-followUp");
  await expect(page.getByText("Ingen opgaver endnu.")).toBeVisible();

  await page.getByLabel("Stilling").fill("Lagerchef");
  await page.getByRole("button", { name: "Tilføj opgave" }).click();
  // The answer opens at the new row; what was typed is kept, and the new row has nothing chosen.
  expect(new URL(page.url()).hash).toBe("#row-tasks-0");
  await expect(page.getByLabel("Stilling")).toHaveValue("Lagerchef");
  const task = page.getByRole("group", { name: "Ny opgave" });
  await expect(task).toHaveCount(1);
  await expect(task.getByLabel("Vurdering")).toHaveValue("");
  await task.getByLabel("Opgave", { exact: true }).fill("Styre vareindgang");
  await page.getByRole("button", { name: "Tilføj møde" }).click();
  await expect(page.getByRole("group", { name: "Ny opgave" }).getByLabel("Opgave", { exact: true })).toHaveValue("Styre vareindgang");
  await expect(page.getByRole("group", { name: "Nyt møde" })).toHaveCount(1);
  await expect(page.getByRole("group", { name: "Ny opgave" })).toHaveCount(1);

  await page.getByRole("group", { name: "Ny opgave" }).getByLabel("Vurdering").selectOption({ label: "Kan" });
  await page.getByRole("button", { name: "Gem ny version" }).click();
  await expect(page.getByText(/^Gemt som version \d+\.$/)).toBeVisible();
  await expect(page.getByText("Styre vareindgang")).toBeVisible();
  await context.close();
});
