import type { Change, Value } from "~/domain/planContent";
import { formatDate, formatDateShort, isValidDate } from "~/utils/dates";
import { formatDecimal, useT, type MessageKey } from "~/utils/i18n";

/** Enum values and dates in words; free text as it is. */
function useValueText() {
  const { t, lang, has } = useT();
  const enumPrefix: Record<string, string> = {
    goal: "plan.goal",
    assessment: "plan.assessment",
    kind: "plan.accKind",
    responsible: "plan.responsible",
    status: "plan.status",
  };
  return (field: string, value: Value, section: string) => {
    if (value === null || value === "") return t("plan.diff.empty");
    if (typeof value === "number") return formatDecimal(value, lang);
    const prefix = section === "followUp" && field === "kind" ? "plan.meetingKind" : enumPrefix[field];
    const key = prefix ? `${prefix}.${value}` : "";
    if (prefix && has(key)) return t(key);
    if (/^\d{4}-\d{2}-\d{2}$/.test(value) && isValidDate(value)) return formatDate(value, lang);
    return `"${value}"`;
  };
}

const fieldKey = (section: string, field: string): MessageKey => {
  const map: Record<string, MessageKey> = {
    goal: "plan.goal",
    jobTitle: "plan.jobTitle",
    normalWeeklyHours: "plan.normalWeeklyHours",
    name: "plan.task.name",
    assessment: "plan.task.assessment",
    note: section === "followUp" ? "plan.meeting.note" : "plan.task.note",
    kind: section === "followUp" ? "plan.meeting.kind" : "plan.acc.kind",
    description: "plan.acc.description",
    responsible: "plan.acc.responsible",
    start: "plan.acc.start",
    end: "plan.acc.end",
    status: "plan.acc.status",
    comment: "plan.acc.comment",
    startDate: "plan.stepUp.start",
    evaluationDate: "plan.evaluationDate",
    date: "plan.meeting.date",
  };
  return map[field] ?? "plan.diff.field";
};

/** The difference between two versions, one readable line per change. */
export function PlanDiff({ changes }: { changes: Change[] }) {
  const { t, lang } = useT();
  // A meeting is named by its date: "10. december 2026", never "2026-12-10".
  const itemText = (item: string) => (/^\d{4}-\d{2}-\d{2}$/.test(item) && isValidDate(item) ? formatDateShort(item, lang) : item);
  const valueText = useValueText();
  if (changes.length === 0) return <p>{t("plan.diff.none")}</p>;
  return (
    <ul className="diff" data-testid="plan-diff">
      {changes.map((c, i) => {
        const section = t(`plan.section.${c.section}`);
        let text: string;
        if (c.type === "added") text = t("plan.diff.added", { item: itemText(c.item) });
        else if (c.type === "removed") text = t("plan.diff.removed", { item: itemText(c.item) });
        else if (c.type === "week") text = t("plan.diff.week", { week: c.week, from: valueText("", c.from, c.section), to: valueText("", c.to, c.section) });
        else if (c.type === "itemField")
          text = t("plan.diff.itemField", {
            item: itemText(c.item),
            field: t(fieldKey(c.section, c.field)).toLowerCase(),
            from: valueText(c.field, c.from, c.section),
            to: valueText(c.field, c.to, c.section),
          });
        else
          text = t("plan.diff.field", {
            field: t(fieldKey(c.section, c.field)),
            from: valueText(c.field, c.from, c.section),
            to: valueText(c.field, c.to, c.section),
          });
        return (
          <li key={i} className={`diff-${c.type}`}>
            <span className="diff-section">{section}:</span> {text}
          </li>
        );
      })}
    </ul>
  );
}
