// The house's floors: utils (time, env, forms, i18n) < domain (pure rules) <
// models (queries) < services (flows) < components and routes. Nothing below
// imports anything above it, so a rule can be used by a model, a service and a
// component alike without dragging the database into the browser bundle.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const floors = ["utils", "domain", "models", "services", "components", "routes"] as const;
const rank = (floor: string) => floors.indexOf(floor as (typeof floors)[number]);

function filesIn(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesIn(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));
}

/** The floor an import lands on, from "~/floor/…" or a relative path. */
function targetFloor(file: string, spec: string): string | null {
  if (spec.startsWith("~/")) return spec.slice(2).split("/")[0];
  if (spec.startsWith(".")) return path.relative("app", path.resolve(path.dirname(file), spec)).split(path.sep)[0];
  return null;
}

describe("layers", () => {
  it("no file imports from a floor above its own (components may use routes' loader types only)", () => {
    const offences: string[] = [];
    for (const floor of floors) {
      for (const file of filesIn(path.join("app", floor))) {
        const src = fs.readFileSync(file, "utf8");
        for (const m of src.matchAll(/^import\s+(type\s+)?[^;]*?from\s+"([^"]+)"/gms)) {
          const target = targetFloor(file, m[2]);
          if (!target || rank(target) < 0) continue;
          const typeOnly = Boolean(m[1]);
          if (rank(target) > rank(floor) && !(typeOnly && floor === "components")) offences.push(`${file} imports ${m[2]}`);
        }
      }
    }
    expect(offences).toEqual([]);
  });

  it("the pure rules have a floor of their own and touch no database", () => {
    const domain = filesIn("app/domain");
    expect(domain.map((f) => path.basename(f))).toEqual(
      expect.arrayContaining(["cpr.ts", "deadlines.ts", "planContent.ts", "placementRules.ts", "healthWords.ts", "planForm.ts"]),
    );
    for (const file of domain) expect(fs.readFileSync(file, "utf8"), file).not.toMatch(/from "(~db\/index|kysely|better-sqlite3|pg)"/);
  });
});
