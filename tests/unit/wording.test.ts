// The words a new user met: singular and plural, Danish dates and months, an
// open period, a badge apart from the word before it, and error summaries that
// name the field. Components are rendered with react-dom/server.
import { createElement, type ReactNode } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { ErrorSummary } from "~/components/forms";
import ContactPage from "~/routes/kontakt._index";
import { PlanDiff } from "~/components/planDiff";
import { Period } from "~/components/time";
import { da } from "~/locales/da";
import { formatDateShort, formatMonth } from "~/utils/dates";
import { translate } from "~/utils/i18n.server";

const remix = vi.hoisted(() => ({ loaderData: undefined as unknown }));
vi.mock("@remix-run/react", async () => {
  const { createElement } = await import("react");
  type Props = { children?: ReactNode; to?: string; [key: string]: unknown };
  return {
    useRouteLoaderData: () => ({ lang: "da" }),
    useLoaderData: () => remix.loaderData,
    useActionData: () => undefined,
    useSearchParams: () => [new URLSearchParams(), () => undefined],
    Form: ({ children, ...props }: Props) => createElement("form", props, children),
    Link: ({ children, to, ...props }: Props) => createElement("a", { ...props, href: to }, children),
  };
});

const text = (html: string) =>
  html
    .replace(/<!-- -->/g, "")
    .replace(/<[^>]+>/g, "")
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

describe("wording", () => {
  it("counts places in the singular and the plural", () => {
    expect(translate("da", "praktik.bank.total", { count: 1 })).toBe("1 plads fundet");
    expect(translate("da", "praktik.bank.total", { count: 2 })).toBe("2 pladser fundet");
    expect(translate("da", "praktik.bank.total", { count: 0 })).toBe("0 pladser fundet");
  });

  it("says plainly which offers the bank shows, and speaks to consultants about the company's accommodations", () => {
    expect(da["praktik.bank.lead"]).not.toMatch(/pladser med ledige pladser/);
    expect(da["praktik.bank.accommodations"]).not.toMatch(/\bI kan\b/);
  });

  it("uses Danish words in the newsletter figures", () => {
    expect(da["newsletter.delivery.bounced"]).not.toMatch(/bounce/i);
    expect(da["newsletter.delivery.batch"]).not.toBe("Parti");
  });

  it("writes dates and months in Danish", () => {
    expect(formatDateShort("2026-12-10", "da")).toBe("10. december 2026");
    expect(formatMonth("2026-06", "da")).toBe("juni 2026");
  });

  it("names a meeting in the plan history by its Danish date", () => {
    const html = text(renderToString(createElement(PlanDiff, { changes: [{ section: "followUp", type: "added", item: "2026-12-10" }] })));
    expect(html).toContain("10. december 2026");
    expect(html).not.toContain("2026-12-10");
  });

  it("shows an open period as from a date, never with a dangling dash", () => {
    const open = text(renderToString(createElement(Period, { start: "2026-11-30", end: null })));
    expect(open).toMatch(/^fra .*30\. november 2026$/);
    expect(open).not.toMatch(/– –/);
    expect(text(renderToString(createElement(Period, { start: "2026-11-30", end: "2026-12-24" })))).toMatch(/30\. november 2026 – .*24\. december 2026/);
  });

  it("names the field in the error summary", () => {
    const html = text(renderToString(createElement(ErrorSummary, { failure: { errors: { email: da["error.required"] }, values: {} } })));
    expect(html).toContain("E-mail: Udfyld feltet.");
  });

  it("pre-chooses no answer method on Kontakt (a chosen phone would make the phone required)", () => {
    remix.loaderData = { signedIn: false, companyName: null, defaults: { contactName: "", contactEmail: "", contactPhone: "" }, contact: null };
    const html = renderToString(createElement(ContactPage));
    const radios = [...html.matchAll(/<input[^>]*name="preferredContact"[^>]*>/g)].map((m) => m[0]);
    expect(radios).toHaveLength(3);
    expect(radios.some((r) => /\schecked/.test(r))).toBe(false);
  });
});
