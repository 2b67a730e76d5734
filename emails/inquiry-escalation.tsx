import { Button, Text } from "react-email";
import { emailTexts, langOf, type WithLang } from "./i18n";
import { EmailLayout, styles } from "./layout";

export type InquiryEscalationProps = {
  companyName: string;
  subject: string;
  dueAt: string;
  assigneeName: string | null;
  inquiryUrl: string;
};

export const inquiryEscalationTexts = emailTexts(
  {
    subject: (p: InquiryEscalationProps) => `Overskredet svarfrist: ${p.companyName}`,
    preview: (p: InquiryEscalationProps) => `Overskredet: ${p.companyName} fik ikke svar inden ${p.dueAt}`,
    heading: "En henvendelse er ikke besvaret inden for fristen",
    late: (p: InquiryEscalationProps) => `${p.companyName} skulle have haft svar senest ${p.dueAt}, men henvendelsen er ikke besvaret.`,
    topic: (p: InquiryEscalationProps) => `Emne: ${p.subject}`,
    assignee: (name: string) => `Ansvarlig: ${name}.`,
    nobody: "Ingen har taget henvendelsen.",
    button: "Åbn henvendelsen",
  },
  {
    subject: (p) => `Response deadline missed: ${p.companyName}`,
    preview: (p) => `Missed: ${p.companyName} got no answer by ${p.dueAt}`,
    heading: "An inquiry was not answered within the deadline",
    late: (p) => `${p.companyName} should have had an answer by ${p.dueAt}, but the inquiry has not been answered.`,
    topic: (p) => `Subject: ${p.subject}`,
    assignee: (name) => `Responsible: ${name}.`,
    nobody: "Nobody has taken the inquiry.",
    button: "Open the inquiry",
  },
);

/** To team leads, when the 24-hour promise is broken. */
export default function InquiryEscalationEmail({ lang, ...p }: InquiryEscalationProps & WithLang) {
  const t = inquiryEscalationTexts[langOf(lang)];
  return (
    <EmailLayout lang={lang} preview={t.preview(p)} heading={t.heading}>
      <Text style={styles.text}>{t.late(p)}</Text>
      <Text style={styles.text}>{t.topic(p)}</Text>
      <Text style={styles.text}>{p.assigneeName ? t.assignee(p.assigneeName) : t.nobody}</Text>
      <Button href={p.inquiryUrl} style={styles.button}>
        {t.button}
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
