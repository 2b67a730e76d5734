import PDFDocument from "pdfkit";
import type { PlanParty } from "~db/schema";
import { formatDecimal, translate } from "~/utils/i18n.server";
import type { PlanContent } from "~/domain/planContent";
import { addDays, formatDate, formatDateTime } from "~/utils/dates";

type PdfInput = {
  employeeName: string;
  companyName: string;
  version: number;
  signed: boolean;
  signedAt: string | null;
  content: PlanContent;
  approvals: { party: PlanParty; name: string; at: string }[];
};

const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate("da", key, vars);

/** The plan on paper: Danish, the standard Helvetica (which has æ, ø and å), one section after the other. */
export function planPdf(input: PdfInput): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 50, info: { Title: `Fastholdelsesplan – ${input.employeeName}`, Author: "Fasthold" } });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  const c = input.content;
  const heading = (text: string) => doc.moveDown(0.8).font("Helvetica-Bold").fontSize(13).text(text).moveDown(0.3).font("Helvetica").fontSize(10.5);
  const line = (label: string, value: string) => doc.font("Helvetica-Bold").text(`${label}: `, { continued: true }).font("Helvetica").text(value);
  const date = (d: string | null) => (d ? formatDate(d, "da") : "–");

  doc
    .font("Helvetica-Bold")
    .fontSize(18)
    .text(t("plan.title", { name: input.employeeName }));
  doc
    .font("Helvetica")
    .fontSize(10.5)
    .text(`${input.companyName} · ${t("plan.versionN", { version: input.version })} · sygedagpengeloven § 7 b`);
  doc.text(input.signed && input.signedAt ? t("plan.pdf.signed", { at: formatDateTime(input.signedAt, "da") }) : t("plan.pdf.notSigned"));
  for (const a of input.approvals) doc.text(`${t(`plan.party.${a.party}`)}: ${a.name}, ${formatDateTime(a.at, "da")}`);

  heading(t("plan.section.goal"));
  line(t("plan.goal"), c.goal ? t(`plan.goal.${c.goal}`) : "–");
  line(t("plan.jobTitle"), c.jobTitle || "–");
  line(t("plan.normalWeeklyHours"), c.normalWeeklyHours === null ? "–" : String(c.normalWeeklyHours));

  heading(t("plan.section.tasks"));
  if (c.tasks.length === 0) doc.text(t("plan.none"));
  for (const task of c.tasks) doc.text(`• ${task.name}: ${t(`plan.assessment.${task.assessment}`)}${task.note ? ` – ${task.note}` : ""}`);

  heading(t("plan.section.accommodations"));
  if (c.accommodations.length === 0) doc.text(t("plan.none"));
  for (const a of c.accommodations) {
    doc.text(
      `• ${a.description} (${t(`plan.accKind.${a.kind}`)}). ${t("plan.acc.responsible")}: ${t(`plan.responsible.${a.responsible}`)}. ${date(a.start)} – ${date(a.end)}. ${t(`plan.status.${a.status}`)}.${a.comment ? ` ${a.comment}` : ""}`,
    );
  }

  heading(t("plan.section.stepUp"));
  if (c.stepUp.weeklyHours.length === 0) doc.text(t("plan.none"));
  c.stepUp.weeklyHours.forEach((h, i) => {
    const from = c.stepUp.startDate ? formatDate(addDays(c.stepUp.startDate, i * 7), "da") : "–";
    doc.text(`${t("plan.stepUp.weekHours", { week: i + 1 })}: ${formatDecimal(h, "da")} (${from})`);
  });

  heading(t("plan.section.followUp"));
  for (const m of c.meetings) doc.text(`• ${date(m.date)}: ${t(`plan.meetingKind.${m.kind}`)}${m.note ? ` – ${m.note}` : ""}`);
  line(t("plan.evaluationDate"), date(c.evaluationDate));
  doc.end();
  return done;
}
