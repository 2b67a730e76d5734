import { describe, expect, it } from "vitest";
import { conflictOf, diffPlans, emptyPlan, mergeSections, partialReturnOn, validateStepUp, type PlanContent } from "~/domain/planContent";
import { findHealthWords } from "~/domain/healthWords";

const base: PlanContent = {
  ...emptyPlan("Lagermedarbejder", 37),
  goal: "own_job_changed",
  tasks: [
    { id: "t1", name: "Pakke ordrer", assessment: "can", note: "" },
    { id: "t2", name: "Løfte paller", assessment: "cannot", note: "Ikke over 10 kg" },
  ],
  accommodations: [
    {
      id: "a1",
      kind: "reduced_hours",
      description: "Nedsat tid",
      responsible: "employer",
      start: "2026-12-01",
      end: "2027-01-10",
      status: "planned",
      comment: "",
    },
  ],
  stepUp: { startDate: "2026-12-01", weeklyHours: [12, 16, 20, 24, 30, 37] },
  meetings: [{ id: "m1", date: "2026-12-15", kind: "follow_up", note: "" }],
  evaluationDate: "2027-01-12",
};

describe("step-up validation (optrapningsplan)", () => {
  it("accepts a six-week step-up to full hours", () => {
    expect(validateStepUp(base.stepUp, 37)).toEqual([]);
  });

  it("never above normal hours", () => {
    expect(validateStepUp({ startDate: "2026-12-01", weeklyHours: [12, 40, 37] }, 37)).toContainEqual({ week: 2, code: "aboveNormal" });
  });

  it("while partly sick, at least 4 hours of absence a week", () => {
    expect(validateStepUp({ startDate: "2026-12-01", weeklyHours: [20, 34, 37] }, 37)).toEqual([{ week: 2, code: "tooLittleAbsence" }]);
    expect(validateStepUp({ startDate: "2026-12-01", weeklyHours: [20, 33, 37] }, 37)).toEqual([]); // exactly 4 hours off
  });

  it("hours rise or hold, and end on full hours", () => {
    expect(validateStepUp({ startDate: "2026-12-01", weeklyHours: [20, 16, 37] }, 37)).toContainEqual({ week: 2, code: "goesDown" });
    expect(validateStepUp({ startDate: "2026-12-01", weeklyHours: [12, 16, 20] }, 37)).toContainEqual({ week: null, code: "notFull" });
  });

  it("needs a start date and normal hours; an empty schedule is fine", () => {
    expect(validateStepUp({ startDate: null, weeklyHours: [37] }, 37)).toContainEqual({ week: null, code: "noStart" });
    expect(validateStepUp({ startDate: "2026-12-01", weeklyHours: [10, 37] }, null)).toContainEqual({ week: null, code: "noNormalHours" });
    expect(validateStepUp({ startDate: null, weeklyHours: [] }, 37)).toEqual([]);
  });

  it("tells the week and hours of a partial return on a date", () => {
    expect(partialReturnOn(base, "2026-11-30")).toBeNull();
    expect(partialReturnOn(base, "2026-12-01")).toEqual({ week: 1, hours: 12, normal: 37, partial: true });
    expect(partialReturnOn(base, "2026-12-09")).toEqual({ week: 2, hours: 16, normal: 37, partial: true });
    expect(partialReturnOn(base, "2027-01-05")).toEqual({ week: 6, hours: 37, normal: 37, partial: false });
    expect(partialReturnOn(base, "2027-01-12")).toBeNull();
  });
});

describe("the difference between two versions", () => {
  it("names what was added, removed and changed, section by section", () => {
    const next: PlanContent = {
      ...base,
      normalWeeklyHours: 37,
      jobTitle: "Lagermedarbejder, nat",
      tasks: [
        { id: "t1", name: "Pakke ordrer", assessment: "can", note: "" },
        { id: "t2", name: "Løfte paller", assessment: "can_adjusted", note: "Med løftevogn" },
        { id: "t3", name: "Truckkørsel", assessment: "cannot", note: "" },
      ],
      accommodations: [],
      stepUp: { startDate: "2026-12-01", weeklyHours: [12, 20, 20, 24, 30, 37] },
      evaluationDate: "2027-01-19",
    };
    expect(diffPlans(base, next)).toEqual([
      { section: "goal", type: "field", field: "jobTitle", from: "Lagermedarbejder", to: "Lagermedarbejder, nat" },
      { section: "tasks", type: "itemField", item: "Løfte paller", field: "assessment", from: "cannot", to: "can_adjusted" },
      { section: "tasks", type: "itemField", item: "Løfte paller", field: "note", from: "Ikke over 10 kg", to: "Med løftevogn" },
      { section: "tasks", type: "added", item: "Truckkørsel" },
      { section: "accommodations", type: "removed", item: "Nedsat tid" },
      { section: "stepUp", type: "week", week: 2, from: 16, to: 20 },
      { section: "followUp", type: "field", field: "evaluationDate", from: "2027-01-12", to: "2027-01-19" },
    ]);
    expect(diffPlans(next, next)).toEqual([]);
  });
});

describe("merging after a refused save", () => {
  it("keeps both people's work: sections only one changed are taken; sections both changed are chosen", () => {
    const mine = { ...base, tasks: [...base.tasks, { id: "t9", name: "Kundeservice", assessment: "can" as const, note: "" }], evaluationDate: "2027-02-01" };
    const theirs = { ...base, accommodations: [], evaluationDate: "2027-01-26" };
    expect(conflictOf(base, mine, theirs)).toEqual({ mineChanged: ["tasks", "followUp"], theirsChanged: ["accommodations", "followUp"], both: ["followUp"] });

    const keepTheirs = mergeSections(base, mine, theirs, { followUp: "theirs" });
    expect(keepTheirs.tasks.map((t) => t.name)).toContain("Kundeservice");
    expect(keepTheirs.accommodations).toEqual([]);
    expect(keepTheirs.evaluationDate).toBe("2027-01-26");

    const keepMine = mergeSections(base, mine, theirs, { followUp: "mine" });
    expect(keepMine.evaluationDate).toBe("2027-02-01");
    expect(keepMine.accommodations).toEqual([]);
  });
});

describe("the health-data guard", () => {
  it("finds diagnosis and treatment words, also inflected", () => {
    expect(findHealthWords("Hun har kræft og får kemoterapi")).toEqual(["kræft", "kemo"]);
    expect(findHealthWords("Depressionen gør det svært")).toEqual(["depression"]);
    expect(findHealthWords("Efter operationen af menisken")).toEqual(["operation", "menisk"]);
    expect(findHealthWords("Diskusprolaps i lænden")).toEqual(["diskusprolaps"]);
  });

  it("leaves functional descriptions alone", () => {
    expect(findHealthWords("Kan ikke løfte over 10 kg og skal kunne sidde ned")).toEqual([]);
    expect(findHealthWords("Kan arbejde 4 timer om dagen, har brug for pauser")).toEqual([]);
    expect(findHealthWords("Bordkolonne og kolde drikke")).toEqual([]); // "kol" only as a word
    expect(findHealthWords("Har KOL og ADHD")).toEqual(["kol", "adhd"]);
  });
});
