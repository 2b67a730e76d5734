import { Button, Text } from "react-email";
import { emailTexts, langOf, type WithLang } from "./i18n";
import { EmailLayout, styles } from "./layout";

export type InquiryReceivedProps = {
  subject: string;
  answerBy: string;
  contactName: string | null;
  url: string;
};

export const inquiryReceivedTexts = emailTexts(
  {
    subject: (p: InquiryReceivedProps) => `Henvendelse modtaget – svar senest ${p.answerBy}`,
    preview: (p: InquiryReceivedProps) => `Vi har modtaget jeres henvendelse. I får svar senest ${p.answerBy}.`,
    heading: "Vi har modtaget jeres henvendelse",
    topic: (p: InquiryReceivedProps) => `Emne: ${p.subject}`,
    answerBy: (p: InquiryReceivedProps) => `I får svar fra jobcentret senest ${p.answerBy}.`,
    contact: (name: string) => `Jeres kontaktperson i jobcentret er ${name}.`,
    button: "Følg henvendelsen",
  },
  {
    subject: (p) => `Inquiry received – answer by ${p.answerBy}`,
    preview: (p) => `We have received your inquiry. You will get an answer by ${p.answerBy}.`,
    heading: "We have received your inquiry",
    topic: (p) => `Subject: ${p.subject}`,
    answerBy: (p) => `You will get an answer from the jobcentre by ${p.answerBy}.`,
    contact: (name) => `Your contact person at the jobcentre is ${name}.`,
    button: "Follow the inquiry",
  },
);

export default function InquiryReceivedEmail({ lang, ...p }: InquiryReceivedProps & WithLang) {
  const t = inquiryReceivedTexts[langOf(lang)];
  return (
    <EmailLayout lang={lang} preview={t.preview(p)} heading={t.heading}>
      <Text style={styles.text}>{t.topic(p)}</Text>
      <Text style={styles.text}>
        <strong>{t.answerBy(p)}</strong>
      </Text>
      {p.contactName ? <Text style={styles.text}>{t.contact(p.contactName)}</Text> : null}
      <Button href={p.url} style={styles.button}>
        {t.button}
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
