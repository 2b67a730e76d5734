import { Form, Link } from "@remix-run/react";
import type { PlanStatus } from "~db/schema";
import { useT } from "~/utils/i18n";
import { Alert } from "./forms";

type PlanSummary = {
  id: string;
  status: PlanStatus;
  signedVersion: number | null;
  currentVersion: number;
  declineReason: string | null;
  partialReturn: { week: number; hours: number; normal: number; partial: boolean } | null;
};

/** The case's retention plan: start one, answer the employee's request, or follow it. */
export function CasePlanCard({ plans, canStart }: { plans: PlanSummary[]; canStart: boolean }) {
  const { t } = useT();
  const open = plans.find((p) => p.status === "active" || p.status === "requested");
  const declined = plans.find((p) => p.status === "declined");
  return (
    <section className="card" aria-labelledby="case-plan-h">
      <h2 id="case-plan-h">{t("plan.caseCard.title")}</h2>
      {open?.status === "requested" ? (
        <>
          <Alert variant="warning">
            <p className="alert-text">{t("plan.caseCard.requested")}</p>
          </Alert>
          <p>
            <Link to={`/plan/${open.id}`} className="button button-primary">
              {t("plan.caseCard.answer")}
            </Link>
          </p>
        </>
      ) : open ? (
        <>
          <p>{open.signedVersion ? t("plan.caseCard.signed", { version: open.signedVersion }) : t("plan.caseCard.draft", { version: open.currentVersion })}</p>
          {open.partialReturn ? (
            <p data-testid="case-partial-return">
              {open.partialReturn.partial
                ? t("plan.partialReturn", { week: open.partialReturn.week, hours: open.partialReturn.hours, normal: open.partialReturn.normal })
                : t("plan.fullReturn", { week: open.partialReturn.week })}
            </p>
          ) : null}
          <p>
            <Link to={`/plan/${open.id}`} className="button button-primary">
              {t("plan.caseCard.open")}
            </Link>
          </p>
        </>
      ) : (
        <>
          {declined ? <p>{t("plan.caseCard.declined", { reason: declined.declineReason ?? "" })}</p> : null}
          <p>{t("plan.caseCard.explain")}</p>
          {canStart ? (
            <Form method="post">
              <button type="submit" name="intent" value="start-plan" className="button button-secondary">
                {t("plan.caseCard.start")}
              </button>
            </Form>
          ) : null}
        </>
      )}
    </section>
  );
}
