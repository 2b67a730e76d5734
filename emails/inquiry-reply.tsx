import { Button, Text } from "react-email";
import { emailTexts, langOf, type WithLang } from "./i18n";
import { EmailLayout, styles } from "./layout";

export type InquiryReplyProps = {
  subject: string;
  consultantName: string;
  body: string;
  answeredAfter: string;
  url: string;
};

export const inquiryReplyTexts = emailTexts(
  {
    subject: (p: InquiryReplyProps) => `Svar fra jobcentret: ${p.subject}`,
    preview: (p: InquiryReplyProps) => `Svar fra ${p.consultantName}: ${p.subject}`,
    heading: (p: InquiryReplyProps) => `Svar fra jobcentret: ${p.subject}`,
    answered: (p: InquiryReplyProps) => `${p.consultantName} har svaret:`,
    after: (p: InquiryReplyProps) => `Besvaret ${p.answeredAfter} efter jeres henvendelse.`,
    button: "Se svaret i Fasthold",
  },
  {
    subject: (p) => `Answer from the jobcentre: ${p.subject}`,
    preview: (p) => `Answer from ${p.consultantName}: ${p.subject}`,
    heading: (p) => `Answer from the jobcentre: ${p.subject}`,
    answered: (p) => `${p.consultantName} has answered:`,
    after: (p) => `Answered ${p.answeredAfter} after your inquiry.`,
    button: "See the answer in Fasthold",
  },
);

export default function InquiryReplyEmail({ lang, ...p }: InquiryReplyProps & WithLang) {
  const t = inquiryReplyTexts[langOf(lang)];
  return (
    <EmailLayout lang={lang} preview={t.preview(p)} heading={t.heading(p)}>
      <Text style={styles.text}>{t.answered(p)}</Text>
      <Text style={styles.quote}>{p.body}</Text>
      <Text style={styles.muted}>{t.after(p)}</Text>
      <Button href={p.url} style={styles.button}>
        {t.button}
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
