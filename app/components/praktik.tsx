import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import type { PlacementStatus, TargetGroup } from "~db/schema";
import type { FormFailure } from "~/utils/forms";
import { hows, industries, offerAccommodations, outcomes } from "~/domain/placementRules";
import { municipalities } from "~/domain/municipalities";
import { formatDate, toDanishDate } from "~/utils/dates";
import { formatDecimal, useT, type MessageKey } from "~/utils/i18n";
import { DateField, ErrorSummary, RadioGroup, SelectField, TextAreaField, TextField } from "./forms";
import { DateOnly, DateTime, Period } from "./time";

export function StatusBadge({ status }: { status: PlacementStatus }) {
  const { t } = useT();
  const cls = {
    requested: "badge-info",
    proposed: "badge-warning",
    accepted: "badge-warning",
    approved: "badge-success",
    active: "badge-success",
    completed: "",
    cancelled: "",
  }[status];
  return <span className={`badge ${cls}`}>{t(`praktik.status.${status}`)}</span>;
}

type OfferDefaults = Partial<Record<string, string>> & { accommodations?: string[] };

/** The offer form, for a new offer and for changing one. */
export function OfferForm({ failure, defaults, submitLabel }: { failure?: FormFailure | null; defaults: OfferDefaults; submitLabel: string }) {
  const { t } = useT();
  const labels: Record<string, string> = {
    title: t("praktik.offer.title"),
    tasks: t("praktik.offer.tasks"),
    industry: t("praktik.offer.industry"),
    address: t("praktik.offer.address"),
    postcode: t("praktik.offer.postcode"),
    municipality: t("praktik.offer.municipality"),
    hoursMin: t("praktik.offer.hoursMin"),
    hoursMax: t("praktik.offer.hoursMax"),
    availableFrom: t("praktik.offer.availableFrom"),
    maxWeeks: t("praktik.offer.maxWeeks"),
    places: t("praktik.offer.places"),
    contactName: t("field.contactName"),
    contactPhone: t("field.contactPhone"),
    contactEmail: t("field.contactEmail"),
  };
  const checked = (a: string) => (failure ? failure.values[`acc_${a}`] === "on" : (defaults.accommodations?.includes(a) ?? false));
  return (
    <>
      <ErrorSummary failure={failure} labels={labels} />
      <Form method="post" noValidate className="form">
        <input type="hidden" name="intent" value="save" />
        <TextField name="title" label={labels.title} maxLength={120} defaultValue={defaults.title} failure={failure} />
        <TextAreaField
          name="tasks"
          label={labels.tasks}
          hint={t("praktik.offer.tasksHint")}
          rows={4}
          maxLength={2000}
          defaultValue={defaults.tasks}
          failure={failure}
        />
        <SelectField
          name="industry"
          label={labels.industry}
          value={defaults.industry}
          failure={failure}
          options={[{ value: "", label: t("plan.choose") }, ...industries.map((i) => ({ value: i, label: t(`praktik.industry.${i}`) }))]}
        />
        <TextField name="address" label={labels.address} autoComplete="street-address" defaultValue={defaults.address} failure={failure} />
        <div className="inline-fields">
          <TextField
            name="postcode"
            label={labels.postcode}
            inputMode="numeric"
            maxLength={4}
            className="input--short"
            autoComplete="postal-code"
            defaultValue={defaults.postcode}
            failure={failure}
          />
          <SelectField
            name="municipality"
            label={labels.municipality}
            value={defaults.municipality}
            failure={failure}
            options={[{ value: "", label: t("plan.choose") }, ...municipalities.map((m) => ({ value: m, label: m }))]}
          />
        </div>
        <div className="inline-fields">
          <TextField name="hoursMin" label={labels.hoursMin} inputMode="decimal" className="input--short" defaultValue={defaults.hoursMin} failure={failure} />
          <TextField name="hoursMax" label={labels.hoursMax} inputMode="decimal" className="input--short" defaultValue={defaults.hoursMax} failure={failure} />
        </div>
        <div className="inline-fields">
          <DateField name="availableFrom" label={labels.availableFrom} defaultValue={defaults.availableFrom} failure={failure} />
          <TextField name="maxWeeks" label={labels.maxWeeks} inputMode="numeric" className="input--short" defaultValue={defaults.maxWeeks} failure={failure} />
          <TextField name="places" label={labels.places} inputMode="numeric" className="input--short" defaultValue={defaults.places} failure={failure} />
        </div>
        <fieldset className="form-group">
          <legend className="form-label">{t("praktik.offer.accommodations")}</legend>
          <p className="form-hint">{t("praktik.offer.accommodationsHint")}</p>
          {offerAccommodations.map((a) => (
            <div className="form-group-checkbox" key={a}>
              <input type="checkbox" className="form-checkbox" id={`acc_${a}`} name={`acc_${a}`} defaultChecked={checked(a)} />
              <label htmlFor={`acc_${a}`}>{t(`praktik.acc.${a}`)}</label>
            </div>
          ))}
        </fieldset>
        <TextField name="contactName" label={labels.contactName} autoComplete="name" defaultValue={defaults.contactName} failure={failure} />
        <TextField
          name="contactPhone"
          type="tel"
          label={labels.contactPhone}
          autoComplete="tel"
          className="input--medium"
          defaultValue={defaults.contactPhone}
          failure={failure}
        />
        <TextField name="contactEmail" type="email" label={labels.contactEmail} autoComplete="email" defaultValue={defaults.contactEmail} failure={failure} />
        <button type="submit" className="button button-primary">
          {submitLabel}
        </button>
      </Form>
    </>
  );
}

type PlacementFactsProps = {
  placement: {
    cpr_masked: string | null;
    wished_tasks: string;
    wished_start: string;
    wished_weeks: number;
    wished_hours: number;
    start_date: string | null;
    end_date: string | null;
    weeks: number | null;
    extra_weeks: number;
    hours: number | null;
    target_group: TargetGroup | null;
  };
  /** The trainee as this reader may know them (companies only). */
  person?: string | null;
  /** The matched place, as this reader may see it. */
  place?: ReactNode;
  staffRep?: ReactNode;
  showTargetGroup?: boolean;
};

/** What was asked for and what was agreed: the same facts for the jobcenter and the companies. */
export function PlacementFacts({ placement: p, person, place, staffRep, showTargetGroup = false }: PlacementFactsProps) {
  const { t, lang } = useT();
  const hours = (n: number | null) => t("plan.hours", { hours: formatDecimal(n, lang) });
  return (
    <dl className="summary">
      {person ? (
        <div>
          <dt>{t("praktik.person")}</dt>
          <dd data-testid="person">{person}</dd>
        </div>
      ) : null}
      {p.cpr_masked ? (
        <div>
          <dt>{t("field.cpr")}</dt>
          <dd>{p.cpr_masked}</dd>
        </div>
      ) : null}
      <div>
        <dt>{t("praktik.request.tasks")}</dt>
        <dd className="prewrap">{p.wished_tasks}</dd>
      </div>
      <div>
        <dt>{t("praktik.request.wish")}</dt>
        <dd>
          <DateOnly date={p.wished_start} />, {t("praktik.weeksN", { weeks: p.wished_weeks })}, {hours(p.wished_hours)}
        </dd>
      </div>
      {place ? (
        <div>
          <dt>{t("praktik.place")}</dt>
          <dd data-testid="match">{place}</dd>
        </div>
      ) : null}
      {p.start_date ? (
        <div>
          <dt>{t("praktik.period")}</dt>
          <dd data-testid="period">
            <Period start={p.start_date} end={p.end_date} /> ({t("praktik.weeksN", { weeks: (p.weeks ?? 0) + p.extra_weeks })}
            {p.extra_weeks ? `, ${t("praktik.extendedBy", { weeks: p.extra_weeks })}` : ""}), {hours(p.hours)}
            {showTargetGroup && p.target_group ? ` · ${t(`praktik.group.${p.target_group}`)}` : ""}
          </dd>
        </div>
      ) : null}
      {staffRep ? (
        <div>
          <dt>{t("praktik.staffRep")}</dt>
          <dd>{staffRep}</dd>
        </div>
      ) : null}
    </dl>
  );
}

/** "How is it going?" — the same scale in a weekly check-in and in an evaluation. */
export function HowItGoes({ legend, failure }: { legend: string; failure?: FormFailure | null }) {
  const { t } = useT();
  return <RadioGroup name="how" legend={legend} failure={failure} options={hows.map((h) => ({ value: h, label: t(`praktik.how.${h}`) }))} />;
}

/** A party's evaluation; the jobcenter also records the outcome. */
export function EvaluationForm({ failure, withOutcome = false }: { failure?: FormFailure | null; withOutcome?: boolean }) {
  const { t } = useT();
  return (
    <Form method="post" noValidate className="card">
      <input type="hidden" name="intent" value="evaluate" />
      <h2>{t("praktik.evaluation.title")}</h2>
      <HowItGoes legend={t("praktik.evaluation.how")} failure={failure} />
      {withOutcome ? (
        <SelectField
          name="outcome"
          label={t("praktik.evaluation.outcome")}
          failure={failure}
          options={outcomes.map((o) => ({ value: o, label: t(`praktik.outcome.${o}`) }))}
        />
      ) : null}
      <TextAreaField name="text" label={t("praktik.evaluation.text")} rows={3} maxLength={2000} failure={failure} />
      <button type="submit" className="button button-secondary">
        {t("praktik.evaluation.submit")}
      </button>
    </Form>
  );
}

export function CancelPlacementForm({ failure }: { failure?: FormFailure | null }) {
  const { t } = useT();
  return (
    <Form method="post" noValidate className="card">
      <input type="hidden" name="intent" value="cancel" />
      <h2>{t("praktik.cancel.title")}</h2>
      <TextAreaField name="reason" label={t("praktik.cancel.reason")} rows={2} maxLength={1000} failure={failure} />
      <button type="submit" className="button button-secondary">
        {t("praktik.cancel.submit")}
      </button>
    </Form>
  );
}

type Checkin = { id: string; week_start: string; attendance: string; hours: number; how: string; comment: string | null; author_name: string | null };
type Evaluation = { id: string; party: string; how: string; outcome?: string | null; text: string; author_name: string | null; created_at: string };

/** The check-ins, the evaluations (an outcome only where the reader was given it) and the history. */
export function PlacementRecord({
  checkins,
  evaluations,
  events,
}: {
  checkins: Checkin[];
  evaluations: Evaluation[];
  events: Parameters<typeof EventList>[0]["events"];
}) {
  const { t, lang } = useT();
  return (
    <>
      {checkins.length ? (
        <>
          <h2>{t("praktik.checkins")}</h2>
          <ul className="plain-list" data-testid="checkins">
            {checkins.map((c) => (
              <li key={c.id}>
                {t("praktik.checkin.weekFrom", { date: formatDate(c.week_start, lang) })}: {t(`praktik.attendance.${c.attendance}` as MessageKey)},{" "}
                {t("plan.hours", { hours: formatDecimal(c.hours, lang) })}, {t(`praktik.how.${c.how}` as MessageKey)}
                {c.comment ? ` – ${c.comment}` : ""} ({c.author_name})
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {evaluations.length ? (
        <>
          <h2>{t("praktik.evaluations")}</h2>
          <ul className="plain-list" data-testid="evaluations">
            {evaluations.map((e) => (
              <li key={e.id}>
                <strong>{t(`praktik.party.${e.party}` as MessageKey)}</strong>: {t(`praktik.how.${e.how}` as MessageKey)}
                {e.outcome ? ` · ${t(`praktik.outcome.${e.outcome}` as MessageKey)}` : ""} – {e.text} ({e.author_name}, <DateTime iso={e.created_at} />)
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>{t("praktik.history")}</h2>
      <EventList events={events} />
    </>
  );
}

export function EventList({ events }: { events: { id: string; kind: string; actor_name: string; at: string; note: string | null }[] }) {
  const { t } = useT();
  return (
    <ol className="plain-list" data-testid="placement-events">
      {events.map((e) => (
        <li key={e.id}>
          <strong>{t(`praktik.event.${e.kind}` as MessageKey)}</strong> · {e.actor_name}, <DateTime iso={e.at} />
          {e.note ? <span className="prewrap"> – {e.note}</span> : null}
        </li>
      ))}
    </ol>
  );
}

export type BankQuery = { industry?: string; postcode?: string; municipality?: string; hours?: number; availableBy?: string; accommodations: string[] };

/** The bank's search form (GET, so it works without JavaScript and the URL can be shared). */
export function BankSearchForm({
  query,
  counts,
  total,
  hidden = {},
}: {
  query: BankQuery;
  counts: { byIndustry: Record<string, number>; byAccommodation: Record<string, number> };
  total: number;
  hidden?: Record<string, string>;
}) {
  const { t } = useT();
  return (
    <Form method="get" className="bank-search" aria-labelledby="bank-search-h">
      <h2 id="bank-search-h">{t("praktik.bank.search")}</h2>
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <div className="filters">
        <div className="filter">
          <label htmlFor="q-industry" className="form-label">
            {t("praktik.offer.industry")}
          </label>
          <select id="q-industry" name="branche" defaultValue={query.industry ?? ""} className="form-select">
            <option value="">{t("desk.filter.all")}</option>
            {industries.map((i) => (
              <option key={i} value={i}>
                {t(`praktik.industry.${i}`)} ({counts.byIndustry[i] ?? 0})
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor="q-postcode" className="form-label">
            {t("praktik.offer.postcode")}
          </label>
          <input id="q-postcode" name="postnr" defaultValue={query.postcode ?? ""} inputMode="numeric" maxLength={4} className="form-input input-width-xs" />
        </div>
        <div className="filter">
          <label htmlFor="q-municipality" className="form-label">
            {t("praktik.offer.municipality")}
          </label>
          <select id="q-municipality" name="kommune" defaultValue={query.municipality ?? ""} className="form-select">
            <option value="">{t("desk.filter.all")}</option>
            {municipalities.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor="q-hours" className="form-label">
            {t("praktik.bank.hours")}
          </label>
          <input id="q-hours" name="timer" defaultValue={query.hours ?? ""} inputMode="decimal" className="form-input input-width-xs" />
        </div>
        <div className="filter">
          <label htmlFor="q-available" className="form-label">
            {t("praktik.bank.availableBy")}
          </label>
          <span id="q-available-hint" className="form-hint">
            {t("form.dateHint")}
          </span>
          <input
            id="q-available"
            name="ledig"
            type="text"
            inputMode="numeric"
            maxLength={10}
            aria-describedby="q-available-hint"
            defaultValue={query.availableBy ? toDanishDate(query.availableBy) : ""}
            className="form-input input-width-s"
          />
        </div>
      </div>
      <fieldset className="form-group">
        <legend className="form-label">{t("praktik.bank.accommodations")}</legend>
        <div className="choices-inline">
          {offerAccommodations.map((a) => (
            <div className="form-group-checkbox" key={a}>
              <input type="checkbox" className="form-checkbox" id={`q-acc-${a}`} name={`acc_${a}`} defaultChecked={query.accommodations.includes(a)} />
              <label htmlFor={`q-acc-${a}`}>
                {t(`praktik.acc.${a}`)} ({counts.byAccommodation[a] ?? 0})
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <button type="submit" className="button button-secondary">
        {t("praktik.bank.searchSubmit")}
      </button>
      <p role="status" className="result-count" data-testid="bank-total">
        {t("praktik.bank.total", { count: total })}
      </p>
    </Form>
  );
}
