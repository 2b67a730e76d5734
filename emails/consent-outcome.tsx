import { Button, Text } from "react-email";
import { EmailLayout, styles } from "./layout";

export type ConsentOutcomeProps = {
  employeeName: string;
  outcome: "consented" | "declined" | "expired";
  firstConversationDue: string;
  normalFollowUpBy: string;
  caseUrl: string;
};

const headings: Record<ConsentOutcomeProps["outcome"], string> = {
  consented: "Medarbejderen har givet samtykke til Fast Track",
  declined: "Medarbejderen har sagt nej tak til Fast Track",
  expired: "Fristen for samtykke til Fast Track er udløbet",
};

export default function ConsentOutcomeEmail(p: ConsentOutcomeProps) {
  return (
    <EmailLayout preview={headings[p.outcome]} heading={headings[p.outcome]}>
      {p.outcome === "consented" ? (
        <Text style={styles.text}>
          {p.employeeName} har sagt ja til Fast Track. Jobcentret holder den første opfølgningssamtale senest {p.firstConversationDue}.
        </Text>
      ) : (
        <Text style={styles.text}>
          {p.outcome === "declined" ? `${p.employeeName} har sagt nej tak til Fast Track.` : `${p.employeeName} har ikke svaret inden fristen.`} Sagen følger
          den almindelige opfølgning: jobcentret holder første opfølgningssamtale senest {p.normalFollowUpBy}.
        </Text>
      )}
      <Button href={p.caseUrl} style={styles.button}>
        Se sagen i Fasthold
      </Button>
    </EmailLayout>
  );
}

ConsentOutcomeEmail.PreviewProps = {
  employeeName: "Mette Hansen",
  outcome: "consented",
  firstConversationDue: "mandag den 7. december 2026",
  normalFollowUpBy: "søndag den 10. januar 2027",
  caseUrl: "http://localhost:3000/virksomhed/sager/abc",
} satisfies ConsentOutcomeProps;
