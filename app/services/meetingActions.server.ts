import { json, redirect } from "@remix-run/node";
import { z } from "zod";
import { findHealthWords } from "~/domain/healthWords";
import { MEETING_FORMS, MEETING_KINDS, parseSlotValue } from "~/domain/slots";
import { type FormFailure } from "~/utils/forms";
import { checkbox, msg, optionalText, parseForm, requiredText } from "~/utils/forms.server";
import type { Translate } from "~/utils/i18n";
import { env } from "~/utils/env.server";
import { bookMeeting, cancelMeeting, moveMeeting, respondToMeeting, type MeetingParty } from "./meetings.server";
import { nudgeJobWorker } from "./jobs.server";

/**
 * The employer's and the employee's meeting forms (book, move, cancel; the employee also answers),
 * parsed the same way for both. A refused form answers 4xx with messages next to the fields and
 * keeps what was typed; free text the other parties see passes the health-word guard (hold and
 * confirm, as plan comments do).
 */
/** The meeting kind a meetings page opens its booking form with (`?type=`); anything else is none. */
export const meetingKindQuery = z.object({ type: z.enum(MEETING_KINDS).optional().catch(undefined) });

export type MeetingFailure = FormFailure & { intent: string; meetingId?: string; healthWords?: string[] };

const slotField = z
  .string({ error: msg("error.required") })
  .min(1, msg("error.required"))
  .refine((v) => parseSlotValue(v) !== null, msg("error.invalid"));
const videoUrl = optionalText(300).pipe(
  z
    .string()
    .regex(/^https:\/\/\S+$/, msg("meetings.error.url"))
    .optional(),
);

const bookSchema = z.object({
  kind: z.enum(MEETING_KINDS, { error: msg("error.required") }),
  form: z.enum(MEETING_FORMS, { error: msg("error.required") }),
  slot: slotField,
  location: optionalText(200),
  videoUrl,
  unionRepName: optionalText(120),
});
const moveSchema = z.object({ meetingId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/), slot: slotField, reason: requiredText(500), confirmHealth: checkbox() });
const cancelSchema = z.object({ meetingId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/), reason: requiredText(500), confirmHealth: checkbox() });
const respondSchema = z.object({ meetingId: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/), reason: optionalText(500), confirmHealth: checkbox() });

const notFound = () => new Response("Not Found", { status: 404 });

export async function handleMeetingAction(party: MeetingParty, caseId: string, formData: FormData, t: Translate, back: string): Promise<Response> {
  const intent = String(formData.get("intent") ?? "");
  const fail = (failure: FormFailure, status: number, extra: Partial<MeetingFailure> = {}) =>
    json<MeetingFailure>({ ...failure, intent, ...extra }, { status });
  const errorText = (error: string) =>
    t(
      (
        {
          slotTaken: "meetings.error.slotTaken",
          slotGone: "meetings.error.slotGone",
          formNotAllowed: "meetings.error.formNotAllowed",
          locationMissing: "meetings.error.locationMissing",
          tooLate: "meetings.error.tooLate",
          notBooked: "meetings.error.notBooked",
          stale: "meetings.error.stale",
          closed: "meetings.book.closed",
        } as const
      )[error as "slotTaken"] ?? "error.invalid",
      { hours: env().MEETING_CHANGE_CUTOFF_HOURS },
    );
  if (intent === "book") {
    const parsed = parseForm(bookSchema, formData, t);
    if (!parsed.ok) return fail(parsed.failure, 400);
    const slot = parseSlotValue(parsed.data.slot)!;
    const result = await bookMeeting(party, caseId, {
      kind: parsed.data.kind,
      form: parsed.data.form,
      consultantId: slot.consultantId,
      startsAt: slot.startsAt,
      location: parsed.data.location ?? null,
      videoUrl: parsed.data.videoUrl ?? null,
      unionRepName: parsed.data.unionRepName ?? null,
    });
    if (!result.ok) {
      if (result.error === "notFound") throw notFound();
      const field = result.error === "locationMissing" ? "location" : result.error === "formNotAllowed" ? "form" : "slot";
      return fail({ errors: { [field]: errorText(result.error) }, values: parsed.values }, 409);
    }
    nudgeJobWorker();
    return redirect(`${back}?booket=1`);
  }
  if (intent === "move" || intent === "cancel" || intent === "accept" || intent === "decline") {
    const schema = intent === "move" ? moveSchema : intent === "cancel" ? cancelSchema : respondSchema;
    const parsed = parseForm(schema, formData, t);
    const meetingId = String(formData.get("meetingId") ?? "");
    if (!parsed.ok) return fail(parsed.failure, 400, { meetingId });
    const data = parsed.data as { meetingId: string; reason?: string; slot?: string; confirmHealth: boolean };
    if (intent === "decline" && !data.reason) return fail({ errors: { reason: t("error.required") }, values: parsed.values }, 400, { meetingId });
    const words = data.reason ? findHealthWords(data.reason) : [];
    if (words.length && !data.confirmHealth) return fail({ errors: {}, values: parsed.values }, 422, { meetingId, healthWords: words });
    let result;
    if (intent === "move") {
      result = await moveMeeting(party, data.meetingId, parseSlotValue(data.slot!)!.startsAt, data.reason!);
    } else if (intent === "cancel") {
      result = await cancelMeeting(party, data.meetingId, data.reason!);
    } else {
      if (party.kind !== "employee") throw notFound();
      result = await respondToMeeting(party.caseId, data.meetingId, intent === "accept" ? "accepted" : "declined", data.reason ?? null);
    }
    if (!result.ok) {
      if (result.error === "notFound") throw notFound();
      return fail(
        { errors: { [intent === "move" && result.error.startsWith("slot") ? "slot" : "_form"]: errorText(result.error) }, values: parsed.values },
        409,
        {
          meetingId,
          formError: errorText(result.error),
        },
      );
    }
    nudgeJobWorker();
    return redirect(`${back}?${intent === "move" ? "flyttet" : intent === "cancel" ? "aflyst" : "svaret"}=1`);
  }
  return json({ errors: { _form: t("error.invalid") }, values: {}, intent }, { status: 400 });
}
