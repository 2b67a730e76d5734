import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "~db/index";
import { isPostgres } from "~db/dialect";
import { backupSqlite, integrityOf } from "~db/backup";
import { createPostgresDb, createSqliteDb } from "~db/index";
import { health, loader as healthz } from "~/routes/healthz";
import { makeCompany } from "../support/factories";

describe("/healthz", () => {
  it("answers 200 while the database answers", async () => {
    const res = await healthz();
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("ok");
  });

  it("answers 503 when the database is gone", async () => {
    // PostgreSQL: nothing listens there; SQLite: an empty file in place of the portal's database.
    const emptyFile = path.join(path.dirname(process.env.DATABASE_PATH!), `gone-${process.pid}.db`);
    const gone = isPostgres(db) ? createPostgresDb("postgres://postgres@127.0.0.1:1/gone", 1) : createSqliteDb(emptyFile);
    const res = await health(gone);
    expect(res.status).toBe(503);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    await gone.destroy();
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(emptyFile + suffix, { force: true });
  });
});

describe.skipIf(isPostgres(db))("npm run db:backup (SQLite)", () => {
  it("copies the database while it takes writes, and the copy passes integrity_check and holds the rows", async () => {
    for (let i = 0; i < 50; i++) await makeCompany({ verified: false });
    const source = process.env.DATABASE_PATH!;
    const target = path.join(path.dirname(source), `backup-${path.basename(source)}`);
    let writing = true;
    let writes = 0;
    const writer = (async () => {
      while (writing) {
        await makeCompany({ verified: false });
        writes++;
        await new Promise((r) => setTimeout(r, 2));
      }
    })();
    const { pages } = await backupSqlite(source, target);
    writing = false;
    await writer;
    expect(pages).toBeGreaterThan(0);
    expect(integrityOf(target)).toBe("ok");
    const SQLite = (await import("better-sqlite3")).default;
    const copy = new SQLite(target, { readonly: true });
    const n = (copy.prepare("select count(*) as n from companies").get() as { n: number }).n;
    copy.close();
    expect(n).toBeGreaterThanOrEqual(50);
    console.log(`backup: ${pages} pages, ${n} companies in the copy, ${writes} writes during the backup`);
    for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(target + suffix, { force: true });
  });
});
