import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support";

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
