import { Button, Text } from "react-email";
import { emailTexts, langOf, type WithLang } from "./i18n";
import { EmailLayout, styles } from "./layout";

export type PlanEvaluationReminderProps = { employeeName: string; companyName: string; evaluationDate: string; url: string };

export const planEvaluationReminderTexts = emailTexts(
  {
    subject: (p: PlanEvaluationReminderProps) => `Evaluering af fastholdelsesplan ${p.evaluationDate}`,
    preview: (p: PlanEvaluationReminderProps) => `Fastholdelsesplanen evalueres ${p.evaluationDate}`,
    heading: "Snart evaluering af fastholdelsesplanen",
    body: (p: PlanEvaluationReminderProps) =>
      `Fastholdelsesplanen for ${p.employeeName} hos ${p.companyName} skal evalueres ${p.evaluationDate}. Se planen igennem: går optrapningen som aftalt, og virker tilpasningerne?`,
    button: "Se planen",
  },
  {
    subject: (p) => `Evaluation of the retention plan ${p.evaluationDate}`,
    preview: (p) => `The retention plan is evaluated ${p.evaluationDate}`,
    heading: "The retention plan is evaluated soon",
    body: (p) =>
      `The retention plan for ${p.employeeName} at ${p.companyName} is to be evaluated ${p.evaluationDate}. Look through the plan: is the step-up going as agreed, and do the adjustments work?`,
    button: "See the plan",
  },
);

export default function PlanEvaluationReminderEmail({ lang, ...p }: PlanEvaluationReminderProps & WithLang) {
  const t = planEvaluationReminderTexts[langOf(lang)];
  return (
    <EmailLayout lang={lang} preview={t.preview(p)} heading={t.heading}>
      <Text style={styles.text}>{t.body(p)}</Text>
      <Button href={p.url} style={styles.button}>
        {t.button}
      </Button>
    </EmailLayout>
  );
}

PlanEvaluationReminderEmail.PreviewProps = {
  employeeName: "Mette Hansen",
  companyName: "Vestjysk Stål A/S",
  evaluationDate: "tirsdag den 12. januar 2027",
  url: "http://localhost:3000/plan/abc",
} satisfies PlanEvaluationReminderProps;
