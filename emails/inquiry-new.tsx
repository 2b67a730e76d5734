import { Button, Text } from "react-email";
import { emailTexts, langOf, type WithLang } from "./i18n";
import { EmailLayout, styles } from "./layout";

export type InquiryNewProps = {
  companyName: string;
  /** The kind of inquiry, already in the reader's language. */
  kindLabel: string;
  subject: string;
  answerBy: string;
  /** Whether it went to the recipient personally or to the team. */
  toTeam: boolean;
  /** A sentence in the reader's language. */
  extra?: string;
  inquiryUrl: string;
};

export const inquiryNewTexts = emailTexts(
  {
    subject: (p: InquiryNewProps) => `${p.kindLabel} fra ${p.companyName} – svar senest ${p.answerBy}`,
    preview: (p: InquiryNewProps) => `${p.kindLabel} fra ${p.companyName}. Svar senest ${p.answerBy}.`,
    heading: (p: InquiryNewProps) => `${p.kindLabel} fra ${p.companyName}`,
    toTeam: "En ny henvendelse ligger ufordelt hos teamet. Tag den, hvis du kan svare.",
    toYou: "En ny henvendelse fra en af dine virksomheder er sendt til dig.",
    topic: (p: InquiryNewProps) => `Emne: ${p.subject}`,
    answerBy: (p: InquiryNewProps) => `Virksomheden skal have svar senest ${p.answerBy}.`,
    button: "Åbn henvendelsen",
  },
  {
    subject: (p) => `${p.kindLabel} from ${p.companyName} – answer by ${p.answerBy}`,
    preview: (p) => `${p.kindLabel} from ${p.companyName}. Answer by ${p.answerBy}.`,
    heading: (p) => `${p.kindLabel} from ${p.companyName}`,
    toTeam: "A new inquiry is waiting unassigned with the team. Take it if you can answer.",
    toYou: "A new inquiry from one of your companies has been sent to you.",
    topic: (p) => `Subject: ${p.subject}`,
    answerBy: (p) => `The company must have an answer by ${p.answerBy}.`,
    button: "Open the inquiry",
  },
);

/** To consultants. Names no employee and no health information: the portal holds those. */
export default function InquiryNewEmail({ lang, ...p }: InquiryNewProps & WithLang) {
  const t = inquiryNewTexts[langOf(lang)];
  return (
    <EmailLayout lang={lang} preview={t.preview(p)} heading={t.heading(p)}>
      <Text style={styles.text}>{p.toTeam ? t.toTeam : t.toYou}</Text>
      <Text style={styles.text}>{t.topic(p)}</Text>
      <Text style={styles.text}>
        <strong>{t.answerBy(p)}</strong>
        {p.extra ? ` ${p.extra}` : ""}
      </Text>
      <Button href={p.inquiryUrl} style={styles.button}>
        {t.button}
      </Button>
    </EmailLayout>
  );
}

InquiryNewEmail.PreviewProps = {
  companyName: "Vestjysk Stål A/S",
  kindLabel: "Fast Track-anmodning",
  subject: "Fast Track: Mette Hansen",
  answerBy: "tirs. 24. nov. 2026 kl. 10.15",
  toTeam: false,
  extra: "Første opfølgningssamtale skal holdes senest mandag den 7. december 2026, hvis medarbejderen giver samtykke.",
  inquiryUrl: "http://localhost:3000/jobcenter/henvendelser/abc",
} satisfies InquiryNewProps;
