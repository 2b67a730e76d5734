import { progressionStatements, type ProgressionStatement, type Ratings } from "~/domain/progression";
import { copenhagenDate, formatDateShort } from "~/utils/dates";
import { useT } from "~/utils/i18n";

export type ProgressionChartPoint = { id: string; ratedAt: string; ratings: Ratings; comment: string | null };

const W = 720;
const H = 280;
const PAD = { top: 16, right: 24, bottom: 44, left: 40 };

/** Each statement: a colour with AA contrast on white, plus its own dash and marker, so colour is never the only cue. */
const series: Record<ProgressionStatement, { className: string; dash?: string; marker: "circle" | "square" | "diamond" | "triangle" }> = {
  tasks: { className: "progression-line progression-line--tasks", marker: "circle" },
  nextStep: { className: "progression-line progression-line--nextStep", dash: "8 4", marker: "square" },
  support: { className: "progression-line progression-line--support", dash: "2 4", marker: "diamond" },
  confidence: { className: "progression-line progression-line--confidence", dash: "12 4 2 4", marker: "triangle" },
};

function Marker({ kind, x, y, className }: { kind: "circle" | "square" | "diamond" | "triangle"; x: number; y: number; className: string }) {
  if (kind === "circle") return <circle cx={x} cy={y} r={4.5} className={className} />;
  if (kind === "square") return <rect x={x - 4} y={y - 4} width={8} height={8} className={className} />;
  if (kind === "diamond") return <polygon points={`${x},${y - 5.5} ${x + 5.5},${y} ${x},${y + 5.5} ${x - 5.5},${y}`} className={className} />;
  return <polygon points={`${x},${y - 5.5} ${x + 5.5},${y + 4.5} ${x - 5.5},${y + 4.5}`} className={className} />;
}

/**
 * The employee's own ratings over time: a server-rendered SVG line chart (title and description for
 * assistive technology) and the same figures in a table. `id` must be unique on the page.
 */
export function ProgressionChart({ points, id = "progression" }: { points: ProgressionChartPoint[]; id?: string }) {
  const { t, lang } = useT();
  if (!points.length) return <p data-testid="progression-none">{t("progression.none")}</p>;
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (points.length === 1 ? plotW / 2 : (plotW * i) / (points.length - 1));
  const y = (v: number) => PAD.top + plotH * (1 - v / 10);
  const dateOf = (iso: string) => formatDateShort(copenhagenDate(new Date(iso)), lang);
  // Every label when they fit, else every n-th, so the axis never overprints.
  const every = Math.max(1, Math.ceil(points.length / 6));
  return (
    <div className="progression" data-testid="progression-chart">
      <svg viewBox={`0 0 ${W} ${H}`} className="chart" role="img" aria-labelledby={`${id}-title ${id}-desc`}>
        <title id={`${id}-title`}>{t("progression.chartTitle")}</title>
        <desc id={`${id}-desc`}>{t("progression.chartDesc")}</desc>
        {[0, 2, 4, 6, 8, 10].map((tick) => (
          <g key={tick}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(tick)} y2={y(tick)} className="chart-grid" />
            <text x={PAD.left - 8} y={y(tick) + 4} textAnchor="end" className="chart-label">
              {tick}
            </text>
          </g>
        ))}
        {points.map((p, i) =>
          i % every === 0 || i === points.length - 1 ? (
            <text key={p.id} x={x(i)} y={H - PAD.bottom + 18} textAnchor="middle" className="chart-label">
              {dateOf(p.ratedAt)}
            </text>
          ) : null,
        )}
        {progressionStatements.map((s) => {
          const style = series[s];
          const pts = points.map((p, i) => ({ i, v: p.ratings[s] })).filter((p): p is { i: number; v: number } => typeof p.v === "number");
          return (
            <g key={s} data-testid={`progression-series-${s}`}>
              {pts.length > 1 ? (
                <polyline points={pts.map((p) => `${x(p.i)},${y(p.v)}`).join(" ")} className={style.className} strokeDasharray={style.dash} fill="none" />
              ) : null}
              {pts.map((p) => (
                <Marker key={p.i} kind={style.marker} x={x(p.i)} y={y(p.v)} className={`${style.className} progression-marker`} />
              ))}
            </g>
          );
        })}
        <text x={PAD.left} y={H - 6} className="chart-label">
          {t("progression.axis")}
        </text>
      </svg>
      <ul className="progression-legend" aria-hidden="true">
        {progressionStatements.map((s) => (
          <li key={s}>
            <svg width="36" height="12" focusable="false">
              <line x1="2" x2="34" y1="6" y2="6" className={series[s].className} strokeDasharray={series[s].dash} />
              <Marker kind={series[s].marker} x={18} y={6} className={`${series[s].className} progression-marker`} />
            </svg>{" "}
            {t(`progression.statement.${s}`)}
          </li>
        ))}
      </ul>
      <table className="table table--responsive-headers" data-testid="progression-table">
        <caption>{t("progression.tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("progression.col.date")}</th>
            {progressionStatements.map((s) => (
              <th scope="col" key={s}>
                {t(`progression.statement.${s}`)}
              </th>
            ))}
            <th scope="col">{t("progression.col.comment")}</th>
          </tr>
        </thead>
        <tbody>
          {[...points].reverse().map((p) => (
            <tr key={p.id}>
              <td data-title={t("progression.col.date")}>{dateOf(p.ratedAt)}</td>
              {progressionStatements.map((s) => (
                <td key={s} data-title={t(`progression.statement.${s}`)}>
                  {p.ratings[s] ?? "–"}
                </td>
              ))}
              <td data-title={t("progression.col.comment")} className="prewrap">
                {p.comment ?? ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The section on a case page (employer, jobcenter): the chart, or why there is none. */
export function ProgressionSection({ view, viewer }: { view: { points: ProgressionChartPoint[]; shared: boolean }; viewer: "employer" | "staff" }) {
  const { t } = useT();
  return (
    <section className="card" aria-labelledby="progression-h" data-testid="progression-section">
      <h2 id="progression-h">{t(viewer === "employer" ? "progression.employer.title" : "progression.staff.title")}</h2>
      {viewer === "employer" && !view.shared ? (
        <p>{t("progression.employer.notShared")}</p>
      ) : (
        <>
          <p>{t(viewer === "employer" ? "progression.employer.shared" : view.shared ? "progression.staff.shared" : "progression.staff.private")}</p>
          <ProgressionChart points={view.points} />
        </>
      )}
    </section>
  );
}
