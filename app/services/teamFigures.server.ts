import { db } from "~db/index";
import {
  closedFigures,
  firstConversationFigures,
  longCaseCutoff,
  partialReturnShare,
  periodsUpTo,
  share,
  type PeriodKind,
  type TeamFigures,
} from "~/domain/teamFigures";
import {
  closedCaseRows,
  firstConversationRows,
  firstHeldCounts,
  openCaseCounts,
  partialReturnCounts,
  requestCounts,
  type PeriodBounds,
} from "~/models/teamFigures.server";
import { findStaff, listStaff, type StaffUser } from "~/models/user.server";
import { now } from "~/utils/clock";
import { copenhagenDate, copenhagenToUtc, endOfCopenhagenDay } from "~/utils/dates";

export type FiguresFilter = { kind: PeriodKind; consultantId?: string };

/**
 * Whose figures a viewer may ask for: a team lead the whole team or any one consultant; a consultant
 * only their own (asking for someone else answers as an unknown consultant would).
 */
export async function resolveFiguresFilter(viewer: StaffUser, asked: string | undefined): Promise<{ ok: true; consultantId?: string } | { ok: false }> {
  if (viewer.role === "consultant") return asked === undefined || asked === viewer.id ? { ok: true, consultantId: viewer.id } : { ok: false };
  if (asked === undefined) return { ok: true };
  const staff = await findStaff(db, asked);
  return staff ? { ok: true, consultantId: staff.id } : { ok: false };
}

/** The staff a team lead may filter by. */
export async function figuresConsultants(viewer: StaffUser) {
  if (viewer.role !== "team_lead") return [];
  return (await listStaff(db, ["consultant", "team_lead"])).map((s) => ({ id: s.id, name: s.name }));
}

/** The team's figures as of now, per Danish month or quarter. */
export async function teamFiguresNow(filter: FiguresFilter): Promise<TeamFigures> {
  const today = copenhagenDate(now());
  const periods = periodsUpTo(today, filter.kind);
  const bounds: PeriodBounds[] = periods.map((p) => ({
    from: copenhagenToUtc(p.start).toISOString(),
    to: copenhagenToUtc(p.end).toISOString(),
    start: p.start,
    end: p.end,
    asOf: p.asOf,
    asOfEnd: new Date(endOfCopenhagenDay(p.asOf).getTime() + 1).toISOString(),
  }));
  const window = { from: bounds[0].from, to: bounds.at(-1)!.to };
  const c = filter.consultantId;
  const [open, requests, fcRows, held, partial, closed] = await Promise.all([
    openCaseCounts(db, c, longCaseCutoff(today)),
    requestCounts(db, c, bounds, window),
    firstConversationRows(db, c, window),
    firstHeldCounts(db, c, bounds, window),
    partialReturnCounts(db, c, bounds, periods[0].start),
    closedCaseRows(db, c, periods[0].start, periods.at(-1)!.end),
  ]);
  return {
    kind: filter.kind,
    today,
    openNow: open.open,
    over52WeeksNow: open.long,
    periods: periods.map((period, i) => {
      const b = bounds[i];
      const fc = fcRows
        .filter((r) => r.requested_at >= b.from && r.requested_at < b.to)
        .map((r) => ({
          requestedOn: copenhagenDate(new Date(r.requested_at)),
          due: r.first_conversation_due,
          heldOn: r.held_start ? copenhagenDate(new Date(String(r.held_start))) : null,
        }));
      const closedHere = closed
        .filter((r) => r.closed_on! >= period.start && r.closed_on! < period.end)
        .map((r) => ({ firstAbsenceDay: r.first_absence_day, closedOn: r.closed_on!, outcome: r.outcome }));
      return {
        period,
        newRequests: requests[i],
        firstConversation: firstConversationFigures(fc, today),
        firstHeld: held[i].held,
        employerPresent: held[i].employerPresent,
        shareEmployerPresent: share(held[i].employerPresent, held[i].held),
        partialReturn: partialReturnShare(partial[i]),
        closed: closedFigures(closedHere),
      };
    }),
  };
}
