import { defineConfig, devices } from "@playwright/test";

// PW_PORT_BASE moves every port of the end-to-end run, so two checkouts can run it side by side.
const base = Number(process.env.PW_PORT_BASE || 3100);
export const port = base;
export const resendPort = base + 1;
export const stubPort = base + 2;
/** The two-process test's app servers. */
export const twoProcessPorts = [base + 10, base + 11] as const;
/**
 * The seeded staff users' authenticator secret on the test servers (DEMO_STAFF_TOTP_SECRET): the shared
 * sign-in helper computes their second factor from it. Base32, as authenticator apps take it.
 */
export const staffTotpSecret = "KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU";
/** The headers test's server, started with an https:// APP_URL. */
export const httpsPort = base + 20;
/** A server that must refuse to start. */
export const refusedPort = base + 98;

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 180_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "da-DK",
    timezoneId: "Europe/Copenhagen",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          // Debian's Chromium: Playwright cannot download its own browser here.
          executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
          args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        },
      },
    },
  ],
  webServer: [
    {
      command: "bash tests/e2e/start-server.sh",
      url: `http://localhost:${port}/healthz`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: {
        PORT: String(port),
        APP_URL: `http://localhost:${port}`,
        E2E_NAME: `e2e-${base}`,
        RESEND_API_KEY: "",
        RESEND_BASE_URL: "",
        DEMO_STAFF_TOTP_SECRET: staffTotpSecret,
        // Every journey signs in from 127.0.0.1; the per-IP limit itself is tested in tests/integration/auth.test.ts.
        SIGN_IN_CODES_PER_IP: "1000",
        SIGN_IN_CHECKS_PER_IP: "1000",
        SIGN_IN_CODES_PER_ADDRESS: "100",
        SIGN_IN_CHECKS_PER_ADDRESS: "100",
      },
    },
    // The same app sending through the official resend SDK to a Resend-compatible stub (the newsletter journey).
    {
      command: "npx tsx tests/e2e/resend-stub-server.ts",
      port: stubPort,
      reuseExistingServer: false,
      env: { STUB_PORT: String(stubPort) },
    },
    {
      command: "bash tests/e2e/start-server.sh",
      url: `http://localhost:${resendPort}/healthz`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: {
        PORT: String(resendPort),
        APP_URL: `http://localhost:${resendPort}`,
        E2E_NAME: `e2e-resend-${base}`,
        RESEND_API_KEY: "re_e2e",
        RESEND_BASE_URL: `http://127.0.0.1:${stubPort}`,
        NEWSLETTER_REQUESTS_PER_SECOND: "20",
        DEMO_STAFF_TOTP_SECRET: staffTotpSecret,
        // Every journey signs in from 127.0.0.1; the per-IP limit itself is tested in tests/integration/auth.test.ts.
        SIGN_IN_CODES_PER_IP: "1000",
        SIGN_IN_CHECKS_PER_IP: "1000",
        SIGN_IN_CODES_PER_ADDRESS: "100",
        SIGN_IN_CHECKS_PER_ADDRESS: "100",
      },
    },
  ],
});
