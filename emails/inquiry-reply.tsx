import { Button, Text } from "react-email";
import { EmailLayout, styles } from "./layout";

export type InquiryReplyProps = {
  subject: string;
  consultantName: string;
  body: string;
  answeredAfter: string;
  url: string;
};

export default function InquiryReplyEmail(p: InquiryReplyProps) {
  return (
    <EmailLayout preview={`Svar fra ${p.consultantName}: ${p.subject}`} heading={`Svar fra jobcentret: ${p.subject}`}>
      <Text style={styles.text}>{p.consultantName} har svaret:</Text>
      <Text style={styles.quote}>{p.body}</Text>
      <Text style={styles.muted}>Besvaret {p.answeredAfter} efter jeres henvendelse.</Text>
      <Button href={p.url} style={styles.button}>
        Se svaret i Fasthold
      </Button>
    </EmailLayout>
  );
}

InquiryReplyEmail.PreviewProps = {
  subject: "Fast Track: Mette Hansen",
  consultantName: "Karin Lund",
  body: "Tak for anmodningen. Jeg ringer til jer i morgen kl. 10 for at aftale den første samtale.",
  answeredAfter: "2 t 5 min",
  url: "http://localhost:3000/virksomhed/sager/abc",
} satisfies InquiryReplyProps;
