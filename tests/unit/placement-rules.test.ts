import { describe, expect, it } from "vitest";
import type { PlacementStatus } from "~db/schema";
import { checkStep, checkWeeks, endDate, extendable, transitions, type Transition } from "~/domain/placementRules";

const statuses: PlacementStatus[] = ["requested", "proposed", "accepted", "approved", "active", "completed", "cancelled"];

describe("the placement's steps", () => {
  it("allows exactly the legal steps, from the right states", () => {
    const legal: Record<Transition, PlacementStatus[]> = {
      propose: ["requested"],
      accept: ["proposed"],
      decline: ["proposed"],
      approve: ["accepted"],
      start: ["approved"],
      complete: ["active"],
      cancel: ["requested", "proposed", "accepted", "approved", "active"],
    };
    for (const transition of Object.keys(transitions) as Transition[]) {
      for (const status of statuses) {
        const result = checkStep(status, transition, ["consultant", "host", "requester"]);
        if (legal[transition].includes(status)) expect(result, `${transition} from ${status}`).toEqual({ ok: true, to: transitions[transition].to });
        else expect(result, `${transition} from ${status}`).toEqual({ ok: false, error: "illegalStep" });
      }
    }
  });

  it("lets only the right party take a step", () => {
    expect(checkStep("requested", "propose", ["host"])).toEqual({ ok: false, error: "notYourStep" });
    expect(checkStep("proposed", "accept", ["requester"])).toEqual({ ok: false, error: "notYourStep" });
    expect(checkStep("proposed", "accept", ["consultant"])).toEqual({ ok: false, error: "notYourStep" });
    expect(checkStep("accepted", "approve", ["host"])).toEqual({ ok: false, error: "notYourStep" });
    expect(checkStep("active", "complete", ["host"])).toEqual({ ok: false, error: "notYourStep" });
    expect(checkStep("approved", "start", ["host"])).toEqual({ ok: true, to: "active" });
    // The company that asked may withdraw until the jobcenter has approved; after that only the jobcenter cancels.
    expect(checkStep("accepted", "cancel", ["requester"])).toEqual({ ok: true, to: "cancelled" });
    expect(checkStep("approved", "cancel", ["requester"])).toEqual({ ok: false, error: "notYourStep" });
    expect(checkStep("active", "cancel", ["consultant"])).toEqual({ ok: true, to: "cancelled" });
  });

  it("sends a declined proposal back to the request", () => {
    expect(checkStep("proposed", "decline", ["host"])).toEqual({ ok: true, to: "requested" });
  });
});

describe("duration per target group", () => {
  const config = { sick_leave: 13, activity_ready: 13, job_ready: 4 };
  it("keeps weeks within the configured maximum", () => {
    expect(checkWeeks(13, "sick_leave", config)).toEqual({ ok: true });
    expect(checkWeeks(14, "sick_leave", config)).toEqual({ ok: false, max: 13 });
    expect(checkWeeks(4, "job_ready", config)).toEqual({ ok: true });
    expect(checkWeeks(5, "job_ready", config)).toEqual({ ok: false, max: 4 });
    expect(checkWeeks(0, "activity_ready", config)).toEqual({ ok: false, max: 13 });
    expect(checkWeeks(16, "sick_leave", { ...config, sick_leave: 16 })).toEqual({ ok: true });
  });

  it("extends only where the law allows", () => {
    expect(extendable).toEqual({ sick_leave: true, activity_ready: true, job_ready: false });
  });

  it("ends the last day of the last week", () => {
    expect(endDate("2026-12-07", 8)).toBe("2027-01-31");
    expect(endDate("2026-12-07", 1)).toBe("2026-12-13");
  });
});
