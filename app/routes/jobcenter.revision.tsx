import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { DateField, ErrorSummary, SelectField, TextField } from "~/components/forms";
import { AUDIT_ACTIONS } from "~/domain/auditActions";
import { parseCpr } from "~/domain/cpr";
import { requireStaff } from "~/services/auth.server";
import { auditEntries, auditPersonLookUp, entitiesOfPerson, metaText, personRef, unknownUser } from "~/services/auditReview.server";
import { formatDateTime } from "~/utils/dates";
import { type FormFailure } from "~/utils/forms";
import { readFormData } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { useT, type I18nHandle } from "~/utils/i18n";
import { auditQuerySchema, type AuditQueryInput } from "~/schemas/jobcenter.server";

export const handle: I18nHandle = { i18n: ["audit", "plan.declined", "plan.requested", "plan.signed"] };

export const meta: MetaFunction = () => [{ title: "Revisionslog – Fasthold" }];

/** The filter's query string without the page cursor (for links and the CSV). */
function filterParams(q: Omit<AuditQueryInput, "efter">): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of ["person", "user", "action", "from", "to"] as const) if (q[key]) params.set(key, q[key]!);
  return params;
}

type Entry = Awaited<ReturnType<typeof auditEntries>>["rows"][number];
const rowOut = (r: Entry) => ({ ...r, meta: metaText(r.meta) });

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request, ["team_lead"]);
  const { t } = await getT(request);
  const url = new URL(request.url);
  const raw = Object.fromEntries(url.searchParams);
  const parsed = auditQuerySchema.safeParse(raw);
  const values = { user: raw.user ?? "", action: raw.action ?? "", from: raw.from ?? "", to: raw.to ?? "" };
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= t(issue.message as Parameters<typeof t>[0]);
    return json(
      {
        failure: { errors, values } as FormFailure,
        rows: [] as ReturnType<typeof rowOut>[],
        next: null,
        csv: null,
        person: null,
        personCases: 0,
        values: null,
      },
      { status: 400 },
    );
  }
  const q = parsed.data;
  const page = await auditEntries(q, q.efter);
  const userUnknown = q.user && page.rows.length === 0 && !q.efter ? await unknownUser(q.user) : false;
  const last = page.rows.at(-1);
  const params = filterParams(q);
  const personCases = q.person ? ((await entitiesOfPerson(q.person)).find((e) => e.type === "absence_case")?.ids.length ?? 0) : 0;
  return json(
    {
      failure: userUnknown ? ({ errors: { user: t("audit.userUnknown") }, values } as FormFailure) : null,
      rows: page.rows.map(rowOut),
      next: page.more && last ? `?${new URLSearchParams([...params, ["efter", Buffer.from(`${last.at}|${last.id}`).toString("base64url")]])}` : null,
      csv: `/jobcenter/revision.csv?${params}`,
      person: q.person ?? null,
      personCases,
      values: { user: q.user ?? "", action: q.action ?? "", from: q.from ?? "", to: q.to ?? "" },
    },
    { headers: { "Cache-Control": "no-store" } },
  );
}

/** The CPR look-up: a POST (the number stays out of addresses and logs), audited, then the page filtered by the person's keyed hash. */
export async function action({ request }: ActionFunctionArgs) {
  const lead = await requireStaff(request, ["team_lead"]);
  const { t } = await getT(request);
  const form = await readFormData(request);
  const cprInput = String(form.get("cpr") ?? "").slice(0, 20);
  const cpr = parseCpr(cprInput);
  if (!cpr.ok) return json<FormFailure>({ errors: { cpr: t("audit.cprInvalid") }, values: { cpr: cprInput } }, { status: 400 });
  const ref = personRef(cpr.cpr);
  await auditPersonLookUp(lead, ref, "audit");
  return redirect(`/jobcenter/revision?${new URLSearchParams({ person: ref })}`);
}

export default function AuditLog() {
  const { t, lang } = useT();
  const data = useLoaderData<typeof loader>();
  const lookUpFailure = useActionData<typeof action>();
  const values = data.values ?? data.failure?.values;
  const who = (r: (typeof data.rows)[number]) =>
    r.actor_kind === "system" ? t("audit.system") : r.actor_kind === "employee" ? t("audit.employee") : (r.actor_name ?? r.actor_id ?? "");
  return (
    <div>
      <h1>{t("audit.title")}</h1>
      <p>{t("audit.intro")}</p>
      <h2>{t("audit.personTitle")}</h2>
      <ErrorSummary failure={lookUpFailure} labels={{ cpr: t("audit.cpr") }} />
      <Form method="post" noValidate>
        <TextField
          name="cpr"
          label={t("audit.cpr")}
          hint={t("audit.cprHint")}
          autoComplete="off"
          maxLength={11}
          className="input--medium"
          failure={lookUpFailure}
        />
        <button type="submit" className="button button-primary">
          {t("audit.find")}
        </button>
      </Form>
      {data.person ? (
        <p>
          {t("audit.personActive", { cases: data.personCases })} <Link to="/jobcenter/revision">{t("audit.clearPerson")}</Link>
        </p>
      ) : null}
      <h2>{t("audit.filterTitle")}</h2>
      <ErrorSummary failure={data.failure} labels={{ user: t("audit.user"), from: t("audit.from"), to: t("audit.to") }} />
      <Form method="get" noValidate>
        {data.person ? <input type="hidden" name="person" value={data.person} /> : null}
        <TextField name="user" type="email" label={t("audit.user")} optional defaultValue={values?.user ?? ""} failure={data.failure} />
        <SelectField
          name="action"
          label={t("audit.action")}
          optional
          value={values?.action ?? ""}
          options={[{ value: "", label: t("audit.allActions") }, ...AUDIT_ACTIONS.map((a) => ({ value: a, label: a }))]}
          failure={data.failure}
        />
        <DateField name="from" label={t("audit.from")} optional defaultValue={values?.from ?? ""} failure={data.failure} />
        <DateField name="to" label={t("audit.to")} optional defaultValue={values?.to ?? ""} failure={data.failure} />
        <button type="submit" className="button button-secondary">
          {t("audit.show")}
        </button>
      </Form>
      {data.csv ? (
        <p>
          <a href={data.csv} className="button button-secondary" download>
            {t("audit.csv")}
          </a>
        </p>
      ) : null}
      {data.rows.length === 0 ? (
        <p>{t("audit.none")}</p>
      ) : (
        <table className="table table--responsive-headers" data-testid="audit-entries">
          <thead>
            <tr>
              <th scope="col">{t("audit.at")}</th>
              <th scope="col">{t("audit.who")}</th>
              <th scope="col">{t("audit.what")}</th>
              <th scope="col">{t("audit.entity")}</th>
              <th scope="col">{t("audit.company")}</th>
              <th scope="col">{t("audit.details")}</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((r) => (
              <tr key={r.id}>
                <td data-title={t("audit.at")}>{formatDateTime(r.at, lang)}</td>
                <td data-title={t("audit.who")}>{who(r)}</td>
                <td data-title={t("audit.what")}>{r.action}</td>
                <td data-title={t("audit.entity")}>
                  {r.entity_type} <span className="text-break">{r.entity_id}</span>
                </td>
                <td data-title={t("audit.company")}>{r.company_name ?? ""}</td>
                <td data-title={t("audit.details")}>{r.meta}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {data.next ? (
        <p>
          <Link to={data.next}>{t("audit.next")}</Link>
        </p>
      ) : null}
    </div>
  );
}
