import { afterAll, beforeAll, beforeEach } from "vitest";
import { resetMailClient } from "~/services/mail.server";
import { resetEnvCache } from "~/utils/env.server";
import { ResendStub } from "./resend-stub";

/**
 * For a test file that sends through the resend SDK: starts a stub on loopback,
 * points RESEND_API_KEY/RESEND_BASE_URL (and any extra settings) at it for the
 * file, and forgets the previous test's calls before each test.
 */
export function resendStubForThisFile(extraEnv: Record<string, string> = {}): ResendStub {
  const stub = new ResendStub();
  const settings = { RESEND_API_KEY: "re_test", ...extraEnv };
  beforeAll(async () => {
    await stub.start();
    Object.assign(process.env, settings, { RESEND_BASE_URL: stub.url });
    resetEnvCache();
    resetMailClient();
  });
  afterAll(async () => {
    for (const k of [...Object.keys(settings), "RESEND_BASE_URL"]) delete process.env[k];
    resetEnvCache();
    resetMailClient();
    await stub.stop();
  });
  beforeEach(() => stub.clear());
  return stub;
}
