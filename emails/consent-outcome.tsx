import { Button, Text } from "react-email";
import { emailTexts, langOf, type WithLang } from "./i18n";
import { EmailLayout, styles } from "./layout";

export type ConsentOutcomeProps = {
  employeeName: string;
  outcome: "consented" | "declined" | "expired";
  firstConversationDue: string;
  normalFollowUpBy: string;
  caseUrl: string;
};

type Outcome = ConsentOutcomeProps["outcome"];

export const consentOutcomeTexts = emailTexts(
  {
    subject: (p: ConsentOutcomeProps) =>
      p.outcome === "consented" ? `Samtykke til Fast Track: ${p.employeeName}` : `Fast Track uden samtykke: ${p.employeeName}`,
    headings: {
      consented: "Medarbejderen har givet samtykke til Fast Track",
      declined: "Medarbejderen har sagt nej tak til Fast Track",
      expired: "Fristen for samtykke til Fast Track er udløbet",
    } as Record<Outcome, string>,
    consented: (p: ConsentOutcomeProps) =>
      `${p.employeeName} har sagt ja til Fast Track. Jobcentret holder den første opfølgningssamtale senest ${p.firstConversationDue}.`,
    declined: (p: ConsentOutcomeProps) => `${p.employeeName} har sagt nej tak til Fast Track.`,
    expired: (p: ConsentOutcomeProps) => `${p.employeeName} har ikke svaret inden fristen.`,
    normal: (p: ConsentOutcomeProps) => `Sagen følger den almindelige opfølgning: jobcentret holder første opfølgningssamtale senest ${p.normalFollowUpBy}.`,
    button: "Se sagen i Fasthold",
  },
  {
    subject: (p) => (p.outcome === "consented" ? `Consent to Fast Track: ${p.employeeName}` : `Fast Track without consent: ${p.employeeName}`),
    headings: {
      consented: "The employee has consented to Fast Track",
      declined: "The employee has declined Fast Track",
      expired: "The deadline for consent to Fast Track has passed",
    },
    consented: (p) => `${p.employeeName} has said yes to Fast Track. The jobcentre will hold the first follow-up meeting by ${p.firstConversationDue}.`,
    declined: (p) => `${p.employeeName} has declined Fast Track.`,
    expired: (p) => `${p.employeeName} did not answer before the deadline.`,
    normal: (p) => `The case follows the ordinary follow-up: the jobcentre will hold the first follow-up meeting by ${p.normalFollowUpBy}.`,
    button: "See the case in Fasthold",
  },
);

export default function ConsentOutcomeEmail({ lang, ...p }: ConsentOutcomeProps & WithLang) {
  const t = consentOutcomeTexts[langOf(lang)];
  const heading = t.headings[p.outcome];
  return (
    <EmailLayout lang={lang} preview={heading} heading={heading}>
      {p.outcome === "consented" ? (
        <Text style={styles.text}>{t.consented(p)}</Text>
      ) : (
        <Text style={styles.text}>
          {p.outcome === "declined" ? t.declined(p) : t.expired(p)} {t.normal(p)}
        </Text>
      )}
      <Button href={p.caseUrl} style={styles.button}>
        {t.button}
      </Button>
    </EmailLayout>
  );
}

ConsentOutcomeEmail.PreviewProps = {
  employeeName: "Mette Hansen",
  outcome: "consented",
  firstConversationDue: "mandag den 7. december 2026",
  normalFollowUpBy: "søndag den 10. januar 2027",
  caseUrl: "http://localhost:3000/virksomhed/sager/abc",
} satisfies ConsentOutcomeProps;
