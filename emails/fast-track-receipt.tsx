import { Button, Text } from "react-email";
import { emailTexts, langOf, type WithLang } from "./i18n";
import { EmailLayout, styles } from "./layout";

export type FastTrackReceiptProps = {
  employeeName: string;
  companyName: string;
  requestedAt: string;
  answerBy: string;
  consentDeadline: string;
  firstConversationDue: string;
  caseUrl: string;
};

export const fastTrackReceiptTexts = emailTexts(
  {
    subject: (p: FastTrackReceiptProps) => `Fast Track modtaget – svar senest ${p.answerBy}`,
    preview: (p: FastTrackReceiptProps) => `Vi har modtaget jeres Fast Track-anmodning. Svar senest ${p.answerBy}.`,
    heading: "Vi har modtaget jeres Fast Track-anmodning",
    requested: (p: FastTrackReceiptProps) => `${p.companyName} har ${p.requestedAt} bedt om Fast Track for ${p.employeeName}.`,
    answerBy: (p: FastTrackReceiptProps) => `I får svar fra jobcentret senest ${p.answerBy}.`,
    consent: (p: FastTrackReceiptProps) =>
      `Medarbejderen har fået en e-mail og skal give samtykke senest ${p.consentDeadline}. Siger medarbejderen ja, holder jobcentret den første opfølgningssamtale senest ${p.firstConversationDue}.`,
    button: "Se sagen i Fasthold",
  },
  {
    subject: (p) => `Fast Track received – answer by ${p.answerBy}`,
    preview: (p) => `We have received your Fast Track request. Answer by ${p.answerBy}.`,
    heading: "We have received your Fast Track request",
    requested: (p) => `${p.companyName} asked for Fast Track for ${p.employeeName} on ${p.requestedAt}.`,
    answerBy: (p) => `You will get an answer from the jobcentre by ${p.answerBy}.`,
    consent: (p) =>
      `The employee has been sent an email and must give consent by ${p.consentDeadline}. If the employee says yes, the jobcentre will hold the first follow-up meeting by ${p.firstConversationDue}.`,
    button: "See the case in Fasthold",
  },
);

export default function FastTrackReceiptEmail({ lang, ...p }: FastTrackReceiptProps & WithLang) {
  const t = fastTrackReceiptTexts[langOf(lang)];
  return (
    <EmailLayout lang={lang} preview={t.preview(p)} heading={t.heading}>
      <Text style={styles.text}>{t.requested(p)}</Text>
      <Text style={styles.text}>
        <strong>{t.answerBy(p)}</strong>
      </Text>
      <Text style={styles.text}>{t.consent(p)}</Text>
      <Button href={p.caseUrl} style={styles.button}>
        {t.button}
      </Button>
    </EmailLayout>
  );
}

FastTrackReceiptEmail.PreviewProps = {
  employeeName: "Mette Hansen",
  companyName: "Vestjysk Stål A/S",
  requestedAt: "man. 23. nov. 2026 kl. 10.15",
  answerBy: "tirs. 24. nov. 2026 kl. 10.15",
  consentDeadline: "onsdag den 25. november 2026",
  firstConversationDue: "mandag den 7. december 2026",
  caseUrl: "http://localhost:3000/virksomhed/sager/abc",
} satisfies FastTrackReceiptProps;
