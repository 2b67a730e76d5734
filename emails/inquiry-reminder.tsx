import { Button, Text } from "react-email";
import { EmailLayout, styles } from "./layout";

export type InquiryReminderProps = {
  companyName: string;
  subject: string;
  answerBy: string;
  toTeam: boolean;
  inquiryUrl: string;
};

export default function InquiryReminderEmail(p: InquiryReminderProps) {
  return (
    <EmailLayout preview={`Svarfristen udløber ${p.answerBy}: ${p.companyName}`} heading="Svarfristen udløber om 4 timer">
      <Text style={styles.text}>
        {p.toTeam ? "En ufordelt henvendelse" : "En henvendelse, du har ansvaret for,"} fra {p.companyName} er ikke besvaret endnu.
      </Text>
      <Text style={styles.text}>Emne: {p.subject}</Text>
      <Text style={styles.text}>
        <strong>Virksomheden har fået lovning på svar senest {p.answerBy}.</strong> Svar med en besked, eller ring og log opkaldet.
      </Text>
      <Button href={p.inquiryUrl} style={styles.button}>
        Åbn henvendelsen
      </Button>
    </EmailLayout>
  );
}

InquiryReminderEmail.PreviewProps = {
  companyName: "Vestjysk Stål A/S",
  subject: "Spørgsmål om mulighedserklæring",
  answerBy: "tirs. 24. nov. 2026 kl. 10.15",
  toTeam: true,
  inquiryUrl: "http://localhost:3000/jobcenter/henvendelser/abc",
} satisfies InquiryReminderProps;
