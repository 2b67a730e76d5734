import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS } from "~/domain/auditActions";

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

describe("the audit filter's actions", () => {
  it("lists every action the code writes literally", () => {
    const written = new Set<string>();
    for (const file of sources("app")) {
      const text = fs.readFileSync(file, "utf8");
      for (const m of text.matchAll(/action: (?:[^"\n]*\? )?"([a-z_]+\.[a-z_]+)"(?: : "([a-z_]+\.[a-z_]+)")?/g)) {
        written.add(m[1]);
        if (m[2]) written.add(m[2]);
      }
      for (const m of text.matchAll(/audit\("([a-z_]+\.[a-z_]+)"/g)) written.add(m[1]);
    }
    expect(written.size).toBeGreaterThan(30);
    const listed = new Set<string>(AUDIT_ACTIONS);
    expect([...written].filter((a) => !listed.has(a))).toEqual([]);
  });
});
