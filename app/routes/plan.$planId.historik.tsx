import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { PlanDiff } from "~/components/planDiff";
import { DateTime } from "~/components/time";
import { db } from "~db/index";
import { diffPlans } from "~/domain/planContent";
import { findPlanForViewer, getVersion, listApprovals, listVersions } from "~/models/retentionPlan.server";
import { resolvePlanViewer } from "~/services/plans.server";
import { idParam } from "~/utils/forms.server";
import { useT, type I18nHandle } from "~/utils/i18n";

export const handle: I18nHandle = { i18n: ["plan"] };

export const meta: MetaFunction = () => [{ title: "Historik – fastholdelsesplan – Fasthold" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await resolvePlanViewer(request);
  if (!viewer) return redirect("/log-ind");
  const id = idParam.safeParse(params.planId);
  const plan = id.success ? await findPlanForViewer(db, viewer, id.data) : undefined;
  if (!plan) throw new Response("Not Found", { status: 404 });
  const versions = await listVersions(db, plan.id);
  const approvals = await listApprovals(db, plan.id);
  const url = new URL(request.url);
  const pick = (name: string, fallback: number) => {
    const n = Number(url.searchParams.get(name));
    return versions.some((v) => v.version === n) ? n : fallback;
  };
  const to = pick("til", plan.current_version);
  const from = pick("fra", Math.max(1, to - 1));
  const [a, b] = await Promise.all([getVersion(db, plan.id, from), getVersion(db, plan.id, to)]);
  return json({
    planId: plan.id,
    employeeName: plan.employee_name,
    signedVersion: plan.signed_version,
    versions: versions.map((v) => ({ ...v, approvals: approvals.filter((x) => x.version === v.version).map((x) => x.party) })),
    from,
    to,
    changes: a && b ? diffPlans(a.content, b.content) : [],
  });
}

export default function PlanHistory() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  return (
    <>
      <p>
        <Link to={`/plan/${data.planId}`}>← {t("plan.backToPlan")}</Link>
      </p>
      <h1>{t("plan.historyTitle", { name: data.employeeName })}</h1>
      <Form method="get" className="filters">
        <VersionSelect id="diff-from" name="fra" label={t("plan.diff.from")} value={data.from} versions={data.versions} />
        <VersionSelect id="diff-to" name="til" label={t("plan.diff.to")} value={data.to} versions={data.versions} />
        <button type="submit" className="button button-secondary">
          {t("plan.diff.show")}
        </button>
      </Form>
      <h2>{t("plan.diff.title", { from: data.from, to: data.to })}</h2>
      <PlanDiff changes={data.changes} />

      <h2>{t("plan.versions")}</h2>
      <ol className="plain-list" reversed>
        {data.versions.map((v) => (
          <li key={v.version}>
            <Link to={`/plan/${data.planId}?version=${v.version}`}>{t("plan.versionN", { version: v.version })}</Link> – {v.author_name} (
            {t(`plan.party.${v.author_kind}`)}), <DateTime iso={v.created_at} />
            {v.approvals.length ? ` · ${t("plan.approvedByParties", { parties: v.approvals.map((p) => t(`plan.party.${p}`).toLowerCase()).join(", ") })}` : ""}
            {data.signedVersion === v.version ? (
              <>
                {" "}
                <span className="badge badge-success">{t("plan.signedBadge")}</span>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}

function VersionSelect({ id, name, label, value, versions }: { id: string; name: string; label: string; value: number; versions: { version: number }[] }) {
  const { t } = useT();
  return (
    <div className="filter">
      <label htmlFor={id} className="form-label">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className="form-select">
        {versions.map((v) => (
          <option key={v.version} value={v.version}>
            {t("plan.versionN", { version: v.version })}
          </option>
        ))}
      </select>
    </div>
  );
}
