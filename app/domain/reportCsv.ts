import type { Figures, InquiryReport } from "./inquiryReport";

const header = [
  "uge",
  "år",
  "ugestart",
  "konsulent",
  "modtaget",
  "vurderet",
  "besvaret_inden_for_frist",
  "andel_inden_for_frist_pct",
  "median_minutter",
  "p90_minutter",
  "overskredet_nu",
];

export function cell(value: string | number | null): string {
  if (value === null) return "";
  const text = typeof value === "number" ? String(Math.round(value * 10) / 10).replace(".", ",") : value;
  return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const minutes = (ms: number | null) => (ms === null ? null : ms / 60_000);

function figures(f: Figures) {
  return [f.received, f.judged, f.answeredInTime, f.shareInTime === null ? null : f.shareInTime * 100, minutes(f.medianMs), minutes(f.p90Ms), f.overdueNow];
}

/** One row per week for the whole team ("Alle"), then one per consultant that week. */
export function reportCsv(report: InquiryReport): string {
  const lines = [header.join(";")];
  for (const w of report.weeks) {
    lines.push([w.week, w.year, w.weekStart, "Alle", ...figures(w)].map(cell).join(";"));
    for (const c of w.byConsultant) {
      lines.push([w.week, w.year, w.weekStart, c.consultantName ?? "Ikke fordelt", ...figures(c)].map(cell).join(";"));
    }
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
