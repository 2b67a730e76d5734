import { Form } from "@remix-run/react";
import type { FormFailure } from "~/utils/forms";
import { useT } from "~/utils/i18n";
import { ErrorSummary, TextField } from "./forms";

type Current = {
  employeeName: string;
  employeeEmail: string;
  cprMasked: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
};

/**
 * "Ret personoplysninger" on the jobcenter's case page (GDPR art. 16): the employee's name, email
 * and CPR number (typed only when wrong; shown masked) and the employer's contact person.
 * Closed unless a correction was just refused, so the page stays short.
 */
export function CorrectionForm({ current, failure }: { current: Current; failure: FormFailure | null }) {
  const { t } = useT();
  return (
    <section className="card" aria-labelledby="correct-h" data-testid="correction">
      <h2 id="correct-h">{t("correction.title")}</h2>
      <details className="details" open={Boolean(failure)}>
        <summary className="details-summary">{t("correction.open")}</summary>
        <div className="details-text">
          <p>{t("correction.intro")}</p>
          <p>{t("correction.records")}</p>
          <Form method="post">
            <ErrorSummary failure={failure} />
            <TextField
              name="employeeName"
              label={t("field.employeeName")}
              maxLength={120}
              autoComplete="off"
              defaultValue={current.employeeName}
              failure={failure}
            />
            <TextField
              name="employeeEmail"
              type="email"
              label={t("field.employeeEmail")}
              hint={t("correction.emailHint")}
              maxLength={254}
              autoComplete="off"
              defaultValue={current.employeeEmail}
              failure={failure}
            />
            <TextField
              name="cpr"
              label={t("correction.cpr")}
              hint={t("correction.cprHint", { masked: current.cprMasked })}
              optional
              inputMode="numeric"
              maxLength={11}
              autoComplete="off"
              className="input--medium"
              failure={failure}
            />
            <TextField
              name="contactName"
              label={t("field.contactName")}
              maxLength={120}
              autoComplete="off"
              defaultValue={current.contactName}
              failure={failure}
            />
            <TextField
              name="contactPhone"
              type="tel"
              label={t("field.contactPhone")}
              maxLength={20}
              autoComplete="off"
              defaultValue={current.contactPhone}
              failure={failure}
            />
            <TextField
              name="contactEmail"
              type="email"
              label={t("field.contactEmail")}
              maxLength={254}
              autoComplete="off"
              defaultValue={current.contactEmail}
              failure={failure}
            />
            <button type="submit" name="intent" value="correct" className="button button-primary">
              {t("correction.submit")}
            </button>
          </Form>
        </div>
      </details>
    </section>
  );
}

/** The employee's own email address on their link page, and a form to change it. */
export function OwnContactForm({ email, failure }: { email: string; failure: FormFailure | null }) {
  const { t } = useT();
  return (
    <section className="card" aria-labelledby="contact-h" data-testid="own-contact">
      <h2 id="contact-h">{t("correction.own.title")}</h2>
      <p>
        {t("correction.own.current")} <strong data-testid="own-email">{email}</strong>
      </p>
      <details className="details" open={Boolean(failure)}>
        <summary className="details-summary">{t("correction.own.open")}</summary>
        <div className="details-text">
          <p>{t("correction.own.intro")}</p>
          <Form method="post">
            <ErrorSummary failure={failure} />
            <TextField
              name="employeeEmail"
              type="email"
              label={t("correction.own.email")}
              maxLength={254}
              autoComplete="email"
              defaultValue={email}
              failure={failure}
            />
            <button type="submit" name="intent" value="correct-email" className="button button-primary">
              {t("correction.own.submit")}
            </button>
          </Form>
        </div>
      </details>
    </section>
  );
}
