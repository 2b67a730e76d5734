import { Button, Text } from "react-email";
import { emailTexts, langOf, type WithLang } from "./i18n";
import { EmailLayout, styles } from "./layout";

export type ConsentRequestProps = {
  employeeName: string;
  companyName: string;
  deadline: string;
  consentUrl: string;
};

export const consentRequestTexts = emailTexts(
  {
    subject: (p: ConsentRequestProps) => `${p.companyName} har bedt om Fast Track for dig`,
    preview: (p: ConsentRequestProps) => `${p.companyName} har bedt jobcentret om Fast Track for dig. Svar senest ${p.deadline}.`,
    heading: "Vil du have tidlig hjælp fra jobcentret?",
    dear: (p: ConsentRequestProps) => `Kære ${p.employeeName}`,
    asked: (p: ConsentRequestProps) =>
      `${p.companyName} har bedt jobcentret om Fast Track: en tidlig opfølgning på din sygemelding, så du får hjælp til at vende tilbage til arbejdet så hurtigt, som det er muligt for dig (sygedagpengeloven § 7 c).`,
    needsConsent: "Det kræver dit samtykke. Åbn linket, læs hvad din arbejdsgiver har svaret, og sig ja eller nej tak.",
    answerBy: (p: ConsentRequestProps) => `Svar senest ${p.deadline}.`,
    otherwise: "Svarer du ikke, eller siger du nej tak, følger jobcentret op på den almindelige måde.",
    button: "Se anmodningen og svar",
    personal: "Linket er personligt. Send det ikke videre.",
  },
  {
    subject: (p) => `${p.companyName} has asked for Fast Track for you`,
    preview: (p) => `${p.companyName} has asked the jobcentre for Fast Track for you. Answer by ${p.deadline}.`,
    heading: "Would you like early help from the jobcentre?",
    dear: (p) => `Dear ${p.employeeName}`,
    asked: (p) =>
      `${p.companyName} has asked the jobcentre for Fast Track: early follow-up on your sick leave, so that you get help to return to work as soon as is possible for you (Danish Sickness Benefit Act § 7 c).`,
    needsConsent: "This needs your consent. Open the link, read what your employer has answered, and say yes or no thank you.",
    answerBy: (p) => `Answer by ${p.deadline}.`,
    otherwise: "If you do not answer, or say no thank you, the jobcentre follows up in the ordinary way.",
    button: "See the request and answer",
    personal: "The link is personal. Do not pass it on.",
  },
);

export default function ConsentRequestEmail({ lang, ...p }: ConsentRequestProps & WithLang) {
  const t = consentRequestTexts[langOf(lang)];
  return (
    <EmailLayout lang={lang} preview={t.preview(p)} heading={t.heading}>
      <Text style={styles.text}>{t.dear(p)}</Text>
      <Text style={styles.text}>{t.asked(p)}</Text>
      <Text style={styles.text}>
        {t.needsConsent} <strong>{t.answerBy(p)}</strong> {t.otherwise}
      </Text>
      <Button href={p.consentUrl} style={styles.button}>
        {t.button}
      </Button>
      <Text style={{ ...styles.muted, marginTop: "24px" }}>{t.personal}</Text>
    </EmailLayout>
  );
}

ConsentRequestEmail.PreviewProps = {
  employeeName: "Mette Hansen",
  companyName: "Vestjysk Stål A/S",
  deadline: "onsdag den 25. november 2026",
  consentUrl: "http://localhost:3000/samtykke/token",
} satisfies ConsentRequestProps;
