import { Button, Text } from "react-email";
import { EmailLayout, styles } from "./layout";

export type InquiryHandoverProps = {
  fromName: string;
  companyName: string;
  subject: string;
  note: string;
  answerBy: string;
  inquiryUrl: string;
};

export default function InquiryHandoverEmail(p: InquiryHandoverProps) {
  return (
    <EmailLayout preview={`${p.fromName} har givet dig en henvendelse fra ${p.companyName}`} heading="Du har fået en henvendelse">
      <Text style={styles.text}>
        {p.fromName} har givet dig en henvendelse fra {p.companyName}: {p.subject}
      </Text>
      <Text style={styles.quote}>{p.note}</Text>
      <Text style={styles.text}>
        <strong>Svar senest {p.answerBy}.</strong>
      </Text>
      <Button href={p.inquiryUrl} style={styles.button}>
        Åbn henvendelsen
      </Button>
    </EmailLayout>
  );
}

InquiryHandoverEmail.PreviewProps = {
  fromName: "Karin Lund",
  companyName: "Vestjysk Stål A/S",
  subject: "Spørgsmål om mulighedserklæring",
  note: "Du kender virksomheden bedst. Kan du ringe til Hanne i dag?",
  answerBy: "tirs. 24. nov. 2026 kl. 10.15",
  inquiryUrl: "http://localhost:3000/jobcenter/henvendelser/abc",
} satisfies InquiryHandoverProps;
