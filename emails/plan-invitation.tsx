import { Button, Text } from "react-email";
import { EmailLayout, styles } from "./layout";

export type PlanInvitationProps = { employeeName: string; companyName: string; startedBy: string; url: string };

/** To the employee, when the employer or the consultant starts a plan. */
export default function PlanInvitationEmail(p: PlanInvitationProps) {
  return (
    <EmailLayout preview={`Vær med til at skrive din fastholdelsesplan`} heading="Vær med til at skrive din fastholdelsesplan">
      <Text style={styles.text}>Kære {p.employeeName}</Text>
      <Text style={styles.text}>
        {p.startedBy} har startet en fastholdelsesplan for dig hos {p.companyName}: en plan for, hvordan du kan vende tilbage til arbejdet helt eller delvist.
        Du, din arbejdsgiver og jobcentret skriver den sammen, og den gælder først, når både du og din arbejdsgiver har godkendt den.
      </Text>
      <Text style={styles.text}>Du skal ikke skrive din diagnose. Beskriv, hvad du kan, og hvad der skal til.</Text>
      <Button href={p.url} style={styles.button}>
        Åbn planen
      </Button>
      <Text style={{ ...styles.muted, marginTop: "24px" }}>Linket er personligt. Du logger ind med en kode, vi sender til denne e-mail.</Text>
    </EmailLayout>
  );
}

PlanInvitationEmail.PreviewProps = {
  employeeName: "Mette Hansen",
  companyName: "Vestjysk Stål A/S",
  startedBy: "Hanne Sørensen",
  url: "http://localhost:3000/medarbejder/token",
} satisfies PlanInvitationProps;
