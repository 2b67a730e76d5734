import { Button, Text } from "react-email";
import { EmailLayout, styles } from "./layout";

export type PlanEvaluationReminderProps = { employeeName: string; companyName: string; evaluationDate: string; url: string };

export default function PlanEvaluationReminderEmail(p: PlanEvaluationReminderProps) {
  return (
    <EmailLayout preview={`Fastholdelsesplanen evalueres ${p.evaluationDate}`} heading="Snart evaluering af fastholdelsesplanen">
      <Text style={styles.text}>
        Fastholdelsesplanen for {p.employeeName} hos {p.companyName} skal evalueres {p.evaluationDate}. Se planen igennem: går optrapningen som aftalt, og
        virker tilpasningerne?
      </Text>
      <Button href={p.url} style={styles.button}>
        Se planen
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
