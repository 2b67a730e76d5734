import { Button, Text } from "react-email";
import { EmailLayout, styles } from "./layout";

export type ConsentRequestProps = {
  employeeName: string;
  companyName: string;
  deadline: string;
  consentUrl: string;
};

export default function ConsentRequestEmail(p: ConsentRequestProps) {
  return (
    <EmailLayout
      preview={`${p.companyName} har bedt jobcentret om Fast Track for dig. Svar senest ${p.deadline}.`}
      heading="Vil du have tidlig hjælp fra jobcentret?"
    >
      <Text style={styles.text}>Kære {p.employeeName}</Text>
      <Text style={styles.text}>
        {p.companyName} har bedt jobcentret om Fast Track: en tidlig opfølgning på din sygemelding, så du får hjælp til at vende tilbage til arbejdet så
        hurtigt, som det er muligt for dig (sygedagpengeloven § 7 c).
      </Text>
      <Text style={styles.text}>
        Det kræver dit samtykke. Åbn linket, læs hvad din arbejdsgiver har svaret, og sig ja eller nej tak. <strong>Svar senest {p.deadline}.</strong> Svarer du
        ikke, eller siger du nej tak, følger jobcentret op på den almindelige måde.
      </Text>
      <Button href={p.consentUrl} style={styles.button}>
        Se anmodningen og svar
      </Button>
      <Text style={{ ...styles.muted, marginTop: "24px" }}>Linket er personligt. Send det ikke videre.</Text>
    </EmailLayout>
  );
}

ConsentRequestEmail.PreviewProps = {
  employeeName: "Mette Hansen",
  companyName: "Vestjysk Stål A/S",
  deadline: "onsdag den 25. november 2026",
  consentUrl: "http://localhost:3000/samtykke/token",
} satisfies ConsentRequestProps;
