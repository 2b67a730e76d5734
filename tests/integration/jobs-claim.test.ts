import { describe, expect, it } from "vitest";
import { db } from "~db/index";
import { isPostgres } from "~db/dialect";
import { claimNextJob, completeJob, enqueueJob } from "~/models/job.server";

describe("claiming jobs from several workers at once", () => {
  it("hands every due job to exactly one of ten concurrent workers", async () => {
    for (let i = 0; i < 60; i++) await enqueueJob(db, { kind: "test.noop", payload: { i }, dedupeKey: `claim-test:${i}` });
    const claimed: string[] = [];
    const worker = async () => {
      for (;;) {
        const job = await claimNextJob(db);
        if (!job) return;
        claimed.push(job.dedupe_key);
        await completeJob(db, job);
      }
    };
    await Promise.all(Array.from({ length: 10 }, worker));
    const ours = claimed.filter((k) => k.startsWith("claim-test:"));
    expect(ours).toHaveLength(60);
    expect(new Set(ours).size).toBe(60);
    const done = await db.selectFrom("jobs").select("status").where("dedupe_key", "like", "claim-test:%").execute();
    expect(done.every((j) => j.status === "done")).toBe(true);
    console.log(`claimed 60 jobs with 10 workers on ${isPostgres(db) ? "PostgreSQL" : "SQLite"}`);
  });

  it("a worker whose lease ran out cannot complete a job another worker has taken since", async () => {
    await enqueueJob(db, { kind: "test.noop", payload: {}, dedupeKey: "lease-test" });
    const first = (await claimNextJob(db))!;
    expect(first.dedupe_key).toBe("lease-test");
    // The lease runs out: the job is due again and a second worker takes it.
    await db
      .updateTable("jobs")
      .set({ locked_until: new Date(Date.now() - 1000).toISOString() })
      .where("id", "=", first.id)
      .execute();
    const second = (await claimNextJob(db))!;
    expect(second.id).toBe(first.id);
    expect(second.attempts).toBe(2);
    await completeJob(db, first, { stale: true });
    const row = await db.selectFrom("jobs").selectAll().where("id", "=", first.id).executeTakeFirstOrThrow();
    expect(row.status).toBe("running");
    await completeJob(db, second);
    expect((await db.selectFrom("jobs").select("status").where("id", "=", first.id).executeTakeFirstOrThrow()).status).toBe("done");
  });
});
