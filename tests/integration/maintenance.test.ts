import { describe, expect, it } from "vitest";
import { db } from "~db/index";
import { allowHit } from "~/models/rateLimit.server";
import { claimNextJob, completeJob, enqueueJob } from "~/models/job.server";
import { createSession } from "~/services/auth.server";
import { purgeOldData, scheduleDailyJobs } from "~/services/maintenance.server";
import { advanceClock, DAY, HOUR, MINUTE, setNow } from "~/utils/clock";
import { makeUser } from "../support/factories";
import { deliverAll } from "../support/mail";

describe("rate limits in the database", () => {
  it("lets exactly the limit through when many requests race for it", async () => {
    const results = await Promise.all(Array.from({ length: 25 }, () => allowHit(db, "race:ip:203.0.113.1", 10, HOUR)));
    expect(results.filter(Boolean)).toHaveLength(10);
  });

  it("slides: the previous window counts for the part that still overlaps, then the key is free again", async () => {
    setNow(new Date("2026-12-02T10:00:00Z"));
    for (let i = 0; i < 5; i++) expect(await allowHit(db, "slide:a", 5, HOUR)).toBe(true);
    expect(await allowHit(db, "slide:a", 5, HOUR)).toBe(false);
    advanceClock(HOUR + 6 * MINUTE); // 10 % into the next window: 90 % of 5 still counts
    expect(await allowHit(db, "slide:a", 5, HOUR)).toBe(true);
    expect(await allowHit(db, "slide:a", 5, HOUR)).toBe(false);
    advanceClock(HOUR);
    for (let i = 0; i < 4; i++) expect(await allowHit(db, "slide:a", 5, HOUR)).toBe(true);
  });
});

describe("the daily purge", () => {
  it("deletes old sessions, counters and finished jobs, and keeps what is current", async () => {
    setNow(new Date("2026-11-01T08:00:00Z"));
    const user = await makeUser("consultant");
    await createSession(db, user.id);
    await allowHit(db, "purge:old", 5, HOUR);
    await enqueueJob(db, { kind: "test.noop", payload: {}, dedupeKey: "purge:old-job" });
    const job = (await claimNextJob(db))!;
    await completeJob(db, job);
    await enqueueJob(db, { kind: "test.noop", payload: {}, dedupeKey: "purge:pending-job", runAt: new Date("2027-01-01T00:00:00Z") });

    setNow(new Date("2026-12-02T08:00:00Z"));
    await createSession(db, user.id);
    await allowHit(db, "purge:new", 5, HOUR);
    const purged = await purgeOldData();
    expect(purged.sessions).toBeGreaterThanOrEqual(1);
    expect(purged.jobs).toBeGreaterThanOrEqual(1);
    expect(purged.counters).toBeGreaterThanOrEqual(1);
    const keys = (await db.selectFrom("jobs").select("dedupe_key").execute()).map((j) => j.dedupe_key);
    expect(keys).not.toContain("purge:old-job");
    expect(keys).toContain("purge:pending-job");
    const sessions = await db.selectFrom("sessions").select("expires_at").where("user_id", "=", user.id).execute();
    expect(sessions).toHaveLength(1);
    const counters = (await db.selectFrom("rate_limit_counters").select("key").execute()).map((c) => c.key);
    expect(counters).toContain("purge:new");
    expect(counters).not.toContain("purge:old");
  });

  it("is queued once a day, however many times the workers ask, and runs as a job", async () => {
    setNow(new Date("2026-12-03T07:00:00Z"));
    await scheduleDailyJobs();
    await scheduleDailyJobs();
    const jobs = await db.selectFrom("jobs").select(["dedupe_key", "status"]).where("kind", "=", "maintenance.purge").execute();
    expect(jobs).toEqual([{ dedupe_key: "maintenance.purge:2026-12-03", status: "pending" }]);
    await deliverAll();
    expect((await db.selectFrom("jobs").select("status").where("kind", "=", "maintenance.purge").executeTakeFirstOrThrow()).status).toBe("done");
    advanceClock(DAY);
    await scheduleDailyJobs();
    expect(await db.selectFrom("jobs").select("dedupe_key").where("kind", "=", "maintenance.purge").execute()).toHaveLength(2);
  });
});

describe("one-time codes under concurrency", () => {
  it("a code is used once however many checks race for it, and every wrong attempt is counted", async () => {
    const { issueCode, consumeCode, MAX_CODE_ATTEMPTS } = await import("~/models/oneTimeCode.server");
    const email = "race@example.test";
    const { code } = await issueCode(db, { email, purpose: "sign_in" });
    const results = await Promise.all(Array.from({ length: 8 }, () => consumeCode(db, { email, purpose: "sign_in", code })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);

    const second = await issueCode(db, { email: "race2@example.test", purpose: "sign_in" });
    const wrong = second.code === "000000" ? "111111" : "000000";
    await Promise.all(Array.from({ length: 3 }, () => consumeCode(db, { email: "race2@example.test", purpose: "sign_in", code: wrong })));
    const row = await db.selectFrom("login_codes").select("attempts").where("id", "=", second.id).executeTakeFirstOrThrow();
    expect(Number(row.attempts)).toBe(3);
    expect(MAX_CODE_ATTEMPTS).toBeGreaterThan(3);
  });
});
