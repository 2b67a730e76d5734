import { Button, Text } from "react-email";
import { EmailLayout, styles } from "./layout";

export type InquiryEscalationProps = {
  companyName: string;
  subject: string;
  dueAt: string;
  assigneeName: string | null;
  inquiryUrl: string;
};

/** To team leads, when the 24-hour promise is broken. */
export default function InquiryEscalationEmail(p: InquiryEscalationProps) {
  return (
    <EmailLayout preview={`Overskredet: ${p.companyName} fik ikke svar inden ${p.dueAt}`} heading="En henvendelse er ikke besvaret inden for fristen">
      <Text style={styles.text}>
        {p.companyName} skulle have haft svar senest {p.dueAt}, men henvendelsen er ikke besvaret.
      </Text>
      <Text style={styles.text}>Emne: {p.subject}</Text>
      <Text style={styles.text}>{p.assigneeName ? `Ansvarlig: ${p.assigneeName}.` : "Ingen har taget henvendelsen."}</Text>
      <Button href={p.inquiryUrl} style={styles.button}>
        Åbn henvendelsen
      </Button>
    </EmailLayout>
  );
}

InquiryEscalationEmail.PreviewProps = {
  companyName: "Vestjysk Stål A/S",
  subject: "Spørgsmål om mulighedserklæring",
  dueAt: "tirs. 24. nov. 2026 kl. 10.15",
  assigneeName: null,
  inquiryUrl: "http://localhost:3000/jobcenter/henvendelser/abc",
} satisfies InquiryEscalationProps;
