import { expect, test } from "@playwright/test";
import { createElement } from "react";
import { render, toPlainText } from "react-email";
import { emailTemplates } from "../../emails/index";
import { expectAccessible } from "./support";

// Every email, rendered from its preview props exactly as the outbox renders it (in Danish and in English), passes axe too.
for (const [name, { Component, subject }] of Object.entries(emailTemplates)) {
  for (const lang of ["da", "en"] as const) {
    test(`email "${name}" (${lang}) is accessible and has a plain-text part`, async ({ page }) => {
      const props = (Component as unknown as { PreviewProps: Record<string, unknown> }).PreviewProps;
      expect(props, `${name} has PreviewProps`).toBeTruthy();
      const html = await render(createElement(Component as never, { ...props, lang }));
      expect((subject as (p: unknown, l: string) => string)(props, lang).length).toBeGreaterThan(5);
      expect(toPlainText(html).length).toBeGreaterThan(50);
      await page.setContent(html);
      await expect(page.locator("html")).toHaveAttribute("lang", lang);
      await expectAccessible(page);
    });
  }
}
