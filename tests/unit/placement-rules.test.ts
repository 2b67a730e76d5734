import { describe, expect, it } from "vitest";
import type { PlacementStatus } from "~db/schema";
import { searchOffers, type OfferRow } from "~/domain/bankSearch";
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

describe("searching the bank", () => {
  const offer = (o: Partial<OfferRow>): OfferRow =>
    ({
      id: o.id ?? "x",
      company_id: "c",
      company_name: "Firma",
      title: o.title ?? "Plads",
      tasks: "",
      industry: "logistics",
      address: "Vej 1",
      postcode: "7400",
      municipality: "Herning",
      hours_min: 10,
      hours_max: 25,
      available_from: "2026-12-01",
      max_weeks: 13,
      accommodations: JSON.stringify(["reduced_hours"]),
      contact_name: "",
      contact_phone: "",
      contact_email: "",
      places: 1,
      status: "active",
      created_by: "u",
      created_at: "",
      updated_at: "",
      taken: 0,
      ...o,
    }) as OfferRow;
  const offers = [
    offer({
      id: "a",
      industry: "logistics",
      postcode: "7400",
      municipality: "Herning",
      hours_min: 10,
      hours_max: 25,
      accommodations: JSON.stringify(["reduced_hours", "no_heavy_lifting"]),
    }),
    offer({
      id: "b",
      industry: "office",
      postcode: "7430",
      municipality: "Ikast-Brande",
      hours_min: 5,
      hours_max: 15,
      available_from: "2027-01-04",
      accommodations: JSON.stringify(["quiet_workplace", "reduced_hours"]),
    }),
    offer({ id: "c", industry: "logistics", postcode: "6800", municipality: "Varde", hours_min: 20, hours_max: 37 }),
    offer({ id: "full", industry: "logistics", places: 2, taken: 2 }),
  ];
  const ids = (f: Parameters<typeof searchOffers>[1]) => searchOffers(offers, f).results.map((o) => o.id);

  it("filters by industry, postcode (or its beginning), municipality, hours, availability and accommodations", () => {
    expect(ids({ accommodations: [] })).toEqual(["a", "b", "c"]); // a full offer is never shown
    expect(ids({ industry: "logistics", accommodations: [] })).toEqual(["a", "c"]);
    expect(ids({ postcode: "74", accommodations: [] })).toEqual(["a", "b"]);
    expect(ids({ postcode: "7430", accommodations: [] })).toEqual(["b"]);
    expect(ids({ municipality: "Varde", accommodations: [] })).toEqual(["c"]);
    expect(ids({ hours: 12, accommodations: [] })).toEqual(["a", "b"]);
    expect(ids({ hours: 30, accommodations: [] })).toEqual(["c"]);
    expect(ids({ availableBy: "2026-12-15", accommodations: [] })).toEqual(["a", "c"]);
    expect(ids({ accommodations: ["reduced_hours"] })).toEqual(["a", "b", "c"]);
    expect(ids({ accommodations: ["reduced_hours", "no_heavy_lifting"] })).toEqual(["a"]);
    expect(ids({ industry: "office", postcode: "74", hours: 10, accommodations: ["quiet_workplace"] })).toEqual(["b"]);
  });

  it("counts results per industry and accommodation, given the other filters", () => {
    const found = searchOffers(offers, { postcode: "74", accommodations: [] });
    expect(found.total).toBe(2);
    expect(found.byIndustry.logistics).toBe(1);
    expect(found.byIndustry.office).toBe(1);
    expect(found.byIndustry.retail).toBe(0);
    expect(found.byAccommodation.reduced_hours).toBe(2);
    expect(found.byAccommodation.no_heavy_lifting).toBe(1);
    expect(found.byAccommodation.quiet_workplace).toBe(1);
  });
});
