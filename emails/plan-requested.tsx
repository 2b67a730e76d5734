import { Button, Text } from "react-email";
import { EmailLayout, styles } from "./layout";

export type PlanRequestedProps = { employeeName: string; url: string };

export default function PlanRequestedEmail(p: PlanRequestedProps) {
  return (
    <EmailLayout preview={`${p.employeeName} beder om en fastholdelsesplan`} heading="Medarbejderen beder om en fastholdelsesplan">
      <Text style={styles.text}>
        {p.employeeName} har bedt om en fastholdelsesplan (sygedagpengeloven § 7 b): en plan, I laver sammen, for hvordan medarbejderen kan vende tilbage til
        arbejdet helt eller delvist.
      </Text>
      <Text style={styles.text}>I kan sige ja og begynde på planen, eller sige nej med en begrundelse.</Text>
      <Button href={p.url} style={styles.button}>
        Svar på anmodningen
      </Button>
    </EmailLayout>
  );
}

PlanRequestedEmail.PreviewProps = { employeeName: "Mette Hansen", url: "http://localhost:3000/virksomhed/sager/abc" } satisfies PlanRequestedProps;
