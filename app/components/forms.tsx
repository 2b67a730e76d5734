import type { InputHTMLAttributes, ReactNode } from "react";
import type { FormFailure } from "~/utils/forms";
import { isMessageKey, useT, type MessageKey } from "~/utils/i18n";

type Common = {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  failure?: FormFailure | null;
  optional?: boolean;
};

const fieldId = (name: string) => `field-${name}`;

function describedBy(name: string, hint: unknown, error: unknown) {
  const ids = [hint ? `${fieldId(name)}-hint` : null, error ? `${fieldId(name)}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

function Label({ name, label, optional }: { name: string; label: ReactNode; optional?: boolean }) {
  const { t } = useT();
  return (
    <label htmlFor={fieldId(name)} className="label">
      {label}
      {optional ? <span className="optional"> {t("form.optional")}</span> : null}
    </label>
  );
}

function Hint({ name, hint }: { name: string; hint?: ReactNode }) {
  return hint ? (
    <p id={`${fieldId(name)}-hint`} className="hint">
      {hint}
    </p>
  ) : null;
}

function FieldError({ name, error }: { name: string; error?: string }) {
  const { t } = useT();
  return error ? (
    <p id={`${fieldId(name)}-error`} className="field-error">
      <span className="visually-hidden">{t("form.errorPrefix")} </span>
      {error}
    </p>
  ) : null;
}

/**
 * Errors for the whole form, linking to each field (shown first so it is read
 * first). `labels` names the fields, so "Udfyld feltet." says which one.
 */
export function ErrorSummary({ failure, labels = {} }: { failure?: FormFailure | null; labels?: Record<string, string> }) {
  const { t } = useT();
  if (!failure) return null;
  const entries = Object.entries(failure.errors).filter(([name]) => name !== "_form");
  // The summary names the field: the label given, else the dictionary's `field.<name>`.
  const labelOf = (name: string) => labels[name] ?? (isMessageKey(`field.${name}`) ? t(`field.${name}` as MessageKey) : undefined);
  if (!failure.formError && entries.length === 0 && !failure.errors._form) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t("form.errorSummary")}</h2>
      {failure.formError ? <p>{failure.formError}</p> : null}
      {failure.errors._form ? <p>{failure.errors._form}</p> : null}
      {entries.length ? (
        <ul>
          {entries.map(([name, message]) => (
            <li key={name}>
              <a href={`#${fieldId(name)}`}>{labelOf(name) ? `${labelOf(name)}: ${message}` : message}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function TextField({
  name,
  label,
  hint,
  failure,
  optional,
  defaultValue,
  className,
  ...input
}: Common & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "defaultValue"> & { defaultValue?: string | number | null }) {
  const error = failure?.errors[name];
  const value = failure ? (failure.values[name] ?? "") : (defaultValue ?? "");
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <Label name={name} label={label} optional={optional} />
      <Hint name={name} hint={hint} />
      <FieldError name={name} error={error} />
      <input
        id={fieldId(name)}
        name={name}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
        required={!optional && input.type !== "hidden" ? true : undefined}
        className={`input ${className ?? ""}`}
        {...input}
      />
    </div>
  );
}

/** A choice from a list; on a failed post, what was chosen (or else `value`) stays selected. */
export function SelectField({
  name,
  label,
  hint,
  failure,
  optional,
  options,
  value,
}: Common & { options: { value: string; label: string }[]; value?: string }) {
  const error = failure?.errors[name];
  const current = failure?.values[name] ?? value ?? "";
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <Label name={name} label={label} optional={optional} />
      <Hint name={name} hint={hint} />
      <FieldError name={name} error={error} />
      <select
        id={fieldId(name)}
        name={name}
        defaultValue={current}
        className="input input--medium"
        aria-describedby={describedBy(name, hint, error)}
        aria-invalid={error ? true : undefined}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function TextAreaField({
  name,
  label,
  hint,
  failure,
  optional,
  defaultValue,
  rows = 4,
  maxLength,
}: Common & { defaultValue?: string | null; rows?: number; maxLength?: number }) {
  const error = failure?.errors[name];
  const value = failure ? (failure.values[name] ?? "") : (defaultValue ?? "");
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <Label name={name} label={label} optional={optional} />
      <Hint name={name} hint={hint} />
      <FieldError name={name} error={error} />
      <textarea
        id={fieldId(name)}
        name={name}
        rows={rows}
        maxLength={maxLength}
        defaultValue={value}
        required={!optional ? true : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
        className="input"
      />
    </div>
  );
}

export function RadioGroup({
  name,
  legend,
  hint,
  options,
  failure,
  defaultValue,
}: {
  name: string;
  legend: ReactNode;
  hint?: ReactNode;
  options: { value: string; label: ReactNode; hint?: ReactNode }[];
  failure?: FormFailure | null;
  defaultValue?: string;
}) {
  const error = failure?.errors[name];
  const current = failure ? failure.values[name] : defaultValue;
  return (
    <fieldset className={`field${error ? " field--error" : ""}`} aria-describedby={describedBy(name, hint, error)} id={fieldId(name)}>
      <legend className="label">{legend}</legend>
      <Hint name={name} hint={hint} />
      <FieldError name={name} error={error} />
      {options.map((o) => (
        <div className="choice" key={o.value}>
          <input
            type="radio"
            id={`${fieldId(name)}-${o.value}`}
            name={name}
            value={o.value}
            defaultChecked={current === o.value}
            aria-describedby={o.hint ? `${fieldId(name)}-${o.value}-hint` : undefined}
          />
          <label htmlFor={`${fieldId(name)}-${o.value}`}>{o.label}</label>
          {o.hint ? (
            <p className="hint choice-hint" id={`${fieldId(name)}-${o.value}-hint`}>
              {o.hint}
            </p>
          ) : null}
        </div>
      ))}
    </fieldset>
  );
}

export function CheckboxField({ name, label, hint, failure, defaultChecked }: Omit<Common, "optional"> & { defaultChecked?: boolean }) {
  const error = failure?.errors[name];
  const checked = failure ? failure.values[name] === "on" : defaultChecked;
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <FieldError name={name} error={error} />
      <div className="choice">
        <input
          type="checkbox"
          id={fieldId(name)}
          name={name}
          defaultChecked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(name, hint, error)}
        />
        <label htmlFor={fieldId(name)}>{label}</label>
      </div>
      <Hint name={name} hint={hint} />
    </div>
  );
}
