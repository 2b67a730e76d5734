import { useT } from "~/utils/i18n";

export type SharePoint = { label: string; share: number | null; judged: number };

const W = 720;
const H = 260;
const PAD = { top: 16, right: 16, bottom: 40, left: 48 };

/**
 * The weekly share answered within the deadline, as server-rendered SVG bars.
 * The table beside it carries the same figures for screen readers.
 */
export function ShareChart({
  points,
  title,
  description,
  id = "chart",
  axis,
  target,
}: {
  points: SharePoint[];
  title: string;
  description: string;
  /** Unique on the page when it shows more than one chart. */
  id?: string;
  axis?: string;
  /** A target share, drawn as a dashed line with its label. */
  target?: { share: number; label: string };
}) {
  const { t } = useT();
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / Math.max(points.length, 1);
  const y = (share: number) => PAD.top + plotH * (1 - share);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} className="chart" role="img" aria-labelledby={`${id}-title ${id}-desc`}>
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {[0, 0.25, 0.5, 0.75, 1].map((tick) => (
        <g key={tick}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(tick)} y2={y(tick)} className="chart-grid" />
          <text x={PAD.left - 8} y={y(tick) + 4} textAnchor="end" className="chart-label">
            {Math.round(tick * 100)} %
          </text>
        </g>
      ))}
      {points.map((p, i) => {
        const x = PAD.left + i * slot + slot * 0.15;
        const w = slot * 0.7;
        return (
          <g key={p.label} data-testid="chart-bar">
            {p.share === null ? (
              <text x={x + w / 2} y={y(0) - 6} textAnchor="middle" className="chart-label">
                –
              </text>
            ) : (
              <>
                <rect x={x} y={y(p.share)} width={w} height={Math.max(plotH * p.share, 1)} className={p.share >= 1 ? "chart-bar chart-bar--full" : "chart-bar"}>
                  <title>{`${p.label}: ${Math.round(p.share * 100)} % (${p.judged})`}</title>
                </rect>
                <text x={x + w / 2} y={y(p.share) - 6} textAnchor="middle" className="chart-value">
                  {Math.round(p.share * 100)}
                </text>
              </>
            )}
            <text x={x + w / 2} y={H - PAD.bottom + 18} textAnchor="middle" className="chart-label">
              {p.label}
            </text>
          </g>
        );
      })}
      {target ? (
        <g data-testid="chart-target">
          <line x1={PAD.left} x2={W - PAD.right} y1={y(target.share)} y2={y(target.share)} className="chart-target" />
          <text x={W - PAD.right} y={y(target.share) - 6} textAnchor="end" className="chart-value">
            {target.label}
          </text>
        </g>
      ) : null}
      <text x={PAD.left} y={H - 6} className="chart-label">
        {axis ?? t("report.chart.axis")}
      </text>
    </svg>
  );
}
