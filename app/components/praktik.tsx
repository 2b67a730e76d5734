import { Form } from "@remix-run/react";
import type { PlacementStatus } from "~db/schema";
import type { FormFailure } from "~/utils/forms";
import { industries, offerAccommodations } from "~/models/placementRules";
import { municipalities } from "~/utils/municipalities";
import { useT, type MessageKey } from "~/utils/i18n";
import { ErrorSummary, TextAreaField, TextField } from "./forms";
import { DateTime } from "./time";

export function SelectField({
  name,
  label,
  options,
  value,
  failure,
  hint,
}: {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  value?: string;
  failure?: FormFailure | null;
  hint?: string;
}) {
  const error = failure?.errors[name];
  const current = failure ? failure.values[name] ?? "" : value ?? "";
  const describedBy = [hint ? `field-${name}-hint` : null, error ? `field-${name}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <label htmlFor={`field-${name}`} className="label">
        {label}
      </label>
      {hint ? (
        <p id={`field-${name}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`field-${name}-error`} className="field-error">
          {error}
        </p>
      ) : null}
      <select id={`field-${name}`} name={name} defaultValue={current} className="input input--medium" aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function StatusBadge({ status }: { status: PlacementStatus }) {
  const { t } = useT();
  const cls = { requested: "badge--open", proposed: "badge--soon", accepted: "badge--soon", approved: "badge--ok", active: "badge--ok", completed: "badge--neutral", cancelled: "badge--neutral" }[status];
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
  const checked = (a: string) => (failure ? failure.values[`acc_${a}`] === "on" : defaults.accommodations?.includes(a) ?? false);
  return (
    <>
      <ErrorSummary failure={failure} labels={labels} />
      <Form method="post" noValidate className="form">
        <input type="hidden" name="intent" value="save" />
        <TextField name="title" label={labels.title} maxLength={120} defaultValue={defaults.title} failure={failure} />
        <TextAreaField name="tasks" label={labels.tasks} hint={t("praktik.offer.tasksHint")} rows={4} maxLength={2000} defaultValue={defaults.tasks} failure={failure} />
        <SelectField name="industry" label={labels.industry} value={defaults.industry} failure={failure} options={[{ value: "", label: t("plan.choose") }, ...industries.map((i) => ({ value: i, label: t(`praktik.industry.${i}`) }))]} />
        <TextField name="address" label={labels.address} autoComplete="street-address" defaultValue={defaults.address} failure={failure} />
        <div className="inline-fields">
          <TextField name="postcode" label={labels.postcode} inputMode="numeric" maxLength={4} className="input--short" autoComplete="postal-code" defaultValue={defaults.postcode} failure={failure} />
          <SelectField name="municipality" label={labels.municipality} value={defaults.municipality} failure={failure} options={[{ value: "", label: t("plan.choose") }, ...municipalities.map((m) => ({ value: m, label: m }))]} />
        </div>
        <div className="inline-fields">
          <TextField name="hoursMin" label={labels.hoursMin} inputMode="decimal" className="input--short" defaultValue={defaults.hoursMin} failure={failure} />
          <TextField name="hoursMax" label={labels.hoursMax} inputMode="decimal" className="input--short" defaultValue={defaults.hoursMax} failure={failure} />
        </div>
        <div className="inline-fields">
          <TextField name="availableFrom" type="date" label={labels.availableFrom} className="input--medium" defaultValue={defaults.availableFrom} failure={failure} />
          <TextField name="maxWeeks" label={labels.maxWeeks} inputMode="numeric" className="input--short" defaultValue={defaults.maxWeeks} failure={failure} />
          <TextField name="places" label={labels.places} inputMode="numeric" className="input--short" defaultValue={defaults.places} failure={failure} />
        </div>
        <fieldset className="field">
          <legend className="label">{t("praktik.offer.accommodations")}</legend>
          <p className="hint">{t("praktik.offer.accommodationsHint")}</p>
          {offerAccommodations.map((a) => (
            <div className="choice" key={a}>
              <input type="checkbox" id={`acc_${a}`} name={`acc_${a}`} defaultChecked={checked(a)} />
              <label htmlFor={`acc_${a}`}>{t(`praktik.acc.${a}`)}</label>
            </div>
          ))}
        </fieldset>
        <TextField name="contactName" label={labels.contactName} autoComplete="name" defaultValue={defaults.contactName} failure={failure} />
        <TextField name="contactPhone" type="tel" label={labels.contactPhone} autoComplete="tel" className="input--medium" defaultValue={defaults.contactPhone} failure={failure} />
        <TextField name="contactEmail" type="email" label={labels.contactEmail} autoComplete="email" defaultValue={defaults.contactEmail} failure={failure} />
        <button type="submit" className="button">
          {submitLabel}
        </button>
      </Form>
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
          <label htmlFor="q-industry" className="label">
            {t("praktik.offer.industry")}
          </label>
          <select id="q-industry" name="branche" defaultValue={query.industry ?? ""} className="input">
            <option value="">{t("desk.filter.all")}</option>
            {industries.map((i) => (
              <option key={i} value={i}>
                {t(`praktik.industry.${i}`)} ({counts.byIndustry[i] ?? 0})
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor="q-postcode" className="label">
            {t("praktik.offer.postcode")}
          </label>
          <input id="q-postcode" name="postnr" defaultValue={query.postcode ?? ""} inputMode="numeric" maxLength={4} className="input input--short" />
        </div>
        <div className="filter">
          <label htmlFor="q-municipality" className="label">
            {t("praktik.offer.municipality")}
          </label>
          <select id="q-municipality" name="kommune" defaultValue={query.municipality ?? ""} className="input">
            <option value="">{t("desk.filter.all")}</option>
            {municipalities.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor="q-hours" className="label">
            {t("praktik.bank.hours")}
          </label>
          <input id="q-hours" name="timer" defaultValue={query.hours ?? ""} inputMode="decimal" className="input input--short" />
        </div>
        <div className="filter">
          <label htmlFor="q-available" className="label">
            {t("praktik.bank.availableBy")}
          </label>
          <input id="q-available" name="ledig" type="date" defaultValue={query.availableBy ?? ""} className="input" />
        </div>
      </div>
      <fieldset className="field">
        <legend className="label">{t("praktik.offer.accommodations")}</legend>
        <div className="choices-inline">
          {offerAccommodations.map((a) => (
            <div className="choice" key={a}>
              <input type="checkbox" id={`q-acc-${a}`} name={`acc_${a}`} defaultChecked={query.accommodations.includes(a)} />
              <label htmlFor={`q-acc-${a}`}>
                {t(`praktik.acc.${a}`)} ({counts.byAccommodation[a] ?? 0})
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <button type="submit" className="button button--secondary">
        {t("praktik.bank.searchSubmit")}
      </button>
      <p role="status" className="result-count" data-testid="bank-total">
        {t("praktik.bank.total", { count: total })}
      </p>
    </Form>
  );
}
