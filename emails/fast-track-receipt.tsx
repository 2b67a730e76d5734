import { Button, Text } from "react-email";
import { EmailLayout, styles } from "./layout";

export type FastTrackReceiptProps = {
  employeeName: string;
  companyName: string;
  requestedAt: string;
  answerBy: string;
  consentDeadline: string;
  firstConversationDue: string;
  caseUrl: string;
};

export default function FastTrackReceiptEmail(p: FastTrackReceiptProps) {
  return (
    <EmailLayout preview={`Vi har modtaget jeres Fast Track-anmodning. Svar senest ${p.answerBy}.`} heading="Vi har modtaget jeres Fast Track-anmodning">
      <Text style={styles.text}>
        {p.companyName} har {p.requestedAt} bedt om Fast Track for {p.employeeName}.
      </Text>
      <Text style={styles.text}>
        <strong>I får svar fra jobcentret senest {p.answerBy}.</strong>
      </Text>
      <Text style={styles.text}>
        Medarbejderen har fået en e-mail og skal give samtykke senest {p.consentDeadline}. Siger medarbejderen ja, holder jobcentret den første
        opfølgningssamtale senest {p.firstConversationDue}.
      </Text>
      <Button href={p.caseUrl} style={styles.button}>
        Se sagen i Fasthold
      </Button>
    </EmailLayout>
  );
}

FastTrackReceiptEmail.PreviewProps = {
  employeeName: "Mette Hansen",
  companyName: "Vestjysk Stål A/S",
  requestedAt: "man. 23. nov. 2026 kl. 10.15",
  answerBy: "tirs. 24. nov. 2026 kl. 10.15",
  consentDeadline: "onsdag den 25. november 2026",
  firstConversationDue: "mandag den 7. december 2026",
  caseUrl: "http://localhost:3000/virksomhed/sager/abc",
} satisfies FastTrackReceiptProps;
