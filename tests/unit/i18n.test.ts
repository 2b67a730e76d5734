import { describe, expect, it } from "vitest";
import { da } from "~/locales/da";
import { en } from "~/locales/en";
// The server registers English at start; the browser loads it only for English pages (entry.client.tsx).
import { translate } from "~/utils/i18n.server";

describe("translations", () => {
  it("has an English text for every Danish one, with the same placeholders", () => {
    for (const key of Object.keys(da) as (keyof typeof da)[]) {
      expect(en[key], key).toBeTruthy();
      const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(vars(en[key]), key).toEqual(vars(da[key]));
    }
    expect(Object.keys(en).sort()).toEqual(Object.keys(da).sort());
  });

  it("uses the singular form for a count of 1 where there is one", () => {
    expect(translate("da", "newsletter.send.confirmQuestion", { count: 1 })).toBe("Send til 1 modtager?");
    expect(translate("da", "newsletter.send.confirmQuestion", { count: 2 })).toBe("Send til 2 modtagere?");
    expect(translate("en", "newsletter.send.confirmQuestion", { count: 0 })).toBe("Send to 0 recipients?");
  });

  it("fills in placeholders", () => {
    expect(translate("da", "deadline.left", { duration: "2 t" })).toBe("2 t tilbage");
    expect(translate("en", "deadline.left", { duration: "2 h" })).toBe("2 h left");
  });
});
