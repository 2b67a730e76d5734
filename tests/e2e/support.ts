import AxeBuilder from "@axe-core/playwright";
import { expect, type BrowserContext, type Page } from "@playwright/test";
import { generateTOTP } from "@epic-web/totp";
import axe from "axe-core";
import { staffTotpSecret, stubPort } from "../../playwright.config";

const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

type AxeWindow = { axe: typeof axe };

/**
 * One blank page per browser context, with axe loaded once, where every check's per-frame results are
 * put together (axe.finishRun). @axe-core/playwright's analyze() opens a new blank page for that on
 * each call and loads axe's 600 KB source into it again: that was about 0.4 s of a check's 1.1 s.
 * The results are the same: finishRun only merges the partial results with the given options.
 */
const finishers = new WeakMap<BrowserContext, Promise<Page>>();

function finisher(context: BrowserContext): Promise<Page> {
  let page = finishers.get(context);
  if (!page) {
    page = (async () => {
      const blank = await context.newPage();
      await blank.evaluate(axe.source);
      // As @axe-core/playwright configures its blank page.
      await blank.evaluate(() =>
        (window as unknown as AxeWindow).axe.configure({ allowedOrigins: ["<same_origin>"], branding: { application: "playwright" } }),
      );
      return blank;
    })();
    finishers.set(context, page);
  }
  return page;
}

/**
 * WCAG 2.1 AA, as axe checks it, on the page as it is now. The demo mailbox's
 * framed emails are left out: they are sandboxed without scripts, so axe
 * cannot run inside them (the emails are checked on their own elsewhere).
 */
export async function expectAccessible(page: Page): Promise<void> {
  const builder = new AxeBuilder({ page }).withTags(wcagTags).exclude("iframe.mail-frame");
  // analyze() still injects axe and runs it in every frame of the page (axe.runPartial); only the last
  // step, its private finishRun, happens on the context's kept blank page instead of a new one.
  const options: axe.RunOptions = { runOnly: { type: "tag", values: wcagTags } };
  Object.assign(builder, {
    finishRun: async (partials: axe.PartialResults) =>
      (await finisher(page.context())).evaluate(([json, runOptions]) => (window as unknown as AxeWindow).axe.finishRun(JSON.parse(json), runOptions), [
        JSON.stringify(partials),
        options,
      ] as const),
  });
  const results = await builder.analyze();
  const violations = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} @ ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(violations, `axe on ${page.url()}`).toEqual([]);
}

/**
 * What goes wrong in the page's JavaScript, as "address: text", for a test to expect none: `console.error`
 * (the translator's "was not sent the text …" for a key the page's texts lack, a failed request) and
 * uncaught errors (in React's production build a hydration mismatch is one: minified errors #418/#423/#425).
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
  return errors;
}

/** Waits until React has hydrated the server-rendered page (it marks the nodes it takes over). */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => Object.keys(document.getElementById("main") ?? {}).some((key) => key.startsWith("__reactFiber$")));
}

/** The newest email to an address in the demo mailbox, waiting for the worker to deliver it. */
export async function readMail(page: Page, to: string, subject: RegExp): Promise<string> {
  let text = "";
  await expect(async () => {
    await page.goto("/dev/mailbox");
    const mail = page
      .getByTestId("mail")
      .filter({ has: page.getByTestId("mail-to").getByText(to, { exact: false }) })
      .filter({ hasText: subject })
      .first();
    text = (await mail.getByTestId("mail-text").textContent({ timeout: 1000 })) ?? "";
    expect(text).not.toBe("");
  }).toPass({ timeout: 15_000 });
  return text;
}

export function codeIn(text: string): string {
  const m = /\b(\d{6})\b/.exec(text);
  if (!m) throw new Error("no code in mail");
  return m[1];
}

export function linkIn(text: string, path: string): string {
  const m = new RegExp(`https?://\\S+${path}\\S*`).exec(text);
  if (!m) throw new Error(`no link to ${path}`);
  return m[0].replace(/[\])]+$/, "");
}

/** The newest email to an address that the Resend stub received (the server on `resendPort` sends there). */
export async function readStubMail(page: Page, to: string, subject: RegExp): Promise<string> {
  let text = "";
  await expect(async () => {
    const calls: { path: string; body: any }[] = await (await page.request.get(`http://127.0.0.1:${stubPort}/_test/calls`)).json();
    const emails = calls.filter((c) => c.path === "/emails").map((c) => c.body);
    const mail = emails.reverse().find((e) => [e.to].flat().includes(to) && subject.test(e.subject));
    text = mail?.text ?? "";
    expect(text).not.toBe("");
  }).toPass({ timeout: 15_000 });
  return text;
}

/** Every call the Resend stub has answered, oldest first. */
export async function stubCalls(page: Page): Promise<{ path: string; idempotencyKey: string | null; body: any; status: number }[]> {
  return (await page.request.get(`http://127.0.0.1:${stubPort}/_test/calls`)).json();
}

/**
 * Signs in with a code from the mailbox (or, on the Resend server, from the stub). Staff then give
 * their second factor: a user the seed enrolled gets the code computed from the test servers' known
 * secret (staffTotpSecret); a user not enrolled yet (a fresh database, or after a reset) is enrolled
 * here from the secret the page shows, and that secret is remembered for their next sign-in.
 */
export async function signIn(page: Page, email: string, read: typeof readMail = readMail): Promise<void> {
  await page.goto("/log-ind");
  await page.getByLabel("E-mail").fill(email);
  await page.getByRole("button", { name: "Send kode" }).click();
  await expect(page.getByRole("heading", { name: "Skriv koden fra e-mailen" })).toBeVisible();
  const codeUrl = page.url();
  const code = codeIn(await read(page, email, /Din kode til Fasthold/));
  await page.goto(codeUrl);
  await page.getByLabel("Kode fra e-mailen").fill(code);
  await page.getByRole("button", { name: "Log ind" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/log-ind") || url.pathname === "/log-ind/totp");
  if (new URL(page.url()).pathname === "/log-ind/totp") await completeSecondFactor(page, email);
  await page.waitForURL((url) => !url.pathname.startsWith("/log-ind"));
  await expect(page.getByRole("button", { name: "Log ud" })).toBeVisible();
}

/** Secrets of staff enrolled by the helper during this run (others use the seeded staffTotpSecret). */
export const enrolledSecrets = new Map<string, string>();

/** The current code of an authenticator with this secret (as the app would show it). */
export async function totpCode(secret: string): Promise<string> {
  return (await generateTOTP({ secret: secret.replace(/\s/g, ""), algorithm: "SHA-1", digits: 6, period: 30 })).otp;
}

/** On /log-ind/totp: enrols (first sign-in) or gives the authenticator code. */
export async function completeSecondFactor(page: Page, email: string): Promise<void> {
  const setup = page.getByRole("heading", { name: "Opsæt totrinsbekræftelse" });
  const verify = page.getByRole("heading", { name: "Skriv koden fra godkendelsesappen" });
  await expect(setup.or(verify)).toBeVisible();
  if (await setup.isVisible()) {
    const { secret } = await enrolSecondFactor(page);
    enrolledSecrets.set(email, secret);
    await page.getByRole("link", { name: "Jeg har gemt koderne – fortsæt" }).click();
    return;
  }
  await page.getByLabel("Kode fra appen eller gendannelseskode").fill(await totpCode(enrolledSecrets.get(email) ?? staffTotpSecret));
  await page.getByRole("button", { name: "Fortsæt" }).click();
}

/** On the set-up page: reads the shown secret, confirms with a computed code, and returns the recovery codes shown once. */
export async function enrolSecondFactor(page: Page): Promise<{ secret: string; recoveryCodes: string[] }> {
  const secret = ((await page.getByTestId("totp-secret").textContent()) ?? "").replace(/\s/g, "");
  await page.getByLabel("Kode fra godkendelsesappen").fill(await totpCode(secret));
  await page.getByRole("button", { name: "Bekræft" }).click();
  await expect(page.getByRole("heading", { name: "Gem dine gendannelseskoder" })).toBeVisible();
  const recoveryCodes = (await page.getByTestId("recovery-codes").locator("code").allTextContents()).map((c) => c.trim());
  return { secret, recoveryCodes };
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Log ud" }).click();
  await expect(page.getByText("Du er logget ud.")).toBeVisible();
}

/** YYYY-MM-DD in Denmark, `days` from now. */
/** The same date as typed into a DKFDS date field: dd.mm.åååå. */
export function typedDate(days = 0, from = new Date()): string {
  const [y, m, d] = danishDate(days, from).split("-");
  return `${d}.${m}.${y}`;
}

export function danishDate(days = 0, from = new Date()): string {
  const d = new Date(from.getTime() + days * 86_400_000);
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Copenhagen", year: "numeric", month: "2-digit", day: "2-digit" }).format(d);
}
