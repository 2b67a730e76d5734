// Runs the whole vitest suite again on PostgreSQL when TEST_DATABASE_URL is set
// (each test file migrates a schema of its own there and drops it afterwards).
import { spawnSync } from "node:child_process";

if (!process.env.TEST_DATABASE_URL) {
  console.log("TEST_DATABASE_URL is not set: the vitest suite on PostgreSQL is skipped.");
  process.exit(0);
}
console.log(`vitest on PostgreSQL (${new URL(process.env.TEST_DATABASE_URL).host})`);
const run = spawnSync("npx", ["vitest", "run", ...process.argv.slice(2)], { stdio: "inherit", env: { ...process.env, FASTHOLD_TEST_DB: "postgres" } });
process.exit(run.status ?? 1);
