import { Form } from "@remix-run/react";
import type { AbsenceCase, ConsentStatus } from "~db/schema";
import { formatDecimal, useT } from "~/utils/i18n";
import { StepIndicator, type Step } from "./dkfds";
import { ConsentTag } from "./status";
import { DateOnly, DateTime } from "./time";

type CaseFields = Pick<
  AbsenceCase,
  "cpr_masked" | "employee_email" | "first_absence_day" | "absence_type" | "weekly_hours_worked" | "contact_name" | "contact_phone" | "contact_email"
>;

/** The masked CPR with a button that shows (and audits) the full number. */
function CprValue({ masked, revealed }: { masked: string; revealed?: string | null }) {
  const { t } = useT();
  if (revealed) return <span data-testid="cpr-full">{revealed}</span>;
  return (
    <>
      <span data-testid="cpr-masked">{masked}</span>{" "}
      <Form method="post" className="inline-form">
        <button type="submit" name="intent" value="reveal-cpr" className="link-button">
          {t("case.revealCpr")}
        </button>
      </Form>
    </>
  );
}

/** The case's facts, as both the employer and the jobcenter see them. */
export function CaseFacts({
  c,
  dayNumber,
  revealedCpr,
  dayNote,
  employeeName,
}: {
  c: CaseFields;
  dayNumber: number;
  revealedCpr?: string | null;
  dayNote?: string;
  /** Shown as the first row where the page heading is not the employee's name. */
  employeeName?: string;
}) {
  const { t, lang } = useT();
  const hours = c.weekly_hours_worked === null ? "" : formatDecimal(c.weekly_hours_worked, lang);
  return (
    <dl className="summary">
      {employeeName ? (
        <div>
          <dt>{t("field.employeeName")}</dt>
          <dd>{employeeName}</dd>
        </div>
      ) : null}
      <div>
        <dt>{t("field.cpr")}</dt>
        <dd>
          <CprValue masked={c.cpr_masked} revealed={revealedCpr} />
        </dd>
      </div>
      <div>
        <dt>{t("field.employeeEmail")}</dt>
        <dd>{c.employee_email}</dd>
      </div>
      <div>
        <dt>{t("field.firstAbsenceDay")}</dt>
        <dd>
          <DateOnly date={c.first_absence_day} /> ({t("case.dayNumber", { day: dayNumber })}
          {dayNote ? `; ${dayNote}` : ""})
        </dd>
      </div>
      <div>
        <dt>{t("field.absenceType")}</dt>
        <dd>{c.absence_type === "full" ? t("field.absenceType.full") : t("case.partial", { hours })}</dd>
      </div>
      <div>
        <dt>{t("fastTrack.section.contact")}</dt>
        <dd>
          {c.contact_name}, {c.contact_phone}, {c.contact_email}
        </dd>
      </div>
    </dl>
  );
}

type FastTrackDeadlines = { consentStatus: ConsentStatus; consentDeadline: string; firstConversationDue: string; normalFollowUpBy: string };

/**
 * Where a Fast Track request is: the request, the employee's consent, then the
 * first conversation (or the normal follow-up when the employee said no or did not answer).
 */
export function FastTrackSteps({
  requestedAt,
  consentStatus,
  consentDeadline,
  firstConversationDue,
  normalFollowUpBy,
}: FastTrackDeadlines & { requestedAt: string }) {
  const { t } = useT();
  const normal = consentStatus === "declined" || consentStatus === "expired";
  const steps: Step[] = [
    { title: t("steps.ft.request"), info: <DateTime iso={requestedAt} />, state: "done" },
    {
      title: t("steps.ft.consent"),
      info:
        consentStatus === "awaiting" ? (
          <>
            {t("steps.ft.consentBy")} <DateTime iso={consentDeadline} />
          </>
        ) : (
          t(`consent.status.${consentStatus}`)
        ),
      state: consentStatus === "awaiting" ? "current" : "done",
    },
    {
      title: normal ? t("steps.ft.normal") : t("steps.ft.first"),
      info: (
        <>
          {t("case.firstConversationBy")} <DateOnly date={normal ? normalFollowUpBy : firstConversationDue} />
        </>
      ),
      state: consentStatus === "awaiting" ? "todo" : "current",
    },
  ];
  return <StepIndicator steps={steps} label={t("steps.ft.label")} />;
}

/** Consent state and the first-conversation deadline (or the normal follow-up, without consent). */
export function FastTrackDeadlineRows({ consentStatus, consentDeadline, firstConversationDue, normalFollowUpBy }: FastTrackDeadlines) {
  const { t } = useT();
  const normal = consentStatus === "declined" || consentStatus === "expired";
  return (
    <>
      <div>
        <dt>{t("case.consent")}</dt>
        <dd>
          <ConsentTag status={consentStatus} />{" "}
          {consentStatus === "awaiting" ? (
            <>
              {t("case.consentDeadline")} <DateTime iso={consentDeadline} />
            </>
          ) : null}
        </dd>
      </div>
      <div>
        <dt>{t("case.firstConversation")}</dt>
        <dd data-testid="first-conversation">
          {normal ? t("case.normalFollowUp") : t("case.firstConversationBy")} <DateOnly date={normal ? normalFollowUpBy : firstConversationDue} />
        </dd>
      </div>
    </>
  );
}

/** The three questions of the Fast Track order, as one party answered them. */
export function FastTrackAnswers({ functions, duration, adapted }: { functions: string | null; duration: string | null; adapted: string | null }) {
  const { t } = useT();
  const rows: [string, string | null][] = [
    [t("field.affectedFunctions"), functions],
    [t("field.affectedDuration"), duration],
    [t("field.workAdapted"), adapted],
  ];
  return (
    <dl className="summary">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd className="prewrap">{value ?? t("case.notAnswered")}</dd>
        </div>
      ))}
    </dl>
  );
}
