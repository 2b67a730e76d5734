/**
 * Virksomhedspraktik rules (LAB §§ 58, 61): the placement's steps and who may
 * take them, and the duration per target group. Pure: no database, no clock.
 */
import type { PlacementStatus, TargetGroup } from "~db/schema";
import { addDays } from "~/utils/dates";

export const industries = [
  "production",
  "construction",
  "retail",
  "logistics",
  "hospitality",
  "office",
  "care",
  "education",
  "agriculture_food",
  "it",
  "cleaning_service",
  "public",
] as const;
export const offerAccommodations = [
  "reduced_hours",
  "flexible_hours",
  "quiet_workplace",
  "no_heavy_lifting",
  "seated_work",
  "step_free_access",
  "mentor",
] as const;
export const targetGroups = ["sick_leave", "job_ready", "activity_ready"] as const satisfies readonly TargetGroup[];
export const attendances = ["all", "partly", "none"] as const;
export const hows = ["good", "ok", "difficult"] as const;
export const outcomes = ["own_job", "other_tasks", "job_at_host", "still_sick", "other"] as const;

export type Industry = (typeof industries)[number];
export type OfferAccommodation = (typeof offerAccommodations)[number];

/** Who takes a step: the jobcenter, the host company, or the company that asked. */
export type PlacementRole = "consultant" | "host" | "requester";

export const transitions = {
  propose: { from: ["requested"], to: "proposed", by: ["consultant"] },
  accept: { from: ["proposed"], to: "accepted", by: ["host"] },
  // A host that says no sends the request back for another match.
  decline: { from: ["proposed"], to: "requested", by: ["host"] },
  approve: { from: ["accepted"], to: "approved", by: ["consultant"] },
  start: { from: ["approved"], to: "active", by: ["consultant", "host"] },
  complete: { from: ["active"], to: "completed", by: ["consultant"] },
  cancel: { from: ["requested", "proposed", "accepted", "approved", "active"], to: "cancelled", by: ["consultant", "requester"] },
} as const satisfies Record<string, { from: readonly PlacementStatus[]; to: PlacementStatus; by: readonly PlacementRole[] }>;

export type Transition = keyof typeof transitions;

export type StepCheck = { ok: true; to: PlacementStatus } | { ok: false; error: "illegalStep" | "notYourStep" };

export function checkStep(status: PlacementStatus, transition: Transition, roles: PlacementRole[]): StepCheck {
  const t = transitions[transition];
  if (!(t.from as readonly PlacementStatus[]).includes(status)) return { ok: false, error: "illegalStep" };
  if (!roles.some((r) => (t.by as readonly PlacementRole[]).includes(r))) return { ok: false, error: "notYourStep" };
  // The company that asked may withdraw its request until the jobcenter has approved.
  if (transition === "cancel" && !roles.includes("consultant") && !["requested", "proposed", "accepted"].includes(status)) {
    return { ok: false, error: "notYourStep" };
  }
  return { ok: true, to: t.to };
}

/** Maximum weeks per target group; the law sets 4 for job-ready, the rest is local policy and configurable. */
export type DurationConfig = Record<TargetGroup, number>;
export const extendable: Record<TargetGroup, boolean> = { sick_leave: true, activity_ready: true, job_ready: false };

export function checkWeeks(weeks: number, group: TargetGroup, config: DurationConfig): { ok: true } | { ok: false; max: number } {
  return weeks >= 1 && weeks <= config[group] ? { ok: true } : { ok: false, max: config[group] };
}

export function endDate(start: string, totalWeeks: number): string {
  return addDays(start, totalWeeks * 7 - 1);
}

/** What a placement step answers: done, or refused with the reason. */
export type StepResult =
  | { ok: true }
  | {
      ok: false;
      error:
        | "notFound"
        | "illegalStep"
        | "notYourStep"
        | "noPlaces"
        | "offerClosed"
        | "tooManyWeeks"
        | "offerWeeks"
        | "notStartedYet"
        | "needsEvaluation"
        | "notExtendable"
        | "outsidePeriod"
        | "duplicate";
      max?: number;
    };
