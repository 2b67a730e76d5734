import { Form } from "@remix-run/react";
import type { ServiceFields, ServiceRequestStatus } from "~db/schema";
import { serviceFieldNames } from "~/domain/serviceForm";
import type { FormFailure } from "~/utils/forms";
import { useT } from "~/utils/i18n";
import { ErrorSummary, RadioGroup, TextAreaField, TextField } from "./forms";
import { DateOnly, DateTime } from "./time";

const badge: Record<ServiceRequestStatus, string> = {
  requested: "badge-info",
  agreed: "badge-info",
  scheduled: "badge-info",
  delivered: "badge-success",
  evaluated: "badge-success",
  declined: "badge-error",
};

export function RequestStatus({ status }: { status: ServiceRequestStatus }) {
  const { t } = useT();
  return <span className={`badge ${badge[status]}`}>{t(`services.status.${status}`)}</span>;
}

/** A service request's state and history, as the company and the jobcenter both see it. */
export function ServiceRequestFacts({
  request: r,
  employee,
  ratingLabel,
}: {
  request: {
    status: ServiceRequestStatus;
    created_at: string;
    message: string;
    scheduled_on: string | null;
    schedule_note: string | null;
    decline_reason: string | null;
    rating: number | null;
    rating_comment: string | null;
  };
  employee: string | null;
  ratingLabel: string;
}) {
  const { t } = useT();
  return (
    <dl className="service-facts">
      <div>
        <dt>{t("services.col.status")}</dt>
        <dd data-testid="request-status">
          <RequestStatus status={r.status} />
        </dd>
      </div>
      <div>
        <dt>{t("services.col.for")}</dt>
        <dd>{employee ?? t("services.request.general")}</dd>
      </div>
      <div>
        <dt>{t("services.col.requested")}</dt>
        <dd>
          <DateTime iso={r.created_at} />
        </dd>
      </div>
      <div>
        <dt>{t("services.request.message")}</dt>
        <dd className="pre-line">{r.message}</dd>
      </div>
      {r.scheduled_on ? (
        <div>
          <dt>{t("services.scheduledOn")}</dt>
          <dd>
            <DateOnly date={r.scheduled_on} />
            {r.schedule_note ? ` – ${r.schedule_note}` : ""}
          </dd>
        </div>
      ) : null}
      {r.decline_reason ? (
        <div>
          <dt>{t("services.declineReason")}</dt>
          <dd>{r.decline_reason}</dd>
        </div>
      ) : null}
      {r.rating ? (
        <div>
          <dt>{ratingLabel}</dt>
          <dd>
            {t("services.rate.value", { n: r.rating })}
            {r.rating_comment ? ` – ${r.rating_comment}` : ""}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

/** A service's facts as a DKFDS description list. */
export function ServiceFacts({ service, team }: { service: ServiceFields; team: string }) {
  const { t } = useT();
  const rows: [string, string][] = [
    [t("services.field.what"), service.what],
    [t("services.field.forWhom"), service.forWhom],
    [t("services.field.cost"), service.cost],
    [t("services.field.duration"), service.duration],
    [t("services.field.documents"), service.documents],
    [t("services.field.team"), team],
  ];
  return (
    <dl className="service-facts">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Staff's form for a service: every field in Danish, English optional. */
export function ServiceForm({ values, failure, submitLabel }: { values: Record<string, string>; failure?: FormFailure | null; submitLabel: string }) {
  const { t } = useT();
  const f = failure ?? { errors: {}, values };
  const v = failure?.values ?? values;
  const long = new Set(["what", "forWhom", "documents"]);
  const labels = Object.fromEntries(
    serviceFieldNames.flatMap((n) => [
      [`${n}_da`, `${t(`services.field.${n}`)} (${t("guides.lang.da")})`],
      [`${n}_en`, `${t(`services.field.${n}`)} (${t("guides.lang.en")})`],
    ]),
  );
  return (
    <>
      <ErrorSummary failure={failure} labels={{ ...labels, team: t("services.field.team"), status: t("services.col.status") }} />
      <Form method="post" noValidate className="form">
        <input type="hidden" name="intent" value="save" />
        {(["da", "en"] as const).map((lang) => (
          <fieldset key={lang} className="form-section">
            <legend>
              <h2>{t(`guides.lang.${lang}`)}</h2>
            </legend>
            {serviceFieldNames.map((n) =>
              long.has(n) ? (
                <TextAreaField
                  key={n}
                  name={`${n}_${lang}`}
                  label={labels[`${n}_${lang}`]}
                  optional={lang === "en"}
                  rows={3}
                  defaultValue={v[`${n}_${lang}`]}
                  failure={f}
                />
              ) : (
                <TextField key={n} name={`${n}_${lang}`} label={labels[`${n}_${lang}`]} optional={lang === "en"} defaultValue={v[`${n}_${lang}`]} failure={f} />
              ),
            )}
          </fieldset>
        ))}
        <TextField name="team" label={t("services.field.team")} maxLength={120} defaultValue={v.team} failure={f} />
        <RadioGroup
          name="status"
          legend={t("services.col.status")}
          failure={failure}
          defaultValue={v.status ?? "active"}
          options={[
            { value: "active", label: t("services.active") },
            { value: "paused", label: t("services.paused"), hint: t("services.pausedHint") },
          ]}
        />
        <button type="submit" className="button button-primary">
          {submitLabel}
        </button>
      </Form>
    </>
  );
}
