import { expect, test } from "@playwright/test";
import { expectAccessible, signIn, signOut } from "./support";

// Det Fælles Designsystem: the error summary's behaviour with JavaScript, and the header on a phone.

const inView = (selector: string) =>
  `(() => { const r = document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight; })()`;

test("a failed submit focuses the error summary; its links focus the field with the label in view, and the errors stay", async ({ page }) => {
  await page.goto("/kontakt");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // Wait for hydration: the summary's behaviour is JavaScript.
  await page.waitForFunction(() => (window as unknown as { __remixContext?: unknown }).__remixContext !== undefined);
  await page.getByRole("button", { name: "Send kode til min e-mail" }).click();
  const summary = page.locator(".error-summary");
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  expect(await page.evaluate(inView(".error-summary"))).toBe(true);
  await expectAccessible(page);

  const links = summary.getByRole("link");
  const count = await links.count();
  expect(count).toBeGreaterThan(1);
  const last = links.nth(count - 1);
  const target = (await last.getAttribute("href"))!.slice(1);
  await last.click();
  const field = page.locator(`#${target}`);
  const focused = await page.evaluate((id) => {
    const el = document.getElementById(id)!;
    return el === document.activeElement || el.contains(document.activeElement);
  }, target);
  expect(focused).toBe(true);
  const label = (await field.evaluate((el) => el.tagName)) === "FIELDSET" ? field.locator("legend") : page.locator(`label[for="${target}"]`);
  await expect(label).toBeInViewport();
  // No navigation happened: the summary and the field's own message are still there.
  await expect(summary).toBeVisible();
  await expect(links).toHaveCount(count);
  await expect(page.locator(".form-error-message").first()).toBeVisible();
});

test("on a phone (375 px) the header's menu is one row, and the page does not scroll sideways", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("/log-ind");
  const menu = page.getByRole("navigation", { name: "Hovedmenu" });
  await expect(menu).toBeVisible();
  const items = menu.getByRole("listitem");
  const tops = await items.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
  expect(new Set(tops).size).toBe(1);
  const box = (await menu.boundingBox())!;
  expect(box.height).toBeLessThan(70);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await expect(page.getByRole("banner")).toContainText("Jobcenter Eksempelby");
  await expectAccessible(page);
});

test("the accessibility statement and the privacy policy are linked from every page's footer", async ({ page }) => {
  await page.goto("/");
  const footer = page.getByRole("contentinfo");
  await footer.getByRole("link", { name: "Tilgængelighedserklæring" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tilgængelighedserklæring" })).toBeVisible();
  await expect(page.getByText("WCAG 2.1").first()).toBeVisible();
  await expect(page.getByText("Digitaliseringsstyrelsen").first()).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("contentinfo").getByRole("link", { name: "Privatlivspolitik" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Privatlivspolitik" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Sager \(Fast Track\)/ })).toContainText("krypteret");
  await expectAccessible(page);
});

test("a long text field shows its character limit: the maximum without JavaScript, the characters left while typing with it", async ({ page, browser }) => {
  const noJs = await browser.newContext({ javaScriptEnabled: false, locale: "da-DK" });
  const plain = await noJs.newPage();
  await plain.goto("/kontakt");
  const limitOf = (p: typeof page) => p.locator(".form-group", { has: p.getByLabel("Besked", { exact: false }) }).getByTestId("character-limit");
  await expect(limitOf(plain)).toHaveText("Du kan skrive op til 5000 tegn.");
  await expect(plain.getByLabel("Besked", { exact: false })).toHaveAttribute("aria-describedby", /field-message-limit/);
  await noJs.close();

  await page.goto("/kontakt");
  await page.waitForFunction(() => (window as unknown as { __remixContext?: unknown }).__remixContext !== undefined);
  await expect(limitOf(page)).toHaveText("Du har 5000 tegn tilbage");
  await page.getByLabel("Besked", { exact: false }).fill("Hej med jer");
  await expect(limitOf(page)).toHaveText("Du har 4989 tegn tilbage");
  await expectAccessible(page);
});

test("the employer's case shows where the Fast Track is: a DKFDS step indicator", async ({ page }) => {
  await signIn(page, "hanne.sorensen@vestjyskstaal.example");
  await page.getByRole("link", { name: "Mette Hansen" }).click();
  const steps = page.getByRole("list", { name: "Fast Track-forløbet" }).getByTestId("step");
  await expect(steps).toHaveCount(3);
  await expect(steps.nth(0)).toContainText("Anmodning");
  await expect(steps.nth(0).getByRole("img", { name: "Trin 1 gennemført: Anmodning" })).toBeAttached();
  await expect(steps.nth(1)).toContainText("Samtykke givet");
  await expect(steps.nth(2)).toContainText("Første samtale");
  await expect(steps.nth(2)).toHaveAttribute("aria-current", "step");
  await expectAccessible(page);

  await page.goto("/virksomhed");
  await page.getByRole("link", { name: "Lars Poulsen" }).click();
  const waiting = page.getByRole("list", { name: "Fast Track-forløbet" }).getByTestId("step");
  await expect(waiting.nth(1)).toHaveAttribute("aria-current", "step");
  await expect(waiting.nth(1)).toContainText("Svar senest");
  await signOut(page);
});
