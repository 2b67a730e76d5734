import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Alert, DateField, ErrorSummary, TextField } from "~/components/forms";
import { db } from "~db/index";
import { writeAudit, userActor } from "~/models/audit.server";
import { activeSessionsOf, endOtherSessionsOf, endSessionOf } from "~/models/secondFactor.server";
import { findStaff, updateStaffProfile } from "~/models/user.server";
import { currentSessionId, requireStaff } from "~/services/auth.server";
import { now } from "~/utils/clock";
import { copenhagenDate, formatDateTime } from "~/utils/dates";
import { type FormFailure } from "~/utils/forms";
import { parseForm, readFormData } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { useT, type I18nHandle } from "~/utils/i18n";
import { endSessionSchema, staffProfileSchema } from "~/schemas/jobcenter.server";

export const handle: I18nHandle = { i18n: ["access", "colleagues", "profile", "sessions"] };

export const meta: MetaFunction = () => [{ title: "Min profil – Fasthold" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const staff = await requireStaff(request);
  const me = await findStaff(db, staff.id);
  const current = await currentSessionId(request);
  const sessions = (await activeSessionsOf(db, staff.id)).map((s) => ({
    id: s.id,
    createdAt: s.created_at,
    lastSeenAt: s.last_seen_at ?? s.created_at,
    userAgent: s.user_agent,
    current: s.id === current,
  }));
  return json(
    {
      name: staff.name,
      email: staff.email,
      phone: me?.phone ?? "",
      awayUntil: me?.away_until ?? "",
      today: copenhagenDate(now()),
      sessions,
      teamLead: staff.role === "team_lead",
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

export async function action({ request }: ActionFunctionArgs) {
  const staff = await requireStaff(request);
  const { t } = await getT(request);
  const form = await readFormData(request);
  if (form.get("intent") === "endSession") {
    const ending = endSessionSchema.safeParse({ sessionId: form.get("sessionId") });
    // Another user's session (or none) answers as a missing one.
    if (!ending.success || !(await endSessionOf(db, staff.id, ending.data.sessionId))) throw new Response("Not Found", { status: 404 });
    return redirect("/jobcenter/profil?afsluttet=1");
  }
  if (form.get("intent") === "endOtherSessions") {
    const current = await currentSessionId(request);
    if (current) await endOtherSessionsOf(db, staff.id, current);
    return redirect("/jobcenter/profil?afsluttet=1");
  }
  const parsed = parseForm(staffProfileSchema, form, t);
  if (!parsed.ok) return json<FormFailure>(parsed.failure, { status: 400 });
  await db.transaction().execute(async (trx) => {
    await updateStaffProfile(trx, staff.id, { phone: parsed.data.phone, awayUntil: parsed.data.awayUntil });
    await writeAudit(trx, {
      actor: userActor(staff),
      action: "user.profile_updated",
      entityType: "user",
      entityId: staff.id,
      meta: { away_until: parsed.data.awayUntil },
    });
  });
  return redirect("/jobcenter/profil?gemt=1");
}

/** A short name for the browser a session came from. */
function browserName(userAgent: string | null, unknown: string): string {
  if (!userAgent) return unknown;
  const match = /(Edg|Firefox|Chrome|Safari)\/[\d.]+/.exec(userAgent);
  const os = /(Windows|Mac OS X|Android|iPhone|Linux)/.exec(userAgent)?.[1];
  const name = match ? { Edg: "Edge", Firefox: "Firefox", Chrome: "Chrome", Safari: "Safari" }[match[1]] : unknown;
  return os ? `${name} (${os})` : (name ?? unknown);
}

export default function Profile() {
  const { t, lang } = useT();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <div className="narrow">
      <h1>{t("profile.title")}</h1>
      {params.get("afsluttet") ? (
        <Alert variant="success" role="status">
          <p className="alert-text">{t("sessions.ended")}</p>
        </Alert>
      ) : null}
      {params.get("gemt") ? (
        <Alert variant="success" role="status">
          <p className="alert-text">{t("profile.saved")}</p>
        </Alert>
      ) : null}
      <p>
        {data.name}, {data.email}
      </p>
      <ErrorSummary failure={failure} labels={{ phone: t("field.phone"), awayUntil: t("profile.awayUntil") }} />
      <Form method="post" noValidate>
        <TextField
          name="phone"
          type="tel"
          label={t("field.phone")}
          hint={t("profile.phoneHint")}
          optional
          defaultValue={data.phone}
          className="input--medium"
          failure={failure}
        />
        <DateField name="awayUntil" label={t("profile.awayUntil")} hint={t("profile.awayHint")} optional defaultValue={data.awayUntil} failure={failure} />
        <button type="submit" className="button button-primary">
          {t("profile.save")}
        </button>
      </Form>
      <ul>
        <li>
          <Link to="/jobcenter/indsigt">{t("access.title")}</Link>
        </li>
        {data.teamLead ? (
          <>
            <li>
              <Link to="/jobcenter/kolleger">{t("colleagues.title")}</Link>
            </li>
            <li>
              <Link to="/jobcenter/revision">{t("audit.title")}</Link>
            </li>
          </>
        ) : null}
      </ul>
      <h2>{t("sessions.title")}</h2>
      <p>{t("sessions.intro")}</p>
      <table className="table table--responsive-headers" data-testid="sessions">
        <thead>
          <tr>
            <th scope="col">{t("sessions.started")}</th>
            <th scope="col">{t("sessions.lastSeen")}</th>
            <th scope="col">{t("sessions.browser")}</th>
            <th scope="col">{t("sessions.action")}</th>
          </tr>
        </thead>
        <tbody>
          {data.sessions.map((s) => (
            <tr key={s.id}>
              <td data-title={t("sessions.started")}>{formatDateTime(s.createdAt, lang)}</td>
              <td data-title={t("sessions.lastSeen")}>{formatDateTime(s.lastSeenAt, lang)}</td>
              <td data-title={t("sessions.browser")}>{browserName(s.userAgent, t("sessions.unknownBrowser"))}</td>
              <td data-title={t("sessions.action")}>
                {s.current ? (
                  <span className="badge">{t("sessions.current")}</span>
                ) : (
                  <Form method="post">
                    <input type="hidden" name="intent" value="endSession" />
                    <input type="hidden" name="sessionId" value={s.id} />
                    <button type="submit" className="button button-secondary button--small">
                      {t("sessions.end")}
                    </button>
                  </Form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {data.sessions.some((s) => !s.current) ? (
        <Form method="post">
          <input type="hidden" name="intent" value="endOtherSessions" />
          <button type="submit" className="button button-secondary">
            {t("sessions.endOthers")}
          </button>
        </Form>
      ) : null}
    </div>
  );
}
