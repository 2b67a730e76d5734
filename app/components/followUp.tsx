import { Link } from "@remix-run/react";
import type { CaseOutcome, CaseStepKind } from "~db/schema";
import { caseOutcomes, daysUntil, NO_STEP_DUE } from "~/domain/followUp";
import type { FormFailure } from "~/utils/forms";
import { Alert, CheckboxField, DateField, RadioGroup, TextField } from "./forms";
import { useT, type MessageKey } from "~/utils/i18n";

/** A step's name: "Opfølgning 2 af 4", "Første samtale (Fast Track)". */
export function StepName({ kind, seq }: { kind: CaseStepKind; seq: number | null }) {
  const { t } = useT();
  return <>{t(`followUp.step.${kind}` as MessageKey, { n: seq ?? "" })}</>;
}

/** "forfalden for 3 dage siden" / "i dag" / "om 5 dage". */
export function DueBadge({ dueOn, today }: { dueOn: string; today: string }) {
  const { t } = useT();
  if (dueOn === NO_STEP_DUE) return <span className="badge">{t("followUp.badge.none")}</span>;
  const days = daysUntil(dueOn, today);
  if (days < 0) return <span className="badge badge-error">{t("followUp.badge.overdue", { count: -days })}</span>;
  if (days === 0) return <span className="badge badge-warning">{t("followUp.badge.today")}</span>;
  return <span className={`badge ${days <= 3 ? "badge-warning" : "badge-info"}`}>{t("followUp.badge.inDays", { count: days })}</span>;
}

/** "Ingen aktivitet i 34 dage": an open case nobody has changed for INACTIVE_CASE_DAYS (text, not only colour). */
export function QuietBadge({ days }: { days: number }) {
  const { t } = useT();
  return (
    <span className="badge badge-warning" data-testid="quiet-badge">
      {t("activity.quietBadge", { count: days })}
    </span>
  );
}

export function OutcomeName({ outcome }: { outcome: CaseOutcome }) {
  const { t } = useT();
  return <>{t(`closure.outcome.${outcome}` as MessageKey)}</>;
}

/** Plans that ended with the case: read-only and printable. */
export function EndedPlans({ plans }: { plans: { id: string; status: string; signedVersion: number | null }[] }) {
  const { t } = useT();
  const ended = plans.filter((p) => p.status === "closed");
  if (ended.length === 0) return null;
  return (
    <ul className="nobullet-list">
      {ended.map((p) => (
        <li key={p.id}>
          <Link to={`/plan/${p.id}`}>{p.signedVersion ? t("closure.endedPlanSigned", { version: p.signedVersion }) : t("closure.endedPlan")}</Link>
        </li>
      ))}
    </ul>
  );
}

/** Outcome, date and (for "other") a short note: the consultant's closure and the employer's proposal. */
export function ClosureFields({ failure, healthWords }: { failure?: FormFailure | null; healthWords?: string[] }) {
  const { t } = useT();
  return (
    <>
      <RadioGroup
        name="outcome"
        legend={t("closure.field.outcome")}
        failure={failure}
        options={caseOutcomes.map((o) => ({ value: o, label: t(`closure.outcome.${o}` as MessageKey) }))}
      />
      <DateField name="closedOn" label={t("closure.field.closedOn")} failure={failure} />
      <TextField name="note" label={t("closure.field.note")} hint={t("closure.field.noteHint")} optional maxLength={300} failure={failure} />
      {healthWords?.length ? (
        <>
          <Alert variant="warning" role="alert" data-testid="closure-health-warning">
            <h3 className="alert-heading">{t("plan.health.title")}</h3>
            <p>{t("plan.health.found", { words: healthWords.join(", ") })}</p>
            <p>{t("plan.health.text")}</p>
          </Alert>
          <CheckboxField name="confirmHealth" label={t("plan.health.confirm")} failure={null} />
        </>
      ) : null}
    </>
  );
}
