import type { LoaderFunctionArgs } from "@remix-run/node";
import { db } from "~db/index";
import { findPlanForViewer, getVersion, listApprovals } from "~/models/retentionPlan.server";
import { resolvePlanViewer } from "~/services/plans.server";
import { planPdf } from "~/services/planPdf.server";
import { idParam } from "~/utils/forms.server";

/** A version of the plan as a PDF (the signed one is the one to keep). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const viewer = await resolvePlanViewer(request);
  const id = idParam.safeParse(params.planId);
  const plan = viewer && id.success ? await findPlanForViewer(db, viewer, id.data) : undefined;
  if (!plan) throw new Response("Not Found", { status: 404 });
  const asked = Number(new URL(request.url).searchParams.get("version"));
  const versionNumber = Number.isInteger(asked) && asked > 0 ? asked : (plan.signed_version ?? plan.current_version);
  const version = await getVersion(db, plan.id, versionNumber);
  if (!version) throw new Response("Not Found", { status: 404 });
  const approvals = (await listApprovals(db, plan.id)).filter((a) => a.version === version.version);
  const pdf = await planPdf({
    employeeName: plan.employee_name,
    companyName: plan.company_name,
    version: version.version,
    signed: plan.signed_version === version.version,
    signedAt: plan.signed_version === version.version ? plan.signed_at : null,
    content: version.content,
    approvals: approvals.map((a) => ({ party: a.party, name: a.actor_name, at: a.approved_at })),
  });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="fastholdelsesplan-v${version.version}.pdf"`,
      "Cache-Control": "no-store",
    },
  });
}
