import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { TabLink, TabNav } from "~/components/dkfds";
import { CheckboxField } from "~/components/forms";
import { DueBadge, QuietBadge, StepName } from "~/components/followUp";
import { DateOnly } from "~/components/time";
import { NO_STEP_DUE } from "~/domain/followUp";
import { requireStaff } from "~/services/auth.server";
import { worklist } from "~/services/followUp.server";
import { now } from "~/utils/clock";
import { env } from "~/utils/env.server";
import { copenhagenDate } from "~/utils/dates";
import { useT, type I18nHandle } from "~/utils/i18n";
import { followUpQuerySchema } from "~/schemas/jobcenter.server";

export const handle: I18nHandle = {
  i18n: [
    "activity",
    "closure.endedPlan",
    "closure.endedPlanSigned",
    "closure.field",
    "closure.outcome",
    "closure.proposalPendingBadge",
    "followUp",
    "plan.health",
  ],
};

export const meta: MetaFunction = () => [{ title: "Opfølgning – Fasthold" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const staff = await requireStaff(request);
  const query = followUpQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const cut = query.efter?.indexOf("_") ?? -1;
  const after = query.efter ? { due: query.efter.slice(0, cut), id: query.efter.slice(cut + 1) } : null;
  const page = await worklist(staff, query.visning, after, query.inaktive);
  return json({
    today: copenhagenDate(now()),
    view: query.visning,
    quietOnly: query.inaktive,
    quietLimit: env().INACTIVE_CASE_DAYS,
    paged: Boolean(after),
    rows: page.rows,
    next: page.next ? `${page.next.due}_${page.next.id}` : null,
  });
}

export default function Worklist() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  const tab = (key: "mine" | "team", label: string) => {
    const current = data.view === key;
    return (
      <TabLink to={`/jobcenter/opfoelgning?visning=${key}${data.quietOnly ? "&inaktive=1" : ""}`} current={current}>
        {label}
      </TabLink>
    );
  };
  return (
    <>
      <h1>{t("followUp.title")}</h1>
      <p className="lead">{t("followUp.lead")}</p>
      <TabNav label={t("followUp.views")}>
        {tab("mine", t("followUp.view.mine"))}
        {tab("team", t("followUp.view.team"))}
      </TabNav>
      <Form method="get" className="worklist-filter" data-testid="worklist-filter">
        <input type="hidden" name="visning" value={data.view} />
        <CheckboxField
          name="inaktive"
          label={t("activity.filter")}
          hint={t("activity.filterHint", { days: data.quietLimit })}
          defaultChecked={data.quietOnly}
        />
        <button type="submit" className="button button-secondary">
          {t("activity.filterSubmit")}
        </button>
      </Form>
      {data.rows.length === 0 ? (
        <p data-testid="worklist-empty">
          {data.quietOnly ? t("activity.emptyQuiet", { days: data.quietLimit }) : data.view === "mine" ? t("followUp.emptyMine") : t("followUp.empty")}
        </p>
      ) : (
        <table className="table table--responsive-headers" data-testid="worklist">
          <caption className="visually-hidden">{t("followUp.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("followUp.col.due")}</th>
              <th scope="col">{t("followUp.col.step")}</th>
              <th scope="col">{t("followUp.col.case")}</th>
              <th scope="col">{t("followUp.col.consultant")}</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((r) => (
              <tr key={r.id} data-testid="worklist-row">
                <td data-title={t("followUp.col.due")}>
                  <DueBadge dueOn={r.next_step_due_on} today={data.today} />
                </td>
                <td data-title={t("followUp.col.step")}>
                  {r.step_kind && r.next_step_due_on !== NO_STEP_DUE ? (
                    <>
                      <StepName kind={r.step_kind} seq={r.step_seq} /> {t("followUp.dueBy")} <DateOnly date={r.next_step_due_on} />
                    </>
                  ) : (
                    t("followUp.nothingDue")
                  )}
                  {r.quietDays !== null ? (
                    <>
                      <br />
                      <QuietBadge days={r.quietDays} />
                    </>
                  ) : null}
                  {r.closure_proposed_at ? (
                    <>
                      <br />
                      <span className="badge badge-warning">{t("closure.proposalPendingBadge")}</span>
                    </>
                  ) : null}
                </td>
                <td data-title={t("followUp.col.case")}>
                  <Link to={`/jobcenter/sager/${r.id}`}>{r.employee_name}</Link>
                  <br />
                  <span className="muted">{r.company_name}</span>
                </td>
                <td data-title={t("followUp.col.consultant")}>{r.consultant_name ?? t("followUp.noConsultant")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav aria-label={t("followUp.paging")} className="actions">
        {data.paged ? (
          <Link to={`/jobcenter/opfoelgning?visning=${data.view}${data.quietOnly ? "&inaktive=1" : ""}`} className="button button-secondary">
            {t("followUp.firstPage")}
          </Link>
        ) : null}{" "}
        {data.next ? (
          <Link
            to={`/jobcenter/opfoelgning?visning=${data.view}${data.quietOnly ? "&inaktive=1" : ""}&efter=${encodeURIComponent(data.next)}`}
            className="button button-secondary"
            rel="next"
          >
            {t("followUp.nextPage")}
          </Link>
        ) : null}
      </nav>
    </>
  );
}
