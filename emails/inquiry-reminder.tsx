import { Button, Text } from "react-email";
import { emailTexts, langOf, type WithLang } from "./i18n";
import { EmailLayout, styles } from "./layout";

export type InquiryReminderProps = {
  companyName: string;
  subject: string;
  answerBy: string;
  toTeam: boolean;
  inquiryUrl: string;
};

export const inquiryReminderTexts = emailTexts(
  {
    subject: (p: InquiryReminderProps) => `Påmindelse: svar ${p.companyName} senest ${p.answerBy}`,
    preview: (p: InquiryReminderProps) => `Svarfristen udløber ${p.answerBy}: ${p.companyName}`,
    heading: "Svarfristen udløber om 4 timer",
    notAnswered: (p: InquiryReminderProps) =>
      `${p.toTeam ? "En ufordelt henvendelse" : "En henvendelse, du har ansvaret for,"} fra ${p.companyName} er ikke besvaret endnu.`,
    topic: (p: InquiryReminderProps) => `Emne: ${p.subject}`,
    promised: (p: InquiryReminderProps) => `Virksomheden har fået lovning på svar senest ${p.answerBy}.`,
    how: "Svar med en besked, eller ring og log opkaldet.",
    button: "Åbn henvendelsen",
  },
  {
    subject: (p) => `Reminder: answer ${p.companyName} by ${p.answerBy}`,
    preview: (p) => `The response deadline runs out ${p.answerBy}: ${p.companyName}`,
    heading: "The response deadline runs out in 4 hours",
    notAnswered: (p) => `${p.toTeam ? "An unassigned inquiry" : "An inquiry you are responsible for"} from ${p.companyName} has not been answered yet.`,
    topic: (p) => `Subject: ${p.subject}`,
    promised: (p) => `The company has been promised an answer by ${p.answerBy}.`,
    how: "Answer with a message, or call and log the call.",
    button: "Open the inquiry",
  },
);

export default function InquiryReminderEmail({ lang, ...p }: InquiryReminderProps & WithLang) {
  const t = inquiryReminderTexts[langOf(lang)];
  return (
    <EmailLayout lang={lang} preview={t.preview(p)} heading={t.heading}>
      <Text style={styles.text}>{t.notAnswered(p)}</Text>
      <Text style={styles.text}>{t.topic(p)}</Text>
      <Text style={styles.text}>
        <strong>{t.promised(p)}</strong> {t.how}
      </Text>
      <Button href={p.inquiryUrl} style={styles.button}>
        {t.button}
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
