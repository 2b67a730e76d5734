import { z } from "zod";
import type { PeriodKind } from "~/domain/teamFigures";
import type { StaffUser } from "~/models/user.server";
import { msg } from "~/utils/forms.server";
import type { Translate } from "~/utils/i18n";
import { resolveFiguresFilter } from "./teamFigures.server";

/** The figures page's query string: ?periode=maaned|kvartal&konsulent=<id> (empty = the whole team). */
const querySchema = z.object({
  periode: z.enum(["maaned", "kvartal"], { error: msg("figures.error.period") }).default("maaned"),
  konsulent: z
    .string()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{8,64}$/, msg("figures.error.consultant"))
        .optional(),
    ),
});

export type FiguresQuery =
  | { ok: true; kind: PeriodKind; periode: "maaned" | "kvartal"; consultantId?: string; asked?: string }
  | { ok: false; errors: Record<string, string>; values: Record<string, string> };

/** Parses and checks the query for this viewer: an unknown consultant and another consultant's id answer alike. */
export async function parseFiguresQuery(url: URL, viewer: StaffUser, t: Translate): Promise<FiguresQuery> {
  const values = { periode: (url.searchParams.get("periode") ?? "").slice(0, 20), konsulent: (url.searchParams.get("konsulent") ?? "").slice(0, 64) };
  const raw = { periode: url.searchParams.get("periode") || undefined, konsulent: url.searchParams.get("konsulent") ?? undefined };
  const parsed = querySchema.safeParse(raw);
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= t(issue.message as never);
    return { ok: false, errors, values };
  }
  const filter = await resolveFiguresFilter(viewer, parsed.data.konsulent);
  if (!filter.ok) return { ok: false, errors: { konsulent: t("figures.error.consultant") }, values };
  return {
    ok: true,
    kind: parsed.data.periode === "kvartal" ? "quarter" : "month",
    periode: parsed.data.periode,
    consultantId: filter.consultantId,
    asked: parsed.data.konsulent,
  };
}
