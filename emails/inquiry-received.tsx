import { Button, Text } from "react-email";
import { EmailLayout, styles } from "./layout";

export type InquiryReceivedProps = {
  subject: string;
  answerBy: string;
  contactName: string | null;
  url: string;
};

export default function InquiryReceivedEmail(p: InquiryReceivedProps) {
  return (
    <EmailLayout preview={`Vi har modtaget jeres henvendelse. I får svar senest ${p.answerBy}.`} heading="Vi har modtaget jeres henvendelse">
      <Text style={styles.text}>Emne: {p.subject}</Text>
      <Text style={styles.text}>
        <strong>I får svar fra jobcentret senest {p.answerBy}.</strong>
      </Text>
      {p.contactName ? <Text style={styles.text}>Jeres kontaktperson i jobcentret er {p.contactName}.</Text> : null}
      <Button href={p.url} style={styles.button}>
        Følg henvendelsen
      </Button>
    </EmailLayout>
  );
}

InquiryReceivedEmail.PreviewProps = {
  subject: "Delvis raskmelding og nedsat tid",
  answerBy: "tirs. 24. nov. 2026 kl. 10.15",
  contactName: "Karin Lund",
  url: "http://localhost:3000/virksomhed/henvendelser/abc",
} satisfies InquiryReceivedProps;
