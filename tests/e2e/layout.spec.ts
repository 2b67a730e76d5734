// Every page of every role, on a phone (375 px) and a desktop (1280 px): never wider
// than the screen, axe (WCAG 2.1 A/AA) finds nothing, and with JavaScript the page hydrates
// without an error (no text missing from the page's texts, no hydration mismatch). Runs on the
// server that sends mail through the Resend stub (its sign-in limit is not used up by the journeys).
import { expect, test, type Page } from "@playwright/test";
import { resendPort } from "../../playwright.config";
import { collectPageErrors, expectAccessible, readStubMail, signIn, signOut, waitForHydration } from "./support";

test.use({ baseURL: `http://localhost:${resendPort}` });

let pageErrors: string[] = [];
test.beforeEach(({ page }) => {
  pageErrors = collectPageErrors(page);
});
test.afterEach(() => {
  expect(pageErrors, "errors in the browser's console").toEqual([]);
});

const widths = [375, 1280] as const;

/** The document is no wider than the viewport: nothing scrolls sideways (soft, so one run names every page too wide). */
async function expectNoSidewaysScroll(page: Page, width: number): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect.soft(scrollWidth, `${page.url()} at ${width} px is ${scrollWidth} px wide`).toBeLessThanOrEqual(clientWidth);
}

async function checkPages(page: Page, paths: string[]): Promise<void> {
  for (const width of widths) {
    await page.setViewportSize({ width, height: 900 });
    for (const path of paths) {
      await page.goto(path);
      await waitForHydration(page);
      await expectNoSidewaysScroll(page, width);
      await expectAccessible(page);
    }
  }
}

/** The href of the first link on a page whose address matches, to reach a detail page from a list. */
async function firstLink(page: Page, from: string, pattern: RegExp): Promise<string | null> {
  await page.goto(from);
  const hrefs = await page.locator("main a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.find((href) => pattern.test(href)) ?? null;
}

test("signed out: every public page fits a phone and a desktop", async ({ page }) => {
  await checkPages(page, [
    "/",
    "/log-ind",
    "/opret-virksomhed",
    "/kontakt",
    "/nyhedsbrev",
    "/nyhedsbrev/arkiv",
    "/vejledning",
    "/vejledning/fast-track",
    "/tilbud",
    "/soeg?q=sygemelding",
    "/tilgaengelighed",
    "/privatliv",
  ]);
});

test("HR: every page fits a phone and a desktop", async ({ page }) => {
  await signIn(page, "hanne.sorensen@vestjyskstaal.example", readStubMail);
  const pages = [
    "/virksomhed",
    "/virksomhed/fast-track",
    "/virksomhed/henvendelser",
    "/virksomhed/praktik",
    "/virksomhed/praktik/anmod",
    "/virksomhed/praktik/tilbud/ny",
    "/virksomhed/profil",
    "/virksomhed/tilbud",
    "/virksomhed?vis=afsluttede",
    "/kontakt",
  ];
  for (const [from, pattern] of [
    ["/virksomhed", /^\/virksomhed\/sager\/[^/]+$/],
    ["/virksomhed/henvendelser", /^\/virksomhed\/henvendelser\/[^/]+$/],
    ["/virksomhed/praktik", /^\/virksomhed\/praktik\/(?!anmod|tilbud)[^/]+$/],
    ["/virksomhed/praktik", /^\/virksomhed\/praktik\/tilbud\/(?!ny)[^/]+$/],
  ] as const) {
    const href = await firstLink(page, from, pattern);
    if (href) pages.push(href);
    // A case's meetings page too.
    if (href?.startsWith("/virksomhed/sager/")) pages.push(`${href}/moeder`);
  }
  await checkPages(page, pages);
  await signOut(page);
});

test("consultant and team lead: every page fits a phone and a desktop", async ({ page }) => {
  await signIn(page, "karin.lund@jobcenter.example", readStubMail);
  const pages = [
    "/jobcenter",
    "/jobcenter?visning=team",
    "/jobcenter/opfoelgning",
    "/jobcenter/opfoelgning?visning=team",
    "/jobcenter/planer",
    "/jobcenter/praktik",
    "/jobcenter/praktik/bank",
    "/jobcenter/virksomheder",
    "/jobcenter/nyhedsbrev",
    "/jobcenter/nyhedsbrev/ny",
    "/jobcenter/nyhedsbrev/import",
    "/jobcenter/profil",
    "/jobcenter/noegletal",
    "/jobcenter/tider",
    "/jobcenter/tilbud",
    "/jobcenter/vejledning",
    "/jobcenter/indsigt",
  ];
  for (const [from, pattern] of [
    ["/jobcenter?visning=team", /^\/jobcenter\/henvendelser\/[^/]+$/],
    ["/jobcenter/praktik", /^\/jobcenter\/praktik\/(?!bank)[^/]+$/],
    ["/jobcenter/opfoelgning?visning=team", /^\/jobcenter\/sager\/[^/]+$/],
    ["/jobcenter/planer", /^\/plan\/[^/]+$/],
    ["/jobcenter/nyhedsbrev", /^\/jobcenter\/nyhedsbrev\/(?!ny|import)[^/]+$/],
    ["/jobcenter/tider", /^\/jobcenter\/moeder\/[^/]+$/],
  ] as const) {
    const href = await firstLink(page, from, pattern);
    if (href) pages.push(href);
    // The plan's editor and history too, when the demo has a plan.
    if (href?.startsWith("/plan/")) pages.push(`${href}/rediger`, `${href}/historik`);
  }
  await checkPages(page, pages);
  await signOut(page);

  await signIn(page, "birgitte.holm@jobcenter.example", readStubMail);
  await checkPages(page, [
    "/jobcenter/rapport",
    "/jobcenter/noegletal",
    "/jobcenter/noegletal?periode=kvartal",
    "/jobcenter/revision",
    "/jobcenter/kolleger",
    "/jobcenter/tilbud/tal",
  ]);
});
