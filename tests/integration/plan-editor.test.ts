// The retention plan's edit form and comment box against hostile and refused
// input (issue 10): what the action answers, what is stored, and what the page
// renders from it (the route components rendered with react-dom/server).
import { createElement, type ReactNode } from "react";
import { renderToString } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { db } from "~db/index";
import EditPlan, { action as editAction, loader as editLoader } from "~/routes/plan.$planId.rediger";
import PlanPage from "~/routes/plan.$planId._index";
import { tableCounts } from "../support/mail";
import {
  currentContent,
  employeeSignIn,
  employerWithCase,
  jsonOf,
  planPost,
  planRow,
  planView,
  savePlan,
  sixWeekPlan,
  startPlanAsEmployer,
} from "../support/plans";
import { callAction, callLoader, formRequest, getRequest } from "../support/requests";

// The Remix hooks the two pages use, fed with what their loader and action answered.
const remix = vi.hoisted(() => ({ loaderData: undefined as unknown, actionData: undefined as unknown }));
vi.mock("@remix-run/react", async () => {
  const { createElement } = await import("react");
  type Props = { children?: ReactNode; to?: string; [key: string]: unknown };
  return {
    useLoaderData: () => remix.loaderData,
    useActionData: () => remix.actionData,
    useRouteLoaderData: () => ({ lang: "da" }),
    useSearchParams: () => [new URLSearchParams(), () => undefined],
    Form: ({ children, ...props }: Props) => createElement("form", props, children),
    Link: ({ children, to, ...props }: Props) => createElement("a", { ...props, href: to }, children),
  };
});

function render(page: () => ReactNode, loaderData: unknown, actionData?: unknown): string {
  remix.loaderData = loaderData;
  remix.actionData = actionData;
  return renderToString(createElement(page));
}

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const m of tag.matchAll(/([a-zA-Z-]+)(?:="([^"]*)")?/g)) found[m[1].toLowerCase()] = decode(m[2] ?? "");
  return found;
}

/** What a browser posts from the first form of a rendered page, untouched. */
function browserPost(html: string): Record<string, string> {
  const form = html.slice(html.indexOf("<form"), html.indexOf("</form>"));
  const fields: Record<string, string> = {};
  const add = (name: string | undefined, value: string) => {
    if (name && !(name in fields)) fields[name] = value;
  };
  for (const m of form.matchAll(/<(input|select|textarea)\b([^>]*)>/g)) {
    const a = attributes(m[2]);
    const rest = form.slice(m.index! + m[0].length);
    if (m[1] === "input") {
      if ((a.type === "checkbox" || a.type === "radio") && !("checked" in a)) continue;
      add(a.name, a.value ?? (a.type === "checkbox" ? "on" : ""));
    } else if (m[1] === "textarea") {
      add(a.name, decode(rest.slice(0, rest.indexOf("</textarea>"))));
    } else {
      const options = [...rest.slice(0, rest.indexOf("</select>")).matchAll(/<option\b([^>]*)>/g)].map((o) => attributes(o[1]));
      add(a.name, (options.find((o) => "selected" in o) ?? options[0])?.value ?? "");
    }
  }
  return fields;
}

/** The blocks of each list the edit form shows. */
function shownRows(html: string) {
  const count = (re: RegExp) => [...html.matchAll(re)].length;
  return {
    tasks: count(/name="tasks\.\d+\.name"/g),
    accommodations: count(/name="acc\.\d+\.description"/g),
    meetings: count(/name="meet\.\d+\.date"/g),
    weeks: count(/name="week\.\d+"/g),
  };
}

async function planWithSixWeeks() {
  const a = await employerWithCase();
  const planId = await startPlanAsEmployer(a.cookie, a.caseId);
  expect((await savePlan(a.cookie, planId, 1, sixWeekPlan())).status).toBe(302);
  return { ...a, planId };
}

const edit = (cookie: string, planId: string, fields: Record<string, string>) =>
  callAction(editAction, formRequest(`/plan/${planId}/rediger`, fields, cookie), { params: { planId } });
const editPage = async (cookie: string, planId: string) =>
  jsonOf(await callLoader(editLoader, getRequest(`/plan/${planId}/rediger`, cookie), { params: { planId } }));
const comments = (planId: string) => db.selectFrom("plan_comments").selectAll().where("plan_id", "=", planId).execute();

describe("health words in plan comments", () => {
  it("holds a comment that looks like a diagnosis with the § 2 explanation, and stores it only when the author confirms", async () => {
    const a = await planWithSixWeeks();
    const body = "Hun har fået konstateret depression og tager lykkepiller.";
    const before = await tableCounts();

    const held = await planPost(a.cookie, a.planId, { intent: "comment", section: "tasks", body, toJobcenter: "" });
    expect(held.status).toBe(422);
    const failure = await jsonOf(held);
    expect(failure.healthWords).toEqual(["depression", "lykkepiller"]);
    expect(await comments(a.planId)).toEqual([]);
    expect(await tableCounts()).toEqual(before);

    // What the author sees: the warning by the comment box, the law, a box to confirm, and their text kept.
    const html = render(PlanPage, await jsonOf(await planView(a.cookie, a.planId)), failure);
    expect(html).toContain('data-testid="comment-health-warning"');
    expect(html).toContain("Teksten ligner helbredsoplysninger");
    expect(html).toContain("depression, lykkepiller");
    expect(html).toContain("helbredsoplysningsloven § 2");
    expect(html).toContain('name="confirmHealth"');
    expect(html).toContain(`>${body}</textarea>`);

    const confirmed = await planPost(a.cookie, a.planId, { intent: "comment", section: "tasks", body, toJobcenter: "", confirmHealth: "on" });
    expect(confirmed.status).toBe(302);
    expect((await comments(a.planId)).map((c) => c.body)).toEqual([body]);
  });

  it("holds the employee's comment to the jobcenter too: no inquiry until confirmed", async () => {
    const a = await planWithSixWeeks();
    const employee = await employeeSignIn(a.caseId, a.employeeEmail);
    const fields = { intent: "comment", section: "stepUp", body: "Min diskusprolaps gør, at jeg ikke kan løfte endnu.", toJobcenter: "on" };
    const inquiries = () => db.selectFrom("inquiries").select("id").where("case_id", "=", a.caseId).where("kind", "=", "plan_comment").execute();

    const held = await planPost(employee, a.planId, fields);
    expect(held.status).toBe(422);
    expect((await jsonOf(held)).healthWords).toEqual(["diskusprolaps"]);
    const html = render(PlanPage, await jsonOf(await planView(employee, a.planId)), await jsonOf(await planPost(employee, a.planId, fields)));
    expect(html).toContain("Din arbejdsgiver kan se kommentaren, medmindre den kun går til jobcentret.");
    expect(await comments(a.planId)).toEqual([]);
    expect(await inquiries()).toEqual([]);

    expect((await planPost(employee, a.planId, { ...fields, confirmHealth: "on" })).status).toBe(302);
    expect(await comments(a.planId)).toHaveLength(1);
    expect(await inquiries()).toHaveLength(1);
  });

  it("lets a comment without health words through at once", async () => {
    const a = await planWithSixWeeks();
    expect(
      (await planPost(a.cookie, a.planId, { intent: "comment", section: "tasks", body: "Vi kan tilbyde kontorarbejde om formiddagen.", toJobcenter: "" }))
        .status,
    ).toBe(302);
    expect(await comments(a.planId)).toHaveLength(1);
  });
});

describe("refused saves of the plan editor", () => {
  it("shows the rows the plan has, no blank ones, and refusing the same form again and again never adds blocks", async () => {
    const a = await planWithSixWeeks();
    let html = render(EditPlan, await editPage(a.cookie, a.planId));
    // One task, one measure, no meetings, six weeks (and the step-up's blank weeks).
    const first = shownRows(html);
    expect(first).toEqual({ tasks: 1, accommodations: 1, meetings: 0, weeks: 8 });
    expect(html).toContain("Ingen møder planlagt.");
    for (const label of ["Tilføj opgave", "Tilføj tiltag", "Tilføj møde"]) expect(html).toContain(label);
    for (const section of ["#section-goal", "#section-tasks", "#section-accommodations", "#field-stepUp", "#section-followUp"]) {
      expect(html).toContain(`href="${section}"`);
    }

    for (let round = 0; round < 3; round++) {
      const refused = await edit(a.cookie, a.planId, { ...browserPost(html), normalWeeklyHours: "mange" });
      expect(refused.status).toBe(400);
      const failure = await jsonOf(refused);
      expect(failure.errors.normalWeeklyHours).toBeTruthy();
      html = render(EditPlan, await editPage(a.cookie, a.planId), failure);
      expect(html).toContain('value="mange"');
      expect(shownRows(html)).toEqual(first);
    }
    expect((await planRow(a.planId)).current_version).toBe(2);
  });

  it("adds ONE empty row per press without saving anything, keeps what was typed, and keeps the row through a refused save", async () => {
    const a = await planWithSixWeeks();
    const before = await tableCounts();
    let html = render(EditPlan, await editPage(a.cookie, a.planId));

    const added = await edit(a.cookie, a.planId, { ...browserPost(html), jobTitle: "Truckfører", intent: "add-tasks" });
    expect(added.status).toBe(200);
    const draft = await jsonOf(added);
    expect(draft.added).toBe("tasks");
    expect(draft.errors).toEqual({});
    html = render(EditPlan, await editPage(a.cookie, a.planId), draft);
    expect(shownRows(html)).toEqual({ tasks: 2, accommodations: 1, meetings: 0, weeks: 8 });
    expect(html).toContain('value="Truckfører"');
    expect(html).toContain('id="row-tasks-1"');
    // The new row starts empty: nothing chosen for the user.
    const posted = browserPost(html);
    expect(posted["tasks.1.name"]).toBe("");
    expect(posted["tasks.1.assessment"]).toBe("");
    expect(await tableCounts()).toEqual(before);
    expect((await planRow(a.planId)).current_version).toBe(2);

    // A meeting and a measure, one each.
    html = render(EditPlan, await editPage(a.cookie, a.planId), await jsonOf(await edit(a.cookie, a.planId, { ...browserPost(html), intent: "add-meet" })));
    html = render(EditPlan, await editPage(a.cookie, a.planId), await jsonOf(await edit(a.cookie, a.planId, { ...browserPost(html), intent: "add-acc" })));
    expect(shownRows(html)).toEqual({ tasks: 2, accommodations: 2, meetings: 1, weeks: 8 });
    expect(browserPost(html)["acc.1.responsible"]).toBe("");
    expect(browserPost(html)["acc.1.status"]).toBe("");

    // Typed into the new task, then refused for another field: the row and its text stay.
    const refused = await edit(a.cookie, a.planId, { ...browserPost(html), "tasks.1.name": "Kundeservice i telefonen", evaluationDate: "31-02-2027" });
    expect(refused.status).toBe(400);
    html = render(EditPlan, await editPage(a.cookie, a.planId), await jsonOf(refused));
    expect(html).toContain('value="Kundeservice i telefonen"');
    expect(shownRows(html)).toEqual({ tasks: 2, accommodations: 2, meetings: 1, weeks: 8 });

    // Saved: the task is in the plan; the blank measure and meeting are not.
    const saved = await edit(a.cookie, a.planId, { ...browserPost(html), "tasks.1.assessment": "can", evaluationDate: "" });
    expect(saved.status).toBe(302);
    expect(saved.headers.get("Location")).toBe(`/plan/${a.planId}?gemt=3`);
    const content = await currentContent(a.planId);
    expect(content.jobTitle).toBe("Truckfører");
    expect(content.tasks.map((t: { name: string }) => t.name)).toEqual(["Plukke ordrer", "Kundeservice i telefonen"]);
    expect(content.accommodations).toHaveLength(1);
    expect(content.meetings).toEqual([]);
  });

  it("refuses an add intent for a list it does not know, and writes nothing", async () => {
    const a = await planWithSixWeeks();
    const before = await tableCounts();
    for (const intent of ["add-week", "add-", "add-tasks ", "add-__proto__"]) {
      expect((await edit(a.cookie, a.planId, { basedOn: "2", goal: "own_job", intent })).status, intent).toBe(400);
    }
    expect(await tableCounts()).toEqual(before);
  });

  it("saves the form exactly as the browser posts it", async () => {
    const a = await planWithSixWeeks();
    const html = render(EditPlan, await editPage(a.cookie, a.planId));
    expect((await edit(a.cookie, a.planId, { ...browserPost(html), jobTitle: "Truckfører" })).status).toBe(302);
    expect(await currentContent(a.planId)).toMatchObject({
      jobTitle: "Truckfører",
      tasks: sixWeekPlan().tasks,
      accommodations: sixWeekPlan().accommodations,
      stepUp: sixWeekPlan().stepUp,
    });
  });
});

describe("the editor's merge step", () => {
  it("answers 400 with a message, and writes nothing, when `mine` is not JSON or not a plan", async () => {
    const a = await planWithSixWeeks();
    const valid = { intent: "merge", basedOn: "2", originalBase: "1", "choice.goal": "mine" };
    const before = await tableCounts();
    const bad = [
      "{not json",
      "",
      "null",
      "[1,2,3]",
      JSON.stringify({ goal: "own_job" }),
      JSON.stringify({ ...sixWeekPlan(), tasks: "Plukke ordrer" }),
      // A plan in shape, but a step-up the form itself would refuse.
      JSON.stringify({ ...sixWeekPlan(), stepUp: { startDate: "2026-12-07", weeklyHours: [40] } }),
    ];
    for (const mine of bad) {
      const res = await edit(a.cookie, a.planId, { ...valid, mine });
      expect(res.status, mine).toBe(400);
      const body = await jsonOf(res);
      expect(body.formError).toBe("Din version kunne ikke læses, så intet er gemt. Formularen viser planen, som den er gemt nu.");
      // The form starts again from the plan as saved.
      expect(body.values).toMatchObject({ basedOn: "2", jobTitle: "Lagermedarbejder", "tasks.0.name": "Plukke ordrer" });
      const html = render(EditPlan, await editPage(a.cookie, a.planId), body);
      expect(html).toContain("Din version kunne ikke læses");
    }
    // A version that does not exist to merge onto.
    expect((await edit(a.cookie, a.planId, { ...valid, basedOn: "99", mine: JSON.stringify(sixWeekPlan()) })).status).toBe(400);
    expect(await tableCounts()).toEqual(before);
    expect((await planRow(a.planId)).current_version).toBe(2);
  });
});

describe("list indexes in the plan form", () => {
  it("refuses an index beyond the list's maximum at once, with a small answer, and stores nothing", async () => {
    const a = await planWithSixWeeks();
    const before = await tableCounts();

    const started = Date.now();
    const huge = await edit(a.cookie, a.planId, { basedOn: "2", goal: "own_job", jobTitle: "Lager", "tasks.1000000.name": "" });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(huge.status).toBe(400);
    const hugeBody = await huge.text();
    expect(hugeBody.length).toBeLessThan(50_000);
    expect(JSON.parse(hugeBody).formError).toMatch(/^Formularen har rækker, den ikke selv kan have sendt/);

    // An invalid goal with row 3000 once answered with a 3 MB page.
    const withError = await edit(a.cookie, a.planId, { basedOn: "2", goal: "x", "tasks.3000.name": "" });
    expect(withError.status).toBe(400);
    const body = await withError.text();
    expect(body.length).toBeLessThan(50_000);
    const html = render(EditPlan, await editPage(a.cookie, a.planId), JSON.parse(body));
    expect(html.length).toBeLessThan(200_000);
    expect(shownRows(html).tasks).toBeLessThanOrEqual(2);
    expect(html).toContain("Formularen har rækker, den ikke selv kan have sendt");

    const beyond: Record<string, string>[] = [{ "week.52": "37" }, { "meet.100.date": "2027-01-05" }, { "acc.100.description": "Hæve-sænkebord" }];
    for (const fields of beyond) {
      const res = await edit(a.cookie, a.planId, { basedOn: "2", goal: "own_job", ...fields });
      expect(res.status, Object.keys(fields)[0]).toBe(400);
      expect((await res.text()).length).toBeLessThan(50_000);
    }
    expect(await tableCounts()).toEqual(before);
    expect((await planRow(a.planId)).current_version).toBe(2);
  });

  it("refuses sparse and oddly written indexes, and stores nothing", async () => {
    const a = await planWithSixWeeks();
    const before = await tableCounts();
    const sparse: Record<string, string>[] = [
      { "tasks.5.name": "Plukke ordrer", "tasks.5.assessment": "can" },
      { "tasks.0.name": "Plukke ordrer", "tasks.0.assessment": "can", "tasks.2.name": "Pakke", "tasks.2.assessment": "can" },
      { "tasks.01.name": "Plukke ordrer", "tasks.01.assessment": "can" },
      { normalWeeklyHours: "37", stepUpStart: "2026-12-07", "week.0": "20", "week.9": "37" },
    ];
    for (const fields of sparse) {
      const res = await edit(a.cookie, a.planId, { basedOn: "2", goal: "own_job", jobTitle: "Lager", ...fields });
      expect(res.status, JSON.stringify(fields)).toBe(400);
      const body = await res.text();
      expect(body.length).toBeLessThan(50_000);
      expect(JSON.parse(body).formError).toMatch(/^Formularen har rækker/);
    }
    expect(await tableCounts()).toEqual(before);
    expect((await planRow(a.planId)).current_version).toBe(2);
  });
});

describe("what a refused form echoes back", () => {
  it("cuts each echoed plan field to its own maximum length", async () => {
    const a = await planWithSixWeeks();
    const html = render(EditPlan, await editPage(a.cookie, a.planId));
    // Far beyond every maximum, yet under the form body limit all together.
    const long = "x".repeat(100_000);
    const res = await edit(a.cookie, a.planId, {
      ...browserPost(html),
      jobTitle: long,
      "tasks.0.name": long,
      "tasks.0.note": long,
      "acc.0.comment": long,
      "meet.0.note": long,
      "week.0": long,
      evaluationDate: long,
      unknownField: long,
    });
    expect(res.status).toBe(400);
    const body = await res.text();
    expect(body.length).toBeLessThan(50_000);
    const { values, errors } = JSON.parse(body);
    expect(errors.jobTitle).toBe("Teksten er for lang.");
    expect(values.jobTitle).toBe("x".repeat(120));
    expect(values["tasks.0.name"]).toHaveLength(200);
    expect(values["tasks.0.note"]).toHaveLength(1000);
    expect(values["acc.0.comment"]).toHaveLength(1000);
    expect(values["meet.0.note"]).toHaveLength(1000);
    expect(values["week.0"].length).toBeLessThanOrEqual(20);
    expect(values.evaluationDate.length).toBeLessThanOrEqual(20);
    expect(values.unknownField).toBeUndefined();
    expect((await planRow(a.planId)).current_version).toBe(2);
  });

  it("cuts an echoed comment to the comment's maximum (parseForm)", async () => {
    const a = await planWithSixWeeks();
    const res = await planPost(a.cookie, a.planId, { intent: "comment", section: "no-such-section", body: "y".repeat(500_000), toJobcenter: "" });
    expect(res.status).toBe(400);
    const body = await res.text();
    expect(body.length).toBeLessThan(50_000);
    const failure = JSON.parse(body);
    expect(failure.errors.section).toBeTruthy();
    expect(failure.values.body).toBe("y".repeat(2000));
    expect(await comments(a.planId)).toEqual([]);
  });
});
