// `npm run db:backup [file]`: a consistent copy of the SQLite database while the
// portal keeps serving (SQLite's online backup API copies page by page and
// starts over if a writer changes a page it already copied). PostgreSQL is
// backed up with pg_dump (see the README).
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import SQLite from "better-sqlite3";

export async function backupSqlite(source: string, target: string): Promise<{ pages: number }> {
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const live = new SQLite(source, { readonly: true, fileMustExist: true });
  live.pragma("busy_timeout = 5000");
  try {
    const result = await live.backup(target);
    return { pages: result.totalPages };
  } finally {
    live.close();
  }
}

/** `PRAGMA integrity_check` of a copy: "ok" when it is sound. */
export function integrityOf(file: string): string {
  const copy = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    return String(copy.pragma("integrity_check", { simple: true }));
  } finally {
    copy.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  if (process.env.DATABASE_URL) {
    console.error("DATABASE_URL is set: back PostgreSQL up with pg_dump -Fc (see the README).");
    process.exit(2);
  }
  const source = process.env.DATABASE_PATH || "data/fasthold.db";
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const target = process.argv[2] || path.join(path.dirname(source), "backups", `fasthold-${stamp}.db`);
  const { pages } = await backupSqlite(source, target);
  const check = integrityOf(target);
  console.log(`backup of ${source}: ${target} (${pages} pages), integrity_check: ${check}`);
  if (check !== "ok") process.exit(1);
}
