// `npm run screenshots`: the README's pictures, taken from a running portal (default
// http://localhost:3000, started with `npm start` on the demo data and its mailbox):
// the front page signed out, and the consultant desk signed in as the demo consultant.
import fs from "node:fs";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import { generateTOTP } from "@epic-web/totp";

const base = (process.env.BASE_URL ?? "http://localhost:3000").replace(/\/$/, "");
const out = path.resolve("docs/screenshots");
const consultant = "karin.lund@jobcenter.example";

async function signIn(page: Page, email: string): Promise<void> {
  await page.goto(`${base}/log-ind`);
  await page.getByLabel("E-mail").fill(email);
  await page.getByRole("button", { name: "Send kode" }).click();
  await page.waitForURL(/\/log-ind\/kode/);
  const codeUrl = page.url();
  let code = "";
  for (let i = 0; i < 30 && !code; i++) {
    await page.goto(`${base}/dev/mailbox`);
    const mail = page.getByTestId("mail").filter({ hasText: email }).filter({ hasText: "Din kode til Fasthold" }).first();
    const text = (await mail.count()) ? ((await mail.getByTestId("mail-text").textContent()) ?? "") : "";
    code = /\b(\d{6})\b/.exec(text)?.[1] ?? "";
    if (!code) await page.waitForTimeout(500);
  }
  if (!code) throw new Error("no sign-in code in the demo mailbox: is the portal running without a Resend key?");
  await page.goto(codeUrl);
  await page.getByLabel("Kode fra e-mailen").fill(code);
  await page.getByRole("button", { name: "Log ind" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/log-ind") || url.pathname === "/log-ind/totp");
  if (new URL(page.url()).pathname === "/log-ind/totp") await secondFactor(page);
  await page.waitForURL((url) => !url.pathname.startsWith("/log-ind"));
}

const totp = async (secret: string) => (await generateTOTP({ secret: secret.replace(/\s/g, ""), algorithm: "SHA-1", digits: 6, period: 30 })).otp;

/**
 * Staff give a second factor: at the first sign-in they set up an authenticator with the key the page
 * shows (read here, as a person would scan it); later ones need the app's code, which this script can
 * only compute when the portal was seeded with DEMO_STAFF_TOTP_SECRET.
 */
async function secondFactor(page: Page): Promise<void> {
  const shownKey = page.getByTestId("totp-secret");
  if (await shownKey.count()) {
    await page.getByLabel("Kode fra godkendelsesappen").fill(await totp((await shownKey.textContent()) ?? ""));
    await page.getByRole("button", { name: "Bekræft" }).click();
    await page.getByRole("link", { name: "Jeg har gemt koderne – fortsæt" }).click();
    return;
  }
  const secret = process.env.DEMO_STAFF_TOTP_SECRET;
  if (!secret) throw new Error(`${consultant} has set up an authenticator already: start the portal with DEMO_STAFF_TOTP_SECRET and pass the same here`);
  await page.getByLabel("Kode fra appen eller gendannelseskode").fill(await totp(secret));
  await page.getByRole("button", { name: "Fortsæt" }).click();
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
try {
  fs.mkdirSync(out, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "da-DK", timezoneId: "Europe/Copenhagen" });
  await page.goto(base);
  await page.screenshot({ path: path.join(out, "front-page.png") });
  await signIn(page, consultant);
  await page.goto(`${base}/jobcenter`);
  await page.screenshot({ path: path.join(out, "consultant-desk.png") });
  console.log(`screenshots in ${path.relative(process.cwd(), out)}: front-page.png, consultant-desk.png`);
} finally {
  await browser.close();
}
