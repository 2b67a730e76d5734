import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useEffect } from "react";
import { Alert, CheckboxField, DateField, ErrorSummary, Icon, RadioGroup, SelectField, TextAreaField, TextField } from "~/components/forms";
import { PlanView } from "~/components/plan";
import { db } from "~db/index";
import {
  accommodationKinds,
  assessments,
  conflictOf,
  freeTexts,
  goals,
  measureStatuses,
  meetingKinds,
  mergeSections,
  responsibles,
  sections,
  validateStepUp,
  type PlanContent,
  type Section,
} from "~/domain/planContent";
import { contentToValues, echoPlanValues, editorRows, listIndexesValid, parsePlanForm, type AddableList } from "~/domain/planForm";
import { addRowIntentSchema, planContentSchema, versionOrZeroSchema } from "~/domain/planForm.server";
import { findPlanForViewer, getVersion } from "~/models/retentionPlan.server";
import { resolvePlanViewer, savePlanVersion } from "~/services/plans.server";
import { newId } from "~/utils/crypto.server";
import { formValues, type FormFailure } from "~/utils/forms";
import { idParam, readFormData } from "~/utils/forms.server";
import { findHealthWords } from "~/domain/healthWords";
import { getLang, getT } from "~/utils/i18n.server";
import { GuideHint } from "~/components/guides";
import { guideHint } from "~/services/guides.server";
import { useT, type MessageKey, type I18nHandle } from "~/utils/i18n";
import { notFound } from "~/utils/http";

export const handle: I18nHandle = { i18n: ["guides.newTab", "guides.readAll", "guides.search", "guides.why", "plan", "planEditor"] };

export const meta: MetaFunction = () => [{ title: "Redigér fastholdelsesplan – Fasthold" }];

async function context(request: Request, planIdParam: string | undefined) {
  const viewer = await resolvePlanViewer(request);
  if (!viewer) {
    const url = new URL(request.url);
    throw redirect(`/log-ind?redirectTo=${encodeURIComponent(url.pathname)}`);
  }
  const id = idParam.safeParse(planIdParam);
  if (!id.success) notFound();
  const plan = await findPlanForViewer(db, viewer, id.data);
  if (!plan) notFound();
  return { viewer, plan };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { viewer, plan } = await context(request, params.planId);
  if (plan.status !== "active") return redirect(`/plan/${plan.id}`);
  const current = await getVersion(db, plan.id, plan.current_version);
  return json({
    planId: plan.id,
    employeeName: plan.employee_name,
    party: viewer.party,
    basedOn: plan.current_version,
    values: contentToValues(current!.content),
    hint: await guideHint("fastholdelsesplan", "indhold", await getLang(request)),
  });
}

type Conflict = {
  conflict: {
    current: number;
    originalBase: number;
    theirAuthor: string;
    mine: PlanContent;
    theirs: PlanContent;
    mineChanged: Section[];
    theirsChanged: Section[];
    both: Section[];
  };
};
type ActionData = (FormFailure & { healthWords?: string[]; added?: AddableList }) | Conflict;

export async function action({ request, params }: ActionFunctionArgs) {
  const { viewer, plan } = await context(request, params.planId);
  const { t } = await getT(request);
  const formData = await readFormData(request);
  const values = formValues(formData);
  // List indexes beyond a list's maximum, or with gaps, never come from the form: refused before any row is built.
  if (!listIndexesValid(values)) {
    return json<ActionData>({ errors: {}, formError: t("plan.error.rows"), values: echoPlanValues(values) }, { status: 400 });
  }
  const basedOn = versionOrZeroSchema.safeParse(values.basedOn);
  if (!basedOn.success) throw new Response("Bad Request", { status: 400 });

  // "Tilføj opgave / tiltag / møde": nothing is saved; the form comes back as typed, with one empty row more.
  if (values.intent?.startsWith("add-")) {
    const add = addRowIntentSchema.safeParse(values.intent);
    if (!add.success) throw new Response("Bad Request", { status: 400 });
    return json<ActionData>({ errors: {}, values: echoPlanValues(values), added: add.data.slice(4) as AddableList });
  }

  let content: PlanContent;
  if (values.intent === "merge") {
    // The user's own version travels in the form: checked like any other input.
    // Anything unreadable is refused with the plan as it is saved now, and nothing is written.
    const mergeRefused = async () => {
      const current = await getVersion(db, plan.id, plan.current_version);
      const saved = current ? { basedOn: String(current.version), ...contentToValues(current.content) } : {};
      return json<ActionData>({ errors: {}, formError: t("plan.error.merge"), values: echoPlanValues(saved) }, { status: 400 });
    };
    const mine = planContentSchema.safeParse(parseJson(values.mine));
    const originalBase = versionOrZeroSchema.safeParse(values.originalBase);
    if (!mine.success || !originalBase.success || validateStepUp(mine.data.stepUp, mine.data.normalWeeklyHours).length) return mergeRefused();
    const [base, theirs] = await Promise.all([getVersion(db, plan.id, originalBase.data), getVersion(db, plan.id, basedOn.data)]);
    if (!theirs) return mergeRefused();
    const choices = Object.fromEntries(sections.map((s) => [s, values[`choice.${s}`] === "mine" ? "mine" : "theirs"])) as Record<Section, "mine" | "theirs">;
    content = mergeSections(base?.content ?? mine.data, mine.data, theirs.content, choices);
  } else {
    const parsed = parsePlanForm(values, t, newId);
    if (!parsed.ok) return json<ActionData>({ errors: parsed.errors, values: echoPlanValues(values) }, { status: 400 });
    content = parsed.content;
    // The guard against health data: explain, and save only when the author confirms.
    const words = [...new Set(freeTexts(content).flatMap(findHealthWords))];
    if (words.length && values.confirmHealth !== "on") {
      return json<ActionData>({ errors: {}, values: echoPlanValues(values), healthWords: words }, { status: 422 });
    }
  }

  const result = await savePlanVersion(viewer, plan.id, basedOn.data, content);
  if (result.ok) return redirect(`/plan/${plan.id}?gemt=${result.version}`);
  if (result.error !== "conflict") {
    if (result.error === "notFound") notFound();
    return redirect(`/plan/${plan.id}`);
  }
  const base = values.intent === "merge" ? Number(values.originalBase) : basedOn.data;
  const { mineChanged, theirsChanged, both } = conflictOf(result.base, content, result.theirs);
  return json<ActionData>(
    {
      conflict: {
        current: result.current,
        originalBase: base,
        theirAuthor: result.theirAuthor,
        mine: content,
        theirs: result.theirs,
        mineChanged,
        theirsChanged,
        both,
      },
    },
    { status: 409 },
  );
}

/** JSON from a form field, or undefined when it is not JSON at all. */
function parseJson(text: string | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function MergeView({ conflict, basedOn }: { conflict: Conflict["conflict"]; basedOn: number }) {
  const { t } = useT();
  const label = (s: Section) => t(`plan.section.${s}`);
  return (
    <>
      <Alert variant="warning" role="alert">
        <h2 className="alert-heading">{t("plan.conflict.title")}</h2>
        <p>{t("plan.conflict.text", { name: conflict.theirAuthor, version: conflict.current })}</p>
      </Alert>
      <Form method="post">
        <input type="hidden" name="intent" value="merge" />
        <input type="hidden" name="basedOn" value={conflict.current} />
        <input type="hidden" name="originalBase" value={conflict.originalBase || basedOn} />
        <input type="hidden" name="mine" value={JSON.stringify(conflict.mine)} />
        <ul className="plain-list">
          {conflict.theirsChanged
            .filter((s) => !conflict.both.includes(s))
            .map((s) => (
              <li key={s}>{t("plan.conflict.theirsKept", { section: label(s), name: conflict.theirAuthor })}</li>
            ))}
          {conflict.mineChanged
            .filter((s) => !conflict.both.includes(s))
            .map((s) => (
              <li key={s}>{t("plan.conflict.mineKept", { section: label(s) })}</li>
            ))}
        </ul>
        {conflict.both.map((s) => (
          <fieldset key={s} className="card merge-choice">
            <legend>
              <h2>{t("plan.conflict.both", { section: label(s) })}</h2>
            </legend>
            <div className="two-col">
              <div>
                <div className="form-group-radio">
                  <input type="radio" className="form-radio" id={`choice-${s}-mine`} name={`choice.${s}`} value="mine" defaultChecked />
                  <label htmlFor={`choice-${s}-mine`}>{t("plan.conflict.keepMine")}</label>
                </div>
                <div className="merge-preview">
                  <PlanSectionPreview content={conflict.mine} section={s} side="mine" />
                </div>
              </div>
              <div>
                <div className="form-group-radio">
                  <input type="radio" className="form-radio" id={`choice-${s}-theirs`} name={`choice.${s}`} value="theirs" />
                  <label htmlFor={`choice-${s}-theirs`}>{t("plan.conflict.keepTheirs", { name: conflict.theirAuthor })}</label>
                </div>
                <div className="merge-preview">
                  <PlanSectionPreview content={conflict.theirs} section={s} side="theirs" />
                </div>
              </div>
            </div>
          </fieldset>
        ))}
        <button type="submit" className="button button-primary">
          {t("plan.conflict.save")}
        </button>
      </Form>
    </>
  );
}

/** One section of a version, for choosing between two. */
function PlanSectionPreview({ content, section, side }: { content: PlanContent; section: Section; side: string }) {
  return <PlanView content={content} only={section} idPrefix={`${side}-${section}`} />;
}

/** "Tilføj …": a plain submit button, so a row is added without JavaScript too; the answer opens at the new row. */
function AddRowButton({ list, next, label }: { list: AddableList; next: number; label: string }) {
  return (
    <p>
      <button type="submit" name="intent" value={`add-${list}`} formAction={`#row-${list}-${next}`} formNoValidate className="button button-secondary">
        <Icon name="plus" />
        {label}
      </button>
    </p>
  );
}

const sectionLinks = [
  ["goal", "section-goal"],
  ["tasks", "section-tasks"],
  ["accommodations", "section-accommodations"],
  ["stepUp", "field-stepUp"],
  ["followUp", "section-followUp"],
] as const;

export default function EditPlan() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const failure = actionData && "errors" in actionData ? actionData : null;
  const added = failure?.added;
  const values: Record<string, string> = failure?.values ?? data.values;
  const count = editorRows(values, added);
  // With JavaScript, an added row gets the focus (without, the page opens at it: the button's #row-… address).
  useEffect(() => {
    if (!added) return;
    const row = document.getElementById(`row-${added}-${count[added] - 1}`);
    row?.scrollIntoView({ block: "start" });
    row?.querySelector<HTMLElement>("input:not([type=hidden]), select, textarea")?.focus({ preventScroll: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [actionData]);
  if (actionData && "conflict" in actionData) {
    return (
      <>
        <h1>{t("plan.editTitle", { name: data.employeeName })}</h1>
        <MergeView conflict={actionData.conflict} basedOn={data.basedOn} />
      </>
    );
  }
  const errors = failure?.errors ?? {};
  const basedOn = failure?.values.basedOn ?? String(data.basedOn);
  const f = { errors, values };
  const opt = (prefix: string, list: readonly string[]) => list.map((v) => ({ value: v, label: t(`${prefix}.${v}` as MessageKey) }));
  const rows = (list: AddableList) => Array.from({ length: count[list] }, (_, i) => i);
  const weekRows = count.week;
  return (
    <>
      <p>
        <Link to={`/plan/${data.planId}`}>← {t("plan.backToPlan")}</Link>
      </p>
      <h1>{t("plan.editTitle", { name: data.employeeName })}</h1>
      <p className="lead">{t("plan.editLead")}</p>
      <GuideHint hint={data.hint} id="why-plan" />
      <Alert variant="info">
        <h2 className="alert-heading">{t("plan.noDiagnosis.title")}</h2>
        <p>{t(data.party === "employee" ? "plan.noDiagnosis.employee" : "plan.noDiagnosis.text")}</p>
      </Alert>
      <nav className="anchorbox" aria-labelledby="plan-sections-title">
        <h2 className="anchortitle" id="plan-sections-title">
          {t("planEditor.sections")}
        </h2>
        <ul className="anchorlist">
          {sectionLinks.map(([section, id]) => (
            <li key={section}>
              <a href={`#${id}`}>{t(`plan.section.${section}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      {failure?.healthWords ? (
        <Alert variant="warning" role="alert" data-testid="health-warning">
          <h2 className="alert-heading">{t("plan.health.title")}</h2>
          <p>{t("plan.health.found", { words: failure.healthWords.join(", ") })}</p>
          <p>{t(data.party === "employee" ? "plan.health.employee" : "plan.health.text")}</p>
        </Alert>
      ) : null}
      <ErrorSummary failure={failure} />
      <Form method="post" noValidate className="form plan-form" id="plan-form">
        {/* Enter in a field saves, as before the add buttons: a form's first submit button is its default. */}
        <button type="submit" className="sr-only" tabIndex={-1} aria-hidden="true">
          {t("plan.save")}
        </button>
        <input type="hidden" name="basedOn" value={basedOn} />

        <fieldset className="form-section" id="section-goal">
          <legend>
            <h2>{t("plan.section.goal")}</h2>
          </legend>
          <RadioGroup name="goal" legend={t("plan.goal")} options={opt("plan.goal", goals)} defaultValue={values.goal} failure={f} />
          <TextField name="jobTitle" label={t("plan.jobTitle")} optional maxLength={120} defaultValue={values.jobTitle} failure={f} />
          <TextField
            name="normalWeeklyHours"
            label={t("plan.normalWeeklyHours")}
            optional
            inputMode="decimal"
            className="input--short"
            defaultValue={values.normalWeeklyHours}
            failure={f}
          />
        </fieldset>

        <fieldset className="form-section" id="section-tasks">
          <legend>
            <h2>{t("plan.section.tasks")}</h2>
          </legend>
          <p className="form-hint">{t("plan.tasks.hint")}</p>
          {count.tasks === 0 ? <p>{t("planEditor.noTasks")}</p> : null}
          {rows("tasks").map((i) => (
            <fieldset key={i} className="row-group" id={`row-tasks-${i}`}>
              <legend className="form-label">{values[`tasks.${i}.id`] ? t("plan.task.n", { n: i + 1 }) : t("plan.task.new")}</legend>
              <input type="hidden" name={`tasks.${i}.id`} value={values[`tasks.${i}.id`] ?? ""} />
              <TextField name={`tasks.${i}.name`} label={t("plan.task.name")} maxLength={200} defaultValue={values[`tasks.${i}.name`]} failure={f} />
              <SelectField
                name={`tasks.${i}.assessment`}
                label={t("plan.task.assessment")}
                options={[{ value: "", label: t("plan.choose") }, ...opt("plan.assessment", assessments)]}
                value={values[`tasks.${i}.assessment`] ?? ""}
                failure={f}
              />
              <TextAreaField
                name={`tasks.${i}.note`}
                label={t("plan.task.note")}
                optional
                rows={2}
                maxLength={1000}
                defaultValue={values[`tasks.${i}.note`]}
                failure={f}
              />
              {values[`tasks.${i}.id`] ? <CheckboxField name={`tasks.${i}.remove`} label={t("plan.remove")} failure={f} /> : null}
            </fieldset>
          ))}
          <AddRowButton list="tasks" next={count.tasks} label={t("planEditor.addTask")} />
        </fieldset>

        <fieldset className="form-section" id="section-accommodations">
          <legend>
            <h2>{t("plan.section.accommodations")}</h2>
          </legend>
          <p className="form-hint">{t("plan.acc.hint")}</p>
          {count.acc === 0 ? <p>{t("planEditor.noAccommodations")}</p> : null}
          {rows("acc").map((i) => (
            <fieldset key={i} className="row-group" id={`row-acc-${i}`}>
              <legend className="form-label">{values[`acc.${i}.id`] ? t("plan.acc.n", { n: i + 1 }) : t("plan.acc.new")}</legend>
              <input type="hidden" name={`acc.${i}.id`} value={values[`acc.${i}.id`] ?? ""} />
              <SelectField
                name={`acc.${i}.kind`}
                label={t("plan.acc.kind")}
                options={[{ value: "", label: t("plan.choose") }, ...opt("plan.accKind", accommodationKinds)]}
                value={values[`acc.${i}.kind`] ?? ""}
                failure={f}
              />
              <TextAreaField
                name={`acc.${i}.description`}
                label={t("plan.acc.description")}
                rows={2}
                maxLength={1000}
                defaultValue={values[`acc.${i}.description`]}
                failure={f}
              />
              <SelectField
                name={`acc.${i}.responsible`}
                label={t("plan.acc.responsible")}
                options={[{ value: "", label: t("plan.choose") }, ...opt("plan.responsible", responsibles)]}
                value={values[`acc.${i}.responsible`] ?? ""}
                failure={f}
              />
              <div className="inline-fields">
                <DateField name={`acc.${i}.start`} label={t("plan.acc.start")} optional defaultValue={values[`acc.${i}.start`]} failure={f} />
                <DateField name={`acc.${i}.end`} label={t("plan.acc.end")} optional defaultValue={values[`acc.${i}.end`]} failure={f} />
              </div>
              <SelectField
                name={`acc.${i}.status`}
                label={t("plan.acc.status")}
                options={[{ value: "", label: t("plan.choose") }, ...opt("plan.status", measureStatuses)]}
                value={values[`acc.${i}.status`] ?? ""}
                failure={f}
              />
              <TextAreaField
                name={`acc.${i}.comment`}
                label={t("plan.acc.comment")}
                optional
                rows={2}
                maxLength={1000}
                defaultValue={values[`acc.${i}.comment`]}
                failure={f}
              />
              {values[`acc.${i}.id`] ? <CheckboxField name={`acc.${i}.remove`} label={t("plan.remove")} failure={f} /> : null}
            </fieldset>
          ))}
          <AddRowButton list="acc" next={count.acc} label={t("planEditor.addAccommodation")} />
        </fieldset>
        <fieldset className="form-section" id="field-stepUp">
          <legend>
            <h2>{t("plan.section.stepUp")}</h2>
          </legend>
          <p className="form-hint">{t("plan.stepUp.hint")}</p>
          {errors.stepUp ? <p className="form-error-message">{errors.stepUp}</p> : null}
          <DateField name="stepUpStart" label={t("plan.stepUp.start")} optional defaultValue={values.stepUpStart} failure={f} />
          <div className="week-grid">
            {Array.from({ length: weekRows }, (_, i) => (
              <TextField
                key={i}
                name={`week.${i}`}
                label={t("plan.stepUp.weekHours", { week: i + 1 })}
                optional
                inputMode="decimal"
                className="input--short"
                defaultValue={values[`week.${i}`]}
                failure={f}
              />
            ))}
          </div>
        </fieldset>

        <fieldset className="form-section" id="section-followUp">
          <legend>
            <h2>{t("plan.section.followUp")}</h2>
          </legend>
          {count.meet === 0 ? <p>{t("plan.noMeetings")}</p> : null}
          {rows("meet").map((i) => (
            <fieldset key={i} className="row-group" id={`row-meet-${i}`}>
              <legend className="form-label">{values[`meet.${i}.id`] ? t("plan.meeting.n", { n: i + 1 }) : t("plan.meeting.new")}</legend>
              <input type="hidden" name={`meet.${i}.id`} value={values[`meet.${i}.id`] ?? ""} />
              <DateField name={`meet.${i}.date`} label={t("plan.meeting.date")} defaultValue={values[`meet.${i}.date`]} failure={f} />
              <SelectField
                name={`meet.${i}.kind`}
                label={t("plan.meeting.kind")}
                options={[{ value: "", label: t("plan.choose") }, ...opt("plan.meetingKind", meetingKinds)]}
                value={values[`meet.${i}.kind`] ?? ""}
                failure={f}
              />
              <TextField name={`meet.${i}.note`} label={t("plan.meeting.note")} optional maxLength={1000} defaultValue={values[`meet.${i}.note`]} failure={f} />
              {values[`meet.${i}.id`] ? <CheckboxField name={`meet.${i}.remove`} label={t("plan.remove")} failure={f} /> : null}
            </fieldset>
          ))}
          <AddRowButton list="meet" next={count.meet} label={t("planEditor.addMeeting")} />
          <DateField
            name="evaluationDate"
            label={t("plan.evaluationDate")}
            hint={t("plan.evaluationHint")}
            optional
            defaultValue={values.evaluationDate}
            failure={f}
          />
        </fieldset>

        {failure?.healthWords ? <CheckboxField name="confirmHealth" label={t("plan.health.confirm")} failure={null} /> : null}
        <p>{t("plan.saveHint")}</p>
        <button type="submit" className="button button-primary">
          {t("plan.save")}
        </button>
      </Form>
    </>
  );
}
