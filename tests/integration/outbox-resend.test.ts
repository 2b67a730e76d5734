import { beforeEach, describe, expect, it } from "vitest";
import { db } from "~db/index";
import { claimNextJob } from "~/models/job.server";
import { loader as mailboxLoader } from "~/routes/dev.mailbox._index";
import { deliverEmailJob, enqueueEmail } from "~/services/outbox.server";
import { runDueJobs } from "~/services/jobs.server";
import { advanceClock, MINUTE, setNow } from "~/utils/clock";
import { resendStubForThisFile } from "../support/resend";
import { callLoader, getRequest } from "../support/requests";

const stub = resendStubForThisFile({ RESEND_API_KEY: "re_test_key" });

beforeEach(() => setNow("2026-11-23T09:00:00Z"));

let n = 0;
async function queueReply(to: string) {
  const key = `test-reply-${n++}`;
  await db.transaction().execute((trx) =>
    enqueueEmail(trx, {
      template: "inquiry-reply",
      to,
      props: { subject: "Fast Track", consultantName: "Karin Lund", body: "Vi ringer i morgen.", answeredAfter: "1 t", url: "http://localhost/x" },
      dedupeKey: key,
    }),
  );
  return `email:${key}`;
}

const job = (dedupeKey: string) => db.selectFrom("jobs").selectAll().where("dedupe_key", "=", dedupeKey).executeTakeFirstOrThrow();

describe("the outbox through the real resend SDK against a Resend-compatible stub", () => {
  it("sends HTML and plain text with the job's idempotency key and the API key", async () => {
    const key = await queueReply("a@example.test");
    await runDueJobs();
    expect(stub.calls).toHaveLength(1);
    const call = stub.calls[0];
    expect(call.path).toBe("/emails");
    expect(call.idempotencyKey).toBe(key);
    expect(call.authorization).toBe("Bearer re_test_key");
    expect(call.body.to).toEqual(["a@example.test"]);
    expect(call.body.subject).toBe("Svar fra jobcentret: Fast Track");
    expect(call.body.html).toContain("<html");
    expect(call.body.text).toContain("Vi ringer i morgen.");
    expect((await job(key)).status).toBe("done");
  });

  it("retries a failed send later with the same idempotency key, and it is delivered once", async () => {
    const key = await queueReply("b@example.test");
    stub.script = [500];
    await runDueJobs();
    expect(stub.calls).toHaveLength(1);
    expect(stub.delivered).toHaveLength(0);
    const failed = await job(key);
    expect(failed).toMatchObject({ status: "pending", attempts: 1 });
    expect(failed.last_error).toMatch(/500|internal/);

    await runDueJobs(); // not due yet: backoff
    expect(stub.calls).toHaveLength(1);

    advanceClock(31_000);
    await runDueJobs();
    expect(stub.calls.map((c) => c.idempotencyKey)).toEqual([key, key]);
    expect(stub.delivered).toHaveLength(1);
    expect((await job(key)).status).toBe("done");
  });

  it("when the answer to a successful send is lost, the retry is a no-op at Resend: delivered once", async () => {
    const key = await queueReply("c@example.test");
    stub.script = ["deliver-then-500"];
    await runDueJobs();
    advanceClock(31_000);
    await runDueJobs();
    expect(stub.calls.map((c) => c.idempotencyKey)).toEqual([key, key]);
    expect(stub.delivered.filter((d) => d.to.includes("c@example.test"))).toHaveLength(1);
    expect((await job(key)).status).toBe("done");
  });

  it("a worker that dies after sending but before recording it: the job is taken again after its lease, and not delivered twice", async () => {
    const key = await queueReply("d@example.test");
    const claimed = (await claimNextJob(db))!;
    expect(claimed.dedupe_key).toBe(key);
    await deliverEmailJob(JSON.parse(claimed.payload), claimed.dedupe_key); // sent; then the process "crashes"
    expect(stub.delivered).toHaveLength(1);

    await runDueJobs(); // the lease still holds: nobody else takes it
    expect(stub.calls).toHaveLength(1);

    advanceClock(5 * MINUTE + 1000);
    await runDueJobs();
    expect(stub.calls.map((c) => c.idempotencyKey)).toEqual([key, key]);
    expect(stub.delivered).toHaveLength(1);
    expect((await job(key)).status).toBe("done");
  });

  it("does not retry what Resend refuses as invalid", async () => {
    const key = await queueReply("e@example.test");
    stub.script = [422];
    await runDueJobs();
    advanceClock(60 * MINUTE);
    await runDueJobs();
    expect(stub.calls).toHaveLength(1);
    expect((await job(key)).status).toBe("failed");
  });

  it("gives up after the last attempt", async () => {
    const key = await queueReply("f@example.test");
    stub.script = Array(20).fill(503);
    for (let i = 0; i < 10; i++) {
      await runDueJobs();
      advanceClock(7 * 3_600_000);
    }
    const final = await job(key);
    expect(final.status).toBe("failed");
    expect(final.attempts).toBe(final.max_attempts);
    expect(stub.calls).toHaveLength(final.max_attempts);
  });

  it("has no local mailbox when a real key is configured", async () => {
    const res = await callLoader(mailboxLoader, getRequest("/dev/mailbox"));
    expect(res.status).toBe(404);
  });
});
