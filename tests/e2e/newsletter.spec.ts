import { expect, test } from "@playwright/test";
import { resendPort } from "../../playwright.config";
import { expectAccessible, linkIn, readStubMail, signIn, signOut, stubCalls } from "./support";

// This journey runs against the server that sends through the official resend SDK to the stub.
test.use({ baseURL: `http://localhost:${resendPort}` });

async function writeIssue(page: import("@playwright/test").Page, title: string, heading: string, markdown: string): Promise<string> {
  await page.getByRole("link", { name: "Nyhedsbrev", exact: true }).click();
  await page.getByRole("link", { name: "Skriv et nyt nummer" }).click();
  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("Forhåndstekst").fill("Kort nyt fra jobcentret.");
  await page.getByLabel("Overskrift").fill(heading);
  await page.getByLabel("Tekst (Markdown)").fill(markdown);
  await page.getByRole("button", { name: "Gem" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByTestId("issue-status")).not.toHaveText(/Sendes|Sendt/);
  return /\/jobcenter\/nyhedsbrev\/([^/?]+)/.exec(page.url())![1];
}

async function sendAndWait(page: import("@playwright/test").Page): Promise<void> {
  // Scroll first: Chromium hit-tests a click right after its own scroll against the sandboxed
  // preview frame's old position, and the click lands in the frame.
  await page.getByRole("button", { name: "Send nu" }).scrollIntoViewIfNeeded();
  await page.getByRole("button", { name: "Send nu" }).click();
  // Nothing goes before the confirmation, which names the number of recipients.
  await expect(page.getByTestId("send-confirm")).toContainText(/Send til \d+ modtagere?\?/);
  await expect(page.getByTestId("issue-status")).not.toHaveText(/Sendes|Sendt/);
  await expectAccessible(page);
  await page.getByRole("button", { name: /^Ja, send til \d+ modtagere?$/ }).scrollIntoViewIfNeeded();
  await page.getByRole("button", { name: /^Ja, send til \d+ modtagere?$/ }).click();
  await expect(page.getByTestId("issue-status")).toHaveText(/Sendes|Sendt/);
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("issue-status")).toHaveText("Sendt", { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
}

test("newsletter: subscribe → confirm by email → consultant writes and sends an issue through Resend → one-click unsubscribe → the next issue skips the address", async ({
  page,
}) => {
  const address = `hr.${Date.now()}@tomrer.example`;

  // A company's HR person signs up; nothing is sent to them until they confirm.
  await page.goto("/nyhedsbrev");
  await expectAccessible(page);
  await page.getByLabel("Dit navn").fill("Lise Tømrer");
  await page.getByLabel("E-mail").fill(address);
  await page.getByLabel("Virksomhedens navn").fill("Tømrer Lise ApS");
  await page.getByRole("button", { name: "Tilmeld nyhedsbrevet" }).click();
  await expect(page.getByRole("heading", { name: "Tjek din e-mail" })).toBeVisible();

  const confirmMail = await readStubMail(page, address, /nyhedsbrev/i);
  await page.goto(linkIn(confirmMail, "/nyhedsbrev/bekraeft"));
  await expect(page.getByRole("heading", { name: "Bekræft dit abonnement" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Bekræft abonnementet" }).click();
  await expect(page.getByRole("heading", { name: "Tak, du er tilmeldt" })).toBeVisible();

  // The consultant writes an issue; HTML in the Markdown is shown as text, never run.
  await signIn(page, "karin.lund@jobcenter.example", readStubMail);
  const title = `Nyhedsbrev Q4 ${Date.now()}`;
  const firstId = await writeIssue(
    page,
    title,
    "Delvis raskmelding virker",
    "Tre ud af fire vender tilbage *hurtigere* med nedsat tid.\n\n- Tal med medarbejderen tidligt\n- Brug en fastholdelsesplan\n\n<script>alert(1)</script>",
  );
  await expect(page.frameLocator("iframe.mail-frame").getByRole("heading", { name: "Delvis raskmelding virker" })).toBeVisible();
  await expect(page.frameLocator("iframe.mail-frame").getByText("<script>alert(1)</script>")).toBeVisible();
  await expectAccessible(page);

  await sendAndWait(page);
  await expect(page.getByTestId("progress")).toHaveAttribute("value", /\d+/);
  await expect(page.getByRole("cell", { name: address })).toBeVisible();
  await expectAccessible(page);

  // Resend received it in a batch, with both unsubscribe headers, and an idempotency key per batch.
  const batchItems = (await stubCalls(page))
    .filter((c) => c.path === "/emails/batch" && c.status === 200 && c.idempotencyKey?.startsWith(`newsletter-${firstId}-`))
    .flatMap((c) => c.body as any[]);
  const mine = batchItems.find((e) => [e.to].flat().includes(address));
  expect(mine, "the subscriber's copy was in a batch").toBeTruthy();
  expect(mine.subject).toBe(title);
  expect(mine.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
  const unsubscribeUrl = /^<(.+)>$/.exec(mine.headers["List-Unsubscribe"])![1];
  expect(mine.text).toContain(unsubscribeUrl);
  expect(mine.html).not.toContain("<script>");

  // The archive shows the sent issue to anyone.
  await signOut(page);
  await page.goto("/nyhedsbrev/arkiv");
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("heading", { name: "Delvis raskmelding virker" })).toBeVisible();
  await expect(page.getByText("Tal med medarbejderen tidligt")).toBeVisible();
  await expectAccessible(page);

  // The mail client's one-click unsubscribe (RFC 8058): a POST, no sign-in.
  const oneClick = await page.request.post(unsubscribeUrl, { form: { "List-Unsubscribe": "One-Click" } });
  expect(oneClick.status()).toBe(200);
  await page.goto(unsubscribeUrl);
  await expect(page.getByRole("heading", { name: "Du er afmeldt" })).toBeVisible();
  await expect(page.getByText(`${address} får ikke flere numre`)).toBeVisible();
  await expectAccessible(page);

  // The next issue goes to everyone else, not to the address that left.
  await signIn(page, "karin.lund@jobcenter.example", readStubMail);
  const secondId = await writeIssue(page, `Nyhedsbrev Q1 ${Date.now()}`, "Fast Track", "Meld sygemeldte til Fast Track, så ringer vi inden for en uge.");
  await sendAndWait(page);
  const secondItems = (await stubCalls(page))
    .filter((c) => c.path === "/emails/batch" && c.status === 200 && c.idempotencyKey?.startsWith(`newsletter-${secondId}-`))
    .flatMap((c) => c.body as any[]);
  expect(secondItems.length).toBeGreaterThan(0);
  expect(secondItems.some((e) => [e.to].flat().includes(address))).toBe(false);
  await expect(page.getByRole("cell", { name: address })).toHaveCount(0);
});

test("newsletter: a consultant imports a CSV file and sees each row's outcome; an employer leaves from their profile", async ({ page }) => {
  await signIn(page, "karin.lund@jobcenter.example", readStubMail);
  await page.getByRole("link", { name: "Nyhedsbrev", exact: true }).click();
  await page.getByRole("link", { name: "Importér abonnenter" }).click();
  await expectAccessible(page);
  const stamp = Date.now();
  const csv = `email;navn;virksomhed\nny.${stamp}@plast.example;Ole Plast;Herning Plast ApS\nikke-en-adresse;Uden Adresse;\nhanne.sorensen@vestjyskstaal.example;Hanne Sørensen;Vestjysk Stål A/S\nny.${stamp}@plast.example;Ole Plast;Herning Plast ApS\n`;
  await page.getByLabel("CSV-fil").setInputFiles({ name: "abonnenter.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await page.getByRole("button", { name: "Importér" }).click();
  await expect(page.getByRole("heading", { name: "Resultat" })).toBeVisible();
  const rowFor = (line: number) => page.getByRole("row").filter({ has: page.getByRole("cell", { name: String(line), exact: true }) });
  await expect(rowFor(2)).toContainText("Tilføjet, bekræftelsesmail sendt");
  await expect(rowFor(3)).toContainText("Ugyldig");
  await expect(rowFor(4)).toContainText("Findes allerede");
  await expect(rowFor(5)).toContainText("Står flere gange i filen");
  await expectAccessible(page);
  // The new address must confirm before it gets anything.
  expect(await readStubMail(page, `ny.${stamp}@plast.example`, /nyhedsbrev/i)).toContain("/nyhedsbrev/bekraeft");
  await signOut(page);

  // Hanne subscribed from her profile (demo data) and leaves the same way.
  await signIn(page, "hanne.sorensen@vestjyskstaal.example", readStubMail);
  await page.getByRole("link", { name: "Min profil" }).click();
  await expect(page.getByTestId("profile-subscription")).toHaveText("Du får nyhedsbrevet.");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Afmeld nyhedsbrevet" }).click();
  await expect(page.getByTestId("profile-subscription")).toHaveText("Du får ikke nyhedsbrevet.");
  await page.getByRole("button", { name: "Tilmeld mig nyhedsbrevet" }).click();
  await expect(page.getByTestId("profile-subscription")).toHaveText("Du får nyhedsbrevet.");
});
