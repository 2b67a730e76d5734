import type { PlanContent, Section, StepUpSchedule } from "~/domain/planContent";
import { addDays } from "~/utils/dates";
import { formatDecimal, useT } from "~/utils/i18n";
import { DateOnly, Period } from "./time";

/** The step-up schedule as bars against normal hours, server-rendered SVG; the table beside it has the numbers. */
export function StepUpChart({ stepUp, normal, idPrefix = "plan" }: { stepUp: StepUpSchedule; normal: number | null; idPrefix?: string }) {
  const { t } = useT();
  const weeks = stepUp.weeklyHours;
  if (weeks.length === 0 || !normal) return null;
  const W = 560;
  const H = 200;
  const pad = { top: 12, right: 12, bottom: 32, left: 40 };
  const plotW = W - pad.left - pad.right;
  const plotH = H - pad.top - pad.bottom;
  const slot = plotW / weeks.length;
  const y = (h: number) => pad.top + plotH * (1 - h / normal);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="chart chart--small" role="img" aria-labelledby={`${idPrefix}-stepup-title`}>
      <title id={`${idPrefix}-stepup-title`}>{t("plan.stepUp.chartTitle", { weeks: weeks.length, normal })}</title>
      <line x1={pad.left} x2={W - pad.right} y1={y(normal)} y2={y(normal)} className="chart-normal" />
      <text x={pad.left - 6} y={y(normal) + 4} textAnchor="end" className="chart-label">
        {normal}
      </text>
      <text x={pad.left - 6} y={y(0) + 4} textAnchor="end" className="chart-label">
        0
      </text>
      {weeks.map((h, i) => {
        const x = pad.left + i * slot + slot * 0.15;
        const w = slot * 0.7;
        return (
          <g key={i}>
            <rect x={x} y={y(h)} width={w} height={Math.max(plotH * (h / normal), 1)} className={h >= normal ? "chart-bar chart-bar--full" : "chart-bar"} />
            <text x={x + w / 2} y={y(h) - 4} textAnchor="middle" className="chart-value">
              {h}
            </text>
            <text x={x + w / 2} y={H - pad.bottom + 16} textAnchor="middle" className="chart-label">
              {t("plan.stepUp.weekShort", { week: i + 1 })}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** A version of the plan, read-only, section by section; `only` shows one section (for choosing between versions). */
export function PlanView({ content, only, idPrefix = "plan" }: { content: PlanContent; only?: Section; idPrefix?: string }) {
  const { t, lang } = useT();
  const show = (s: Section) => !only || only === s;
  const id = (s: string) => `${idPrefix}-${s}`;
  return (
    <div className="plan">
      {show("goal") ? (
        <section id={id("goal")} aria-labelledby={id("goal-h")}>
          <h2 id={id("goal-h")}>{t("plan.section.goal")}</h2>
          <dl className="summary">
            <div>
              <dt>{t("plan.goal")}</dt>
              <dd data-testid="plan-goal">{content.goal ? t(`plan.goal.${content.goal}`) : t("plan.notSet")}</dd>
            </div>
            <div>
              <dt>{t("plan.jobTitle")}</dt>
              <dd>{content.jobTitle || t("plan.notSet")}</dd>
            </div>
            <div>
              <dt>{t("plan.normalWeeklyHours")}</dt>
              <dd>{content.normalWeeklyHours === null ? t("plan.notSet") : t("plan.hours", { hours: formatDecimal(content.normalWeeklyHours, lang) })}</dd>
            </div>
          </dl>
        </section>
      ) : null}

      {show("tasks") ? (
        <section id={id("tasks")} aria-labelledby={id("tasks-h")}>
          <h2 id={id("tasks-h")}>{t("plan.section.tasks")}</h2>
          {content.tasks.length === 0 ? (
            <p>{t("plan.none")}</p>
          ) : (
            <div className="table--responsive-scroll">
              <table className="table table--responsive-headers">
                <caption className="visually-hidden">{t("plan.section.tasks")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("plan.task.name")}</th>
                    <th scope="col">{t("plan.task.assessment")}</th>
                    <th scope="col">{t("plan.task.note")}</th>
                  </tr>
                </thead>
                <tbody>
                  {content.tasks.map((task) => (
                    <tr key={task.id}>
                      <th scope="row" data-title={t("plan.task.name")}>
                        {task.name}
                      </th>
                      <td data-title={t("plan.task.assessment")}>
                        <span className={`badge badge--assess-${task.assessment}`}>{t(`plan.assessment.${task.assessment}`)}</span>
                      </td>
                      <td data-title={t("plan.task.note")} className="prewrap">
                        {task.note}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ) : null}

      {show("accommodations") ? (
        <section id={id("accommodations")} aria-labelledby={id("accommodations-h")}>
          <h2 id={id("accommodations-h")}>{t("plan.section.accommodations")}</h2>
          {content.accommodations.length === 0 ? (
            <p>{t("plan.none")}</p>
          ) : (
            <div className="table--responsive-scroll">
              <table className="table table--responsive-headers" data-testid="plan-accommodations">
                <caption className="visually-hidden">{t("plan.section.accommodations")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("plan.acc.description")}</th>
                    <th scope="col">{t("plan.acc.kind")}</th>
                    <th scope="col">{t("plan.acc.responsible")}</th>
                    <th scope="col">{t("plan.acc.period")}</th>
                    <th scope="col">{t("plan.acc.status")}</th>
                    <th scope="col">{t("plan.acc.comment")}</th>
                  </tr>
                </thead>
                <tbody>
                  {content.accommodations.map((a) => (
                    <tr key={a.id}>
                      <th scope="row" data-title={t("plan.acc.description")} className="prewrap">
                        {a.description}
                      </th>
                      <td data-title={t("plan.acc.kind")}>{t(`plan.accKind.${a.kind}`)}</td>
                      <td data-title={t("plan.acc.responsible")}>{t(`plan.responsible.${a.responsible}`)}</td>
                      <td data-title={t("plan.acc.period")}>
                        <Period start={a.start} end={a.end} />
                      </td>
                      <td data-title={t("plan.acc.status")}>{t(`plan.status.${a.status}`)}</td>
                      <td data-title={t("plan.acc.comment")} className="prewrap">
                        {a.comment}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ) : null}

      {show("stepUp") ? (
        <section id={id("stepUp")} aria-labelledby={id("stepUp-h")}>
          <h2 id={id("stepUp-h")}>{t("plan.section.stepUp")}</h2>
          {content.stepUp.weeklyHours.length === 0 ? (
            <p>{t("plan.none")}</p>
          ) : (
            <>
              <StepUpChart stepUp={content.stepUp} normal={content.normalWeeklyHours} idPrefix={idPrefix} />
              <div className="table--responsive-scroll">
                <table className="table table--responsive-headers" data-testid="plan-stepup">
                  <caption className="visually-hidden">{t("plan.section.stepUp")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("plan.stepUp.week")}</th>
                      <th scope="col">{t("plan.stepUp.from")}</th>
                      <th scope="col">{t("plan.stepUp.hours")}</th>
                      <th scope="col">{t("plan.stepUp.absence")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {content.stepUp.weeklyHours.map((h, i) => (
                      <tr key={i}>
                        <th scope="row" data-title={t("plan.stepUp.week")}>
                          {i + 1}
                        </th>
                        <td data-title={t("plan.stepUp.from")}>
                          {content.stepUp.startDate ? <DateOnly date={addDays(content.stepUp.startDate, i * 7)} /> : "–"}
                        </td>
                        <td data-title={t("plan.stepUp.hours")}>{formatDecimal(h, lang)}</td>
                        <td data-title={t("plan.stepUp.absence")}>
                          {content.normalWeeklyHours === null ? "–" : formatDecimal(content.normalWeeklyHours - h, lang)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </section>
      ) : null}

      {show("followUp") ? (
        <section id={id("followUp")} aria-labelledby={id("followUp-h")}>
          <h2 id={id("followUp-h")}>{t("plan.section.followUp")}</h2>
          {content.meetings.length ? (
            <ul className="plain-list">
              {content.meetings.map((m) => (
                <li key={m.id}>
                  <DateOnly date={m.date} />: {t(`plan.meetingKind.${m.kind}`)}
                  {m.note ? ` – ${m.note}` : ""}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t("plan.noMeetings")}</p>
          )}
          <p data-testid="plan-evaluation">
            {t("plan.evaluationDate")}: {content.evaluationDate ? <DateOnly date={content.evaluationDate} /> : t("plan.notSet")}
          </p>
        </section>
      ) : null}
    </div>
  );
}
