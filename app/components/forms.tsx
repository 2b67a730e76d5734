import { useNavigation } from "@remix-run/react";
import { useEffect, useRef, useState, type InputHTMLAttributes, type MouseEvent, type ReactNode } from "react";
import type { FormFailure } from "~/utils/forms";
import { useT } from "~/utils/i18n";
import { toDanishDate } from "~/utils/dates";

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

/** A DKFDS icon from the sprite copied to public/dkfds (scripts/copy-dkfds.mjs). */
export function Icon({ name, label, className }: { name: string; label?: string; className?: string }) {
  return (
    <svg
      className={`icon-svg${className ? ` ${className}` : ""}`}
      focusable="false"
      aria-hidden={label ? undefined : true}
      aria-label={label}
      role={label ? "img" : undefined}
    >
      <use href={`/dkfds/img/all-svg-icons.svg#${name}`} />
    </svg>
  );
}

export type AlertVariant = "info" | "success" | "warning" | "error";

/** A DKFDS alert (besked) with its icon. */
export function Alert({
  variant,
  children,
  role,
  className,
  ...rest
}: {
  variant: AlertVariant;
  children: ReactNode;
  role?: "status" | "alert";
  className?: string;
  "data-testid"?: string;
  id?: string;
}) {
  const { t } = useT();
  const icon = variant === "success" ? "success" : variant;
  return (
    <div className={`alert alert-${variant}${className ? ` ${className}` : ""}`} role={role} {...rest}>
      <Icon name={icon} label={t(`alert.${variant}`)} className="alert-icon" />
      <div className="alert-body">{children}</div>
    </div>
  );
}

function Label({ name, label, optional }: { name: string; label: ReactNode; optional?: boolean }) {
  const { t } = useT();
  return (
    <label htmlFor={fieldId(name)} className="form-label">
      {label}
      {optional ? <span className="weight-normal"> {t("form.optional")}</span> : null}
    </label>
  );
}

function Hint({ name, hint }: { name: string; hint?: ReactNode }) {
  return hint ? (
    <span id={`${fieldId(name)}-hint`} className="form-hint">
      {hint}
    </span>
  ) : null;
}

function FieldError({ name, error }: { name: string; error?: string }) {
  const { t } = useT();
  return error ? (
    <span id={`${fieldId(name)}-error`} className="form-error-message">
      <span className="sr-only">{t("form.errorPrefix")} </span>
      {error}
    </span>
  ) : null;
}

/** Focuses a field from the error summary, with its label (or legend) in view. */
function focusField(id: string): boolean {
  const target = document.getElementById(id);
  if (!target) return false;
  const input = target.matches("input, select, textarea") ? target : target.querySelector<HTMLElement>("input, select, textarea");
  const label =
    target.tagName === "FIELDSET"
      ? target.querySelector("legend")
      : (document.querySelector(`label[for="${CSS.escape(id)}"]`) ?? target.closest(".form-group"));
  (label ?? target).scrollIntoView({ block: "start" });
  (input ?? target).focus({ preventScroll: true });
  return true;
}

/**
 * Errors for the whole form (DKFDS fejlopsummering), linking to each field, shown
 * first so it is read first. `labels` names the fields, so "Udfyld feltet." says
 * which one. With JavaScript, a new failure moves focus to the summary, and a link
 * focuses its field without a navigation (which would clear the errors).
 */
export function ErrorSummary({ failure, labels = {} }: { failure?: FormFailure | null; labels?: Record<string, string> }) {
  const { t, has } = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (failure && ref.current) {
      ref.current.scrollIntoView({ block: "start" });
      ref.current.focus({ preventScroll: true });
    }
  }, [failure]);
  if (!failure) return null;
  const entries = Object.entries(failure.errors).filter(([name]) => name !== "_form");
  // The summary names the field: the label given, else the dictionary's `field.<name>`.
  const labelOf = (name: string) => {
    const key = `field.${name}`;
    return labels[name] ?? (has(key) ? t(key) : undefined);
  };
  if (!failure.formError && entries.length === 0 && !failure.errors._form) return null;
  const onLink = (event: MouseEvent<HTMLAnchorElement>, name: string) => {
    if (focusField(fieldId(name))) event.preventDefault();
  };
  return (
    <div className="alert alert-error error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref}>
      <Icon name="error" label={t("alert.error")} className="alert-icon" />
      <div className="alert-body">
        <h2 id="error-summary-title" className="alert-heading">
          {t("form.errorSummary")}
        </h2>
        {failure.formError ? <p className="alert-text">{failure.formError}</p> : null}
        {failure.errors._form ? <p className="alert-text">{failure.errors._form}</p> : null}
        {entries.length ? (
          <ul className="alert-text nobullet-list">
            {entries.map(([name, message]) => (
              <li key={name}>
                <a href={`#${fieldId(name)}`} className="function-link" onClick={(e) => onLink(e, name)}>
                  {labelOf(name) ? `${labelOf(name)}: ${message}` : message}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}

const widthClass: Record<string, string> = {
  "input--short": "input-width-xs",
  "input--medium": "input-width-m",
  "input--code": "input-width-s input--code",
};
const dkfdsWidth = (className?: string) =>
  (className ?? "")
    .split(/\s+/)
    .filter(Boolean)
    .map((c) => widthClass[c] ?? c)
    .join(" ");

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
    <div className={`form-group${error ? " form-error" : ""}`}>
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
        className={`form-input ${dkfdsWidth(className)}`.trim()}
        {...input}
      />
    </div>
  );
}

type TypedProps = Common & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "defaultValue" | "type"> & { defaultValue?: string | null };

/** A text field typed in a fixed Danish format (date, time): digits, no autofill, the format said after any hint. */
function FormattedField({ hint, format, width, length, className, ...props }: TypedProps & { format: string; width: string; length: number }) {
  return (
    <TextField
      {...props}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      maxLength={length}
      hint={
        hint ? (
          <>
            {hint} {format}
          </>
        ) : (
          format
        )
      }
      className={className ?? width}
    />
  );
}

/**
 * A date as DKFDS asks for it: one text field typed dd.mm.åååå (the server also
 * takes ISO). A stored ISO date is shown the Danish way.
 */
export function DateField({ defaultValue, ...props }: TypedProps) {
  const { t } = useT();
  return (
    <FormattedField
      {...props}
      format={t("form.dateHint")}
      width="input-width-s"
      length={10}
      defaultValue={defaultValue ? toDanishDate(defaultValue) : defaultValue}
    />
  );
}

/** A time of day as tt.mm text (the server also takes tt:mm). */
export function TimeField(props: TypedProps) {
  const { t } = useT();
  return <FormattedField {...props} format={t("form.timeHint")} width="input-width-xs" length={5} />;
}

/** The six-digit code from an email (sign-in, the employee's link, a guest's inquiry). */
export function CodeField({ failure, defaultValue }: { failure?: FormFailure | null; defaultValue?: string }) {
  const { t } = useT();
  return (
    <TextField
      name="code"
      label={t("field.code")}
      inputMode="numeric"
      autoComplete="one-time-code"
      pattern="[0-9]*"
      maxLength={7}
      className="input--code"
      defaultValue={defaultValue}
      failure={failure}
    />
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
    <div className={`form-group${error ? " form-error" : ""}`}>
      <Label name={name} label={label} optional={optional} />
      <Hint name={name} hint={hint} />
      <FieldError name={name} error={error} />
      <select
        id={fieldId(name)}
        name={name}
        defaultValue={current}
        className="form-select"
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
  const [length, setLength] = useState(value.length);
  const limitId = `${fieldId(name)}-limit`;
  const described = [describedBy(name, hint, error), maxLength ? limitId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`form-group${error ? " form-error" : ""}${maxLength ? " form-limit" : ""}`}>
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
        aria-describedby={described}
        className="form-input"
        onChange={maxLength ? (event) => setLength(event.currentTarget.value.length) : undefined}
      />
      {maxLength ? <CharacterLimit id={limitId} max={maxLength} length={length} /> : null}
    </div>
  );
}

/**
 * DKFDS character limit (tegnbegrænsning) under a text area. The page as sent
 * says the maximum, which stays true without JavaScript; once the page runs, the
 * count of characters left follows what is typed, and a screen reader hears it
 * when the typing pauses.
 */
function CharacterLimit({ id, max, length }: { id: string; max: number; length: number }) {
  const { t } = useT();
  const [live, setLive] = useState(false);
  const [announced, setAnnounced] = useState("");
  const left = max - length;
  const text = left >= 0 ? t("charLimit.left", { count: left }) : t("charLimit.over", { count: -left });
  useEffect(() => setLive(true), []);
  useEffect(() => {
    if (!live) return;
    const timer = setTimeout(() => setAnnounced(text), 1000);
    return () => clearTimeout(timer);
  }, [live, text]);
  return (
    <>
      <span id={id} className="sr-only">
        {t("charLimit.max", { max })}
      </span>
      <span className={`form-hint character-limit${left < 0 ? " limit-exceeded" : ""}`} aria-hidden="true" data-testid="character-limit">
        {live ? text : t("charLimit.max", { max })}
      </span>
      <span className="character-limit-sr-only sr-only" aria-live="polite">
        {announced}
      </span>
    </>
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
    <div className={`form-group${error ? " form-error" : ""}`}>
      <fieldset aria-describedby={describedBy(name, hint, error)} id={fieldId(name)}>
        <legend className="form-label">{legend}</legend>
        <Hint name={name} hint={hint} />
        <FieldError name={name} error={error} />
        <ul className="nobullet-list">
          {options.map((o) => (
            <li key={o.value}>
              <div className="form-group-radio">
                <input
                  type="radio"
                  className="form-radio"
                  id={`${fieldId(name)}-${o.value}`}
                  name={name}
                  value={o.value}
                  defaultChecked={current === o.value}
                  aria-describedby={o.hint ? `${fieldId(name)}-${o.value}-hint` : undefined}
                />
                <label className="form-label" htmlFor={`${fieldId(name)}-${o.value}`}>
                  {o.label}
                </label>
                {o.hint ? (
                  <span className="form-hint" id={`${fieldId(name)}-${o.value}-hint`}>
                    {o.hint}
                  </span>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      </fieldset>
    </div>
  );
}

export function CheckboxField({ name, label, hint, failure, defaultChecked }: Omit<Common, "optional"> & { defaultChecked?: boolean }) {
  const error = failure?.errors[name];
  const checked = failure ? failure.values[name] === "on" : defaultChecked;
  return (
    <div className={`form-group${error ? " form-error" : ""}`}>
      <FieldError name={name} error={error} />
      <div className="form-group-checkbox">
        <input
          type="checkbox"
          className="form-checkbox"
          id={fieldId(name)}
          name={name}
          defaultChecked={checked}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(name, hint, error)}
        />
        <label className="form-label" htmlFor={fieldId(name)}>
          {label}
        </label>
        <Hint name={name} hint={hint} />
      </div>
    </div>
  );
}

/** A DKFDS spinner with a status text for screen readers. */
export function Spinner({ status, small }: { status?: string; small?: boolean }) {
  return (
    <span className="spinner-inline">
      <span className={`spinner${small ? " spinner-small" : ""}`} aria-hidden="true" />
      {status ? (
        <span className="spinner-status" role="status">
          {status}
        </span>
      ) : null}
    </span>
  );
}

/**
 * While a form is being submitted (Remix `useNavigation`), its submit button shows
 * a spinner and every further submission is refused until the answer is in, so a
 * double click cannot send twice. Without JavaScript the browser submits as always.
 */
export function SubmissionGuard() {
  const { t } = useT();
  const navigation = useNavigation();
  const submitting = navigation.state === "submitting";
  const submitter = useRef<HTMLElement | null>(null);
  const busy = useRef(false);
  busy.current = submitting;
  useEffect(() => {
    const onSubmit = (event: SubmitEvent) => {
      if (busy.current) {
        event.preventDefault();
        event.stopImmediatePropagation();
        return;
      }
      const method = ((event.submitter as HTMLButtonElement | null)?.formMethod || (event.target as HTMLFormElement).method || "get").toLowerCase();
      submitter.current = method === "get" ? null : ((event.submitter as HTMLElement | null) ?? null);
    };
    window.addEventListener("submit", onSubmit, true);
    return () => window.removeEventListener("submit", onSubmit, true);
  }, []);
  useEffect(() => {
    const button = submitter.current;
    if (!button) return;
    if (submitting) {
      button.setAttribute("aria-disabled", "true");
      button.classList.add("button--pending");
    } else {
      button.removeAttribute("aria-disabled");
      button.classList.remove("button--pending");
      submitter.current = null;
    }
  }, [submitting]);
  return (
    <div className="sr-only" role="status">
      {submitting ? t("form.sending") : ""}
    </div>
  );
}
