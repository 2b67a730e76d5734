import { db } from "~db/index";
import { action as linkAction } from "~/routes/medarbejder.$token";
import { action as editAction } from "~/routes/plan.$planId.rediger";
import { action as planAction, loader as planLoader } from "~/routes/plan.$planId._index";
import { action as fastTrackAction } from "~/routes/virksomhed.fast-track";
import { action as caseAction } from "~/routes/virksomhed.sager.$caseId";
import { contentToValues } from "~/domain/planForm";
import { emptyPlan, type PlanContent } from "~/domain/planContent";
import { employeeLinkToken } from "~/services/employeeAccess.server";
import { fastTrackForm, makeEmployer } from "./factories";
import { codeIn, deliverAll, lastMailTo } from "./mail";
import { callAction, callLoader, formRequest, getRequest, jsonOf } from "./requests";

let n = 0;

/** An employer with a Fast Track case for a fresh employee. */
export async function employerWithCase(opts: { verified?: boolean; cpr?: string; name?: string; functions?: string } = {}) {
  const employer = await makeEmployer(opts);
  const employeeEmail = `ansat-${Date.now().toString(36)}${n++}@example.test`;
  const res = await callAction(
    fastTrackAction,
    formRequest(
      "/virksomhed/fast-track",
      fastTrackForm({
        employeeEmail,
        cpr: opts.cpr ?? "0101901234",
        ...(opts.name ? { employeeName: opts.name } : {}),
        ...(opts.functions ? { affectedFunctions: opts.functions } : {}),
      }),
      employer.cookie,
    ),
  );
  if (res.status !== 302) throw new Error(`fast track answered ${res.status}`);
  const caseId = res.headers.get("Location")!.match(/sager\/([^?]+)/)![1];
  return { ...employer, caseId, employeeEmail };
}

/** The employee opens their link, asks for a code and enters it: returns their session cookie. */
export async function employeeSignIn(caseId: string, email: string): Promise<string> {
  const token = employeeLinkToken(caseId);
  const sent = await callAction(linkAction, formRequest(`/medarbejder/${token}`, { intent: "send" }), { params: { token } });
  if (sent.status !== 200) throw new Error(`send code answered ${sent.status}`);
  await deliverAll();
  const code = codeIn((await lastMailTo(email, /^Din kode til Fasthold/)).text);
  const res = await callAction(linkAction, formRequest(`/medarbejder/${token}`, { intent: "verify", code }), { params: { token } });
  if (res.status !== 302) throw new Error(`verify answered ${res.status}`);
  return res.headers.get("Set-Cookie")!.split(";")[0];
}

export async function startPlanAsEmployer(cookie: string, caseId: string): Promise<string> {
  const res = await callAction(caseAction, formRequest(`/virksomhed/sager/${caseId}`, { intent: "start-plan" }, cookie), { params: { caseId } });
  if (res.status !== 302 || !res.headers.get("Location")?.startsWith("/plan/"))
    throw new Error(`start plan answered ${res.status} ${res.headers.get("Location")}`);
  return res.headers.get("Location")!.split("/")[2];
}

export async function planView(cookie: string, planId: string, query = "") {
  return callLoader(planLoader, getRequest(`/plan/${planId}${query}`, cookie), { params: { planId } });
}

export async function planPost(cookie: string, planId: string, fields: Record<string, string>) {
  return callAction(planAction, formRequest(`/plan/${planId}`, fields, cookie), { params: { planId } });
}

/** Saves a whole content through the edit form, as a browser would post it. */
export async function savePlan(cookie: string, planId: string, basedOn: number, content: PlanContent, extra: Record<string, string> = {}) {
  return callAction(editAction, formRequest(`/plan/${planId}/rediger`, { basedOn: String(basedOn), ...contentToValues(content), ...extra }, cookie), {
    params: { planId },
  });
}

export async function planRow(planId: string) {
  return db.selectFrom("retention_plans").selectAll().where("id", "=", planId).executeTakeFirstOrThrow();
}

export async function currentContent(planId: string): Promise<PlanContent> {
  const plan = await planRow(planId);
  const row = await db
    .selectFrom("retention_plan_versions")
    .select("content")
    .where("plan_id", "=", planId)
    .where("version", "=", plan.current_version)
    .executeTakeFirstOrThrow();
  return JSON.parse(row.content);
}

export const sixWeekPlan = (): PlanContent => ({
  ...emptyPlan("Lagermedarbejder", 37),
  goal: "own_job_changed",
  tasks: [{ id: "task0000001", name: "Plukke ordrer", assessment: "can_adjusted", note: "Med løftevogn" }],
  accommodations: [
    {
      id: "acc00000001",
      kind: "reduced_hours",
      description: "Nedsat tid med optrapning",
      responsible: "employer",
      start: "2026-12-07",
      end: "2027-01-17",
      status: "planned",
      comment: "",
    },
  ],
  stepUp: { startDate: "2026-12-07", weeklyHours: [12, 16, 20, 24, 30, 37] },
  evaluationDate: "2027-01-12",
});

export { jsonOf };
