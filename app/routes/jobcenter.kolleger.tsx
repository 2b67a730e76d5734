import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { Alert } from "~/components/forms";
import { db } from "~db/index";
import { staffSecondFactorPage } from "~/models/secondFactor.server";
import { findStaff } from "~/models/user.server";
import { requireStaff } from "~/services/auth.server";
import { resetSecondFactor } from "~/services/secondFactor.server";
import { useT, type I18nHandle } from "~/utils/i18n";
import { colleagueCursorSchema, colleagueSchema } from "~/schemas/jobcenter.server";

export const handle: I18nHandle = { i18n: ["colleagues", "sessions"] };

export const meta: MetaFunction = () => [{ title: "Kolleger – Fasthold" }];

const PAGE = 50;

function readCursor(value: string | null) {
  if (!value) return null;
  try {
    const parsed = colleagueCursorSchema.safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Team leads: colleagues and their second factor, with a reset for a lost phone. */
export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request, ["team_lead"]);
  const url = new URL(request.url);
  const { rows, more } = await staffSecondFactorPage(db, readCursor(url.searchParams.get("efter")), PAGE);
  const last = rows.at(-1);
  return json({
    colleagues: rows.map((r) => ({ id: r.id, name: r.name, email: r.email, enrolled: Boolean(r.totp_enrolled_at) })),
    next: more && last ? Buffer.from(JSON.stringify({ name: last.name, id: last.id })).toString("base64url") : null,
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const lead = await requireStaff(request, ["team_lead"]);
  const parsed = colleagueSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) throw new Response("Not Found", { status: 404 });
  const colleague = await findStaff(db, parsed.data.userId);
  if (!colleague || !(await resetSecondFactor(lead, colleague.id))) throw new Response("Not Found", { status: 404 });
  return redirect(`/jobcenter/kolleger?nulstillet=${encodeURIComponent(colleague.name)}`);
}

export default function Colleagues() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  const [params] = useSearchParams();
  const resetName = params.get("nulstillet");
  return (
    <div>
      <h1>{t("colleagues.title")}</h1>
      {resetName ? (
        <Alert variant="success" role="status">
          <p className="alert-text">{t("colleagues.resetDone", { name: resetName.slice(0, 200) })}</p>
        </Alert>
      ) : null}
      <p>{t("colleagues.intro")}</p>
      <table className="table table--responsive-headers">
        <thead>
          <tr>
            <th scope="col">{t("colleagues.name")}</th>
            <th scope="col">{t("colleagues.email")}</th>
            <th scope="col">{t("colleagues.status")}</th>
            <th scope="col">{t("sessions.action")}</th>
          </tr>
        </thead>
        <tbody>
          {data.colleagues.map((c) => (
            <tr key={c.id}>
              <td data-title={t("colleagues.name")}>{c.name}</td>
              <td data-title={t("colleagues.email")}>{c.email}</td>
              <td data-title={t("colleagues.status")}>
                {c.enrolled ? (
                  <span className="badge badge-success">{t("colleagues.enrolled")}</span>
                ) : (
                  <span className="badge">{t("colleagues.notEnrolled")}</span>
                )}
              </td>
              <td data-title={t("sessions.action")}>
                {c.enrolled ? (
                  <Form method="post">
                    <input type="hidden" name="userId" value={c.id} />
                    <button type="submit" className="button button-secondary button--small">
                      {t("colleagues.reset", { name: c.name })}
                    </button>
                  </Form>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {data.next ? (
        <p>
          <Link to={`?efter=${data.next}`}>{t("colleagues.next")}</Link>
        </p>
      ) : null}
    </div>
  );
}
