import { afterEach, describe, expect, it } from "vitest";
import { env, resetEnvCache, usesLocalMailbox } from "~/utils/env.server";

afterEach(() => {
  delete process.env.RESEND_API_KEY;
  delete process.env.RESEND_BASE_URL;
  delete process.env.NEWSLETTER_REQUESTS_PER_SECOND;
  resetEnvCache();
});

describe("settings from the environment", () => {
  it("treats an empty variable as unset (the demo mailbox, the default rate)", () => {
    Object.assign(process.env, { RESEND_API_KEY: "", RESEND_BASE_URL: "", NEWSLETTER_REQUESTS_PER_SECOND: "" });
    resetEnvCache();
    expect(usesLocalMailbox()).toBe(true);
    expect(env().NEWSLETTER_REQUESTS_PER_SECOND).toBe(2);
  });

  it("uses Resend when a key is set", () => {
    Object.assign(process.env, { RESEND_API_KEY: "re_123", RESEND_BASE_URL: "http://127.0.0.1:9" });
    resetEnvCache();
    expect(usesLocalMailbox()).toBe(false);
    expect(env().RESEND_BASE_URL).toBe("http://127.0.0.1:9");
  });

  it("refuses a setting it cannot read", () => {
    process.env.NEWSLETTER_REQUESTS_PER_SECOND = "fast";
    resetEnvCache();
    expect(() => env()).toThrow(/NEWSLETTER_REQUESTS_PER_SECOND/);
  });
});
