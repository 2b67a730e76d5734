// A refused form never echoes back more than each field's own maximum length
// (parseForm), and the plan editor's lists stay within their schema's bounds.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { contentToValues, editorRows, JOB_TITLE_MAX, LIST_MAX, listIndexesValid, MAX_TEXT, TASK_NAME_MAX } from "~/domain/planForm";
import { planContentSchema } from "~/domain/planForm.server";
import { emptyPlan } from "~/domain/planContent";
import { ECHO_FALLBACK_MAX } from "~/utils/forms";
import { checkbox, email, hours, isoDate, maxLengthOf, msg, optionalText, parseForm, requiredText } from "~/utils/forms.server";
import { translator } from "~/utils/i18n.server";

const t = translator("da");
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};
const huge = "a".repeat(300_000);

describe("parseForm's echo", () => {
  const schema = z.object({
    name: requiredText(120),
    note: optionalText(),
    address: email(),
    kind: z.enum(["small", "medium"], { error: msg("error.invalid") }),
    weekly: hours(),
    from: isoDate(),
    agree: checkbox(),
    redirectTo: z.string().optional(),
  });

  it("cuts every value to its field's maximum, and fields without one (or unknown) to the fallback", () => {
    const parsed = parseForm(
      schema,
      form({ name: huge, note: huge, address: huge, kind: huge, weekly: huge, from: huge, agree: huge, redirectTo: huge, other: huge }),
      t,
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const v = parsed.failure.values;
    expect(v.name).toBe("a".repeat(120));
    expect(v.note).toHaveLength(2000);
    expect(v.address).toHaveLength(254);
    expect(v.kind).toHaveLength("medium".length);
    for (const field of ["weekly", "from", "agree", "redirectTo", "other"]) expect(v[field]).toHaveLength(ECHO_FALLBACK_MAX);
    expect(parsed.failure.errors.name).toBe("Teksten er for lang.");
  });

  it("leaves what fits alone, and counts characters as zod does (never splits an emoji)", () => {
    const parsed = parseForm(schema, form({ name: "😀".repeat(150), note: "Kort note", address: "x", kind: "small" }), t);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.failure.values.note).toBe("Kort note");
    expect(parsed.failure.values.kind).toBe("small");
    expect(parsed.failure.values.name).toBe("😀".repeat(120));
  });

  it("reads the fields of a union of forms (intent), a refined object and a pipe", () => {
    const union = z.discriminatedUnion("intent", [
      z.object({ intent: z.literal("rename"), name: requiredText(50) }),
      z.object({ intent: z.literal("note"), name: requiredText(80), body: requiredText(300) }),
    ]);
    const parsed = parseForm(union, form({ intent: "note", name: huge, body: huge }), t);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.failure.values.name).toHaveLength(80);
      expect(parsed.failure.values.body).toHaveLength(300);
      expect(parsed.failure.values.intent).toBe("note");
    }
    const refined = z.object({ reason: optionalText(1000) }).refine(() => false, { path: ["reason"], message: msg("error.invalid") });
    const r = parseForm(refined, form({ reason: huge }), t);
    expect(!r.ok && r.failure.values.reason.length).toBe(1000);
  });

  it("finds the maxima of strings, enums, arrays and wrappers", () => {
    expect(maxLengthOf(requiredText(200))).toBe(200);
    expect(maxLengthOf(optionalText(700))).toBe(700);
    expect(maxLengthOf(z.enum(["a", "abc"]).nullable())).toBe(3);
    expect(maxLengthOf(z.array(z.string()).max(7))).toBe(7);
    expect(maxLengthOf(z.string().length(6).optional())).toBe(6);
    expect(maxLengthOf(hours())).toBeUndefined();
  });
});

describe("the plan editor's lists", () => {
  it("has the content schema's bounds (the schema stays on the server, the bounds reach the form)", () => {
    expect(LIST_MAX).toEqual({ tasks: 100, acc: 100, meet: 100, week: 52 });
    const shape = planContentSchema.shape;
    expect(maxLengthOf(shape.tasks)).toBe(LIST_MAX.tasks);
    expect(maxLengthOf(shape.accommodations)).toBe(LIST_MAX.acc);
    expect(maxLengthOf(shape.meetings)).toBe(LIST_MAX.meet);
    expect(maxLengthOf(shape.stepUp.shape.weeklyHours)).toBe(LIST_MAX.week);
    expect(maxLengthOf(shape.jobTitle)).toBe(JOB_TITLE_MAX);
    expect(maxLengthOf(shape.tasks.element.shape.name)).toBe(TASK_NAME_MAX);
    expect(maxLengthOf(shape.tasks.element.shape.note)).toBe(MAX_TEXT);
    expect(maxLengthOf(shape.accommodations.element.shape.description)).toBe(MAX_TEXT);
    expect(maxLengthOf(shape.meetings.element.shape.note)).toBe(MAX_TEXT);
  });

  it("never offers rows beyond a full list, so the form a full plan renders is accepted as posted", () => {
    const full = {
      ...emptyPlan("Lager", 37),
      tasks: Array.from({ length: 100 }, (_, i) => ({ id: `task${String(i).padStart(6, "0")}`, name: `Opgave ${i}`, assessment: "can" as const, note: "" })),
      stepUp: { startDate: "2026-12-07", weeklyHours: Array.from({ length: 52 }, () => 37) },
    };
    const values = contentToValues(full);
    const rows = editorRows(values);
    expect(rows).toEqual({ tasks: 100, acc: 0, meet: 0, week: 52 });
    // Asking for one more task than a full list holds adds none.
    expect(editorRows(values, "tasks").tasks).toBe(100);
    // What the browser posts back: every rendered row, blank ones included.
    const posted = { ...values };
    for (let i = 0; i < rows.acc; i++)
      Object.assign(posted, {
        [`acc.${i}.id`]: "",
        [`acc.${i}.kind`]: "",
        [`acc.${i}.description`]: "",
        [`acc.${i}.responsible`]: "",
        [`acc.${i}.status`]: "",
      });
    for (let i = 0; i < rows.meet; i++) Object.assign(posted, { [`meet.${i}.id`]: "", [`meet.${i}.date`]: "", [`meet.${i}.kind`]: "", [`meet.${i}.note`]: "" });
    expect(listIndexesValid(posted)).toBe(true);
    expect(editorRows(posted)).toEqual(rows);
    expect(listIndexesValid({ ...posted, "tasks.100.name": "" })).toBe(false);
  });
});
