import { Button, Text } from "react-email";
import { EmailLayout, styles } from "./layout";

export type PlanSignedProps = { employeeName: string; companyName: string; version: number; evaluationDate: string | null; url: string };

export default function PlanSignedEmail(p: PlanSignedProps) {
  return (
    <EmailLayout preview={`Fastholdelsesplanen er godkendt af begge parter (version ${p.version})`} heading="Fastholdelsesplanen er godkendt">
      <Text style={styles.text}>
        Fastholdelsesplanen for {p.employeeName} hos {p.companyName} er godkendt af både medarbejderen og arbejdsgiveren. Version {p.version} er nu låst og
        gælder.
      </Text>
      {p.evaluationDate ? <Text style={styles.text}>Planen evalueres {p.evaluationDate}. I får en påmindelse inden.</Text> : null}
      <Text style={styles.text}>Du kan udskrive planen eller hente den som PDF i Fasthold.</Text>
      <Button href={p.url} style={styles.button}>
        Se planen
      </Button>
    </EmailLayout>
  );
}

PlanSignedEmail.PreviewProps = {
  employeeName: "Mette Hansen",
  companyName: "Vestjysk Stål A/S",
  version: 3,
  evaluationDate: "tirsdag den 12. januar 2027",
  url: "http://localhost:3000/plan/abc",
} satisfies PlanSignedProps;
