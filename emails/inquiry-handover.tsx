import { Button, Text } from "react-email";
import { emailTexts, langOf, type WithLang } from "./i18n";
import { EmailLayout, styles } from "./layout";

export type InquiryHandoverProps = {
  fromName: string;
  companyName: string;
  subject: string;
  note: string;
  answerBy: string;
  inquiryUrl: string;
};

export const inquiryHandoverTexts = emailTexts(
  {
    subject: (p: InquiryHandoverProps) => `Overdraget til dig: ${p.subject}`,
    preview: (p: InquiryHandoverProps) => `${p.fromName} har givet dig en henvendelse fra ${p.companyName}`,
    heading: "Du har fået en henvendelse",
    given: (p: InquiryHandoverProps) => `${p.fromName} har givet dig en henvendelse fra ${p.companyName}: ${p.subject}`,
    answerBy: (p: InquiryHandoverProps) => `Svar senest ${p.answerBy}.`,
    button: "Åbn henvendelsen",
  },
  {
    subject: (p) => `Handed over to you: ${p.subject}`,
    preview: (p) => `${p.fromName} has given you an inquiry from ${p.companyName}`,
    heading: "You have been given an inquiry",
    given: (p) => `${p.fromName} has given you an inquiry from ${p.companyName}: ${p.subject}`,
    answerBy: (p) => `Answer by ${p.answerBy}.`,
    button: "Open the inquiry",
  },
);

export default function InquiryHandoverEmail({ lang, ...p }: InquiryHandoverProps & WithLang) {
  const t = inquiryHandoverTexts[langOf(lang)];
  return (
    <EmailLayout lang={lang} preview={t.preview(p)} heading={t.heading}>
      <Text style={styles.text}>{t.given(p)}</Text>
      <Text style={styles.quote}>{p.note}</Text>
      <Text style={styles.text}>
        <strong>{t.answerBy(p)}</strong>
      </Text>
      <Button href={p.inquiryUrl} style={styles.button}>
        {t.button}
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
