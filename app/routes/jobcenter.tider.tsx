import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Alert, DateField, ErrorSummary, SelectField, TextField, TimeField } from "~/components/forms";
import { MEETING_FORMS, MEETING_KINDS } from "~/domain/slots";
import { requireStaff } from "~/services/auth.server";
import { addAvailability, availabilityOf, consultantCalendar, removeAvailability } from "~/services/meetings.server";
import { now } from "~/utils/clock";
import { addDays, copenhagenDate, formatDate, formatDateShort, formatMeetingWhen } from "~/utils/dates";
import { type FormFailure } from "~/utils/forms";
import { idParam, parseForm, readFormData } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { useT, type MessageKey, type I18nHandle } from "~/utils/i18n";
import {
  availabilityExceptionSchema,
  availabilityFormsSchema,
  availabilityFromQuery,
  availabilityKindsSchema,
  availabilityRuleSchema,
} from "~/schemas/jobcenter.server";

export const handle: I18nHandle = { i18n: ["meetings"] };

export const meta: MetaFunction = () => [{ title: "Mine tider og møder – Fasthold" }];

const CALENDAR_DAYS = 14;

/** A consultant's published times (weekly pattern and exceptions) and their coming meetings, 14 days a page. */
export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireStaff(request);
  const today = copenhagenDate(now());
  const from = availabilityFromQuery.parse(Object.fromEntries(new URL(request.url).searchParams)).fra ?? today;
  const [availability, calendar] = await Promise.all([availabilityOf(user, today), consultantCalendar(user, from, CALENDAR_DAYS)]);
  return json({ ...availability, calendar, from, to: addDays(from, CALENDAR_DAYS - 1), today });
}

type ActionData = FormFailure & { intent: string };

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireStaff(request);
  const { t } = await getT(request);
  const formData = await readFormData(request);
  const intent = String(formData.get("intent") ?? "");
  const kinds = availabilityKindsSchema.safeParse(formData.getAll("kinds"));
  const forms = availabilityFormsSchema.safeParse(formData.getAll("forms"));
  if (intent === "add-rule" || intent === "add-exception") {
    const parsed = intent === "add-rule" ? parseForm(availabilityRuleSchema, formData, t) : parseForm(availabilityExceptionSchema, formData, t);
    const needLists = intent === "add-rule" || formData.get("type") === "extra";
    const errors = { ...(parsed.ok ? {} : parsed.failure.errors) };
    if (needLists && !kinds.success) errors.kinds = t("meetings.avail.error.choose");
    if (needLists && !forms.success) errors.forms = t("meetings.avail.error.choose");
    if (!parsed.ok || Object.keys(errors).length) {
      return json<ActionData>({ errors, values: parsed.ok ? parsed.values : parsed.failure.values, intent }, { status: 400 });
    }
    const d = parsed.data as {
      weekday?: number;
      type?: "blocked" | "extra";
      date?: string;
      validFrom?: string;
      start?: string;
      end?: string;
      slotMinutes?: number;
      location?: string;
    };
    await addAvailability(user, {
      ...d,
      kinds: kinds.success ? kinds.data : [],
      forms: forms.success ? forms.data : [],
      rule: intent === "add-rule",
    } as never);
    return redirect("/jobcenter/tider?gemt=1");
  }
  if (intent === "delete-rule" || intent === "delete-exception") {
    const id = idParam.safeParse(formData.get("id"));
    if (!id.success || !(await removeAvailability(user, intent === "delete-rule" ? "rule" : "exception", id.data)))
      throw new Response("Not Found", { status: 404 });
    return redirect("/jobcenter/tider?gemt=1");
  }
  throw new Response("Bad Request", { status: 400 });
}

function Choices({ name, legend, values, failure }: { name: string; legend: string; values: readonly string[]; failure: ActionData | null }) {
  const { t } = useT();
  const error = failure?.errors[name];
  return (
    <div className={`form-group${error ? " form-error" : ""}`}>
      <fieldset id={`field-${name}`}>
        <legend className="form-label">{legend}</legend>
        {error ? (
          <span className="form-error-message" id={`${name}-error`}>
            {error}
          </span>
        ) : null}
        <ul className="nobullet-list">
          {values.map((v) => (
            <li key={v}>
              <div className="form-group-checkbox">
                <input type="checkbox" className="form-checkbox" id={`${name}-${v}-${legend.length}`} name={name} value={v} defaultChecked />
                <label className="form-label" htmlFor={`${name}-${v}-${legend.length}`}>
                  {t(`meetings.${name === "kinds" ? "kind" : "form"}.${v}` as MessageKey)}
                </label>
              </div>
            </li>
          ))}
        </ul>
      </fieldset>
    </div>
  );
}

export default function ConsultantTimes() {
  const { t, lang } = useT();
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>() as ActionData | undefined;
  const [params] = useSearchParams();
  const ruleFailure = actionData?.intent === "add-rule" ? actionData : null;
  const exFailure = actionData?.intent === "add-exception" ? actionData : null;
  const days = [...new Set(data.calendar.map((m) => m.date))];
  return (
    <>
      <h1>{t("meetings.nav")}</h1>
      {params.get("gemt") ? (
        <Alert variant="success" role="status">
          {t("meetings.avail.saved")}
        </Alert>
      ) : null}

      <section aria-labelledby="cal-h">
        <h2 id="cal-h">{t("meetings.calendar.title")}</h2>
        <p>{t("meetings.calendar.period", { from: formatDateShort(data.from, lang), to: formatDateShort(data.to, lang) })}</p>
        {days.length === 0 ? <p>{t("meetings.calendar.none")}</p> : null}
        {days.map((day) => (
          <div key={day}>
            <h3 className="h4">{formatDate(day, lang)}</h3>
            <ul className="nobullet-list">
              {data.calendar
                .filter((m) => m.date === day)
                .map((m) => (
                  <li key={m.id} data-testid="calendar-meeting">
                    <Link to={`/jobcenter/moeder/${m.id}`}>
                      {formatMeetingWhen(m.startsAt, lang)} – {t(`meetings.kind.${m.kind}` as MessageKey)}: {m.employeeName}, {m.companyName}
                    </Link>{" "}
                    <span className="badge">{t(`meetings.status.${m.status}` as MessageKey)}</span>
                  </li>
                ))}
            </ul>
          </div>
        ))}
        <p className="button-row">
          {data.from > data.today ? <Link to={`/jobcenter/tider?fra=${addDays(data.from, -14)}`}>{t("meetings.calendar.prev")}</Link> : null}{" "}
          <Link to={`/jobcenter/tider?fra=${addDays(data.from, 14)}`}>{t("meetings.calendar.next")}</Link>
        </p>
      </section>

      <section aria-labelledby="avail-h">
        <h2 id="avail-h">{t("meetings.avail.title")}</h2>
        <p>{t("meetings.avail.lead")}</p>
        <h3>{t("meetings.avail.rules")}</h3>
        {data.rules.length === 0 ? <p>{t("meetings.avail.noRules")}</p> : null}
        <ul className="nobullet-list">
          {data.rules.map((r) => (
            <li key={r.id} data-testid="rule">
              <Form method="post" className="inline-form">
                {t(`meetings.weekday.${r.weekday}` as MessageKey)} {r.start.replace(":", ".")}–{r.end.replace(":", ".")}, {r.slotMinutes} min:{" "}
                {r.kinds.map((k) => t(`meetings.kind.${k}` as MessageKey)).join(", ")} · {r.forms.map((f) => t(`meetings.form.${f}` as MessageKey)).join(", ")}
                {r.location ? ` · ${r.location}` : ""} <input type="hidden" name="id" value={r.id} />
                <button type="submit" name="intent" value="delete-rule" className="button button-tertiary">
                  {t("meetings.avail.delete")}
                </button>
              </Form>
            </li>
          ))}
        </ul>
        <Form method="post" noValidate>
          <ErrorSummary failure={ruleFailure} />
          <SelectField
            name="weekday"
            label={t("meetings.avail.weekday")}
            failure={ruleFailure}
            options={[1, 2, 3, 4, 5, 6, 7].map((d) => ({ value: String(d), label: t(`meetings.weekday.${d}` as MessageKey) }))}
          />
          <TimeField name="start" label={t("meetings.avail.from")} failure={ruleFailure} />
          <TimeField name="end" label={t("meetings.avail.to")} failure={ruleFailure} />
          <TextField
            name="slotMinutes"
            label={t("meetings.avail.slotMinutes")}
            inputMode="numeric"
            defaultValue="60"
            className="input--short"
            failure={ruleFailure}
          />
          <Choices name="kinds" legend={t("meetings.avail.kinds")} values={MEETING_KINDS} failure={ruleFailure} />
          <Choices name="forms" legend={t("meetings.avail.forms")} values={MEETING_FORMS} failure={ruleFailure} />
          <TextField name="location" label={t("meetings.avail.location")} optional maxLength={200} failure={ruleFailure} />
          <DateField name="validFrom" label={t("meetings.avail.validFrom")} defaultValue={data.today} failure={ruleFailure} />
          <button type="submit" name="intent" value="add-rule" className="button button-primary">
            {t("meetings.avail.addRule")}
          </button>
        </Form>

        <h3>{t("meetings.avail.exceptions")}</h3>
        {data.exceptions.length === 0 ? <p>{t("meetings.avail.noExceptions")}</p> : null}
        <ul className="nobullet-list">
          {data.exceptions.map((e) => (
            <li key={e.id}>
              <Form method="post" className="inline-form">
                {formatDate(e.date, lang)}: {e.type === "blocked" ? t("meetings.avail.blocked") : t("meetings.avail.extra")}{" "}
                {e.start && e.end ? `${e.start.replace(":", ".")}–${e.end.replace(":", ".")}` : t("meetings.avail.wholeDay")}{" "}
                <input type="hidden" name="id" value={e.id} />
                <button type="submit" name="intent" value="delete-exception" className="button button-tertiary">
                  {t("meetings.avail.delete")}
                </button>
              </Form>
            </li>
          ))}
        </ul>
        <Form method="post" noValidate>
          <ErrorSummary failure={exFailure} />
          <SelectField
            name="type"
            label={t("meetings.avail.exceptionType")}
            failure={exFailure}
            options={[
              { value: "blocked", label: t("meetings.avail.blocked") },
              { value: "extra", label: t("meetings.avail.extra") },
            ]}
          />
          <DateField name="date" label={t("meetings.avail.date")} failure={exFailure} />
          <TimeField name="start" label={t("meetings.avail.from")} optional failure={exFailure} />
          <TimeField name="end" label={t("meetings.avail.to")} optional failure={exFailure} />
          <TextField
            name="slotMinutes"
            label={t("meetings.avail.slotMinutes")}
            inputMode="numeric"
            defaultValue="60"
            className="input--short"
            optional
            failure={exFailure}
          />
          <Choices
            name="kinds"
            legend={`${t("meetings.avail.kinds")} (${t("meetings.avail.extra").toLowerCase()})`}
            values={MEETING_KINDS}
            failure={exFailure}
          />
          <Choices
            name="forms"
            legend={`${t("meetings.avail.forms")} (${t("meetings.avail.extra").toLowerCase()})`}
            values={MEETING_FORMS}
            failure={exFailure}
          />
          <button type="submit" name="intent" value="add-exception" className="button button-secondary">
            {t("meetings.avail.addException")}
          </button>
        </Form>
      </section>
    </>
  );
}
