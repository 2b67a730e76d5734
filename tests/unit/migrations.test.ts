import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { migrations } from "~db/migrations/index";

describe("migrations", () => {
  it("lists every migration file, in order, named YYYY_MM_DD_HHMMSS_verb_noun", () => {
    const files = fs
      .readdirSync(path.resolve("db/migrations"))
      .filter((f) => f !== "index.ts" && f.endsWith(".ts"))
      .map((f) => f.replace(/\.ts$/, ""))
      .sort();
    expect(Object.keys(migrations).sort()).toEqual(files);
    for (const name of files) expect(name).toMatch(/^\d{4}_\d{2}_\d{2}_\d{6}_[a-z]+(_[a-z]+)+$/);
  });
});
