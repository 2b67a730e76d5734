import { Button, Text } from "react-email";
import { emailTexts, langOf, type WithLang } from "./i18n";
import { EmailLayout, styles } from "./layout";

export type CaseClosureRejectedProps = {
  employeeName: string;
  consultantName: string;
  reason: string;
  url: string;
};

export const caseClosureRejectedTexts = emailTexts(
  {
    subject: (p: CaseClosureRejectedProps) => `Sagen om ${p.employeeName} fortsætter`,
    preview: (p: CaseClosureRejectedProps) => `${p.consultantName} har ikke afsluttet sagen`,
    heading: "Sagen er ikke afsluttet",
    body: (p: CaseClosureRejectedProps) =>
      `${p.consultantName} fra jobcentret har ikke bekræftet jeres forslag om at afslutte sagen om ${p.employeeName}. Sagen fortsætter.`,
    reason: (p: CaseClosureRejectedProps) => `Begrundelse: ${p.reason}`,
    button: "Se sagen",
  },
  {
    subject: (p) => `The case of ${p.employeeName} continues`,
    preview: (p) => `${p.consultantName} has not closed the case`,
    heading: "The case is not closed",
    body: (p) => `${p.consultantName} of the jobcentre has not confirmed your proposal to close the case of ${p.employeeName}. The case continues.`,
    reason: (p) => `Reason: ${p.reason}`,
    button: "See the case",
  },
);

export default function CaseClosureRejectedEmail({ lang, ...p }: CaseClosureRejectedProps & WithLang) {
  const t = caseClosureRejectedTexts[langOf(lang)];
  return (
    <EmailLayout lang={lang} preview={t.preview(p)} heading={t.heading}>
      <Text style={styles.text}>{t.body(p)}</Text>
      <Text style={styles.text}>{t.reason(p)}</Text>
      <Button href={p.url} style={styles.button}>
        {t.button}
      </Button>
    </EmailLayout>
  );
}

CaseClosureRejectedEmail.PreviewProps = {
  employeeName: "Mette Hansen",
  consultantName: "Karin Lund",
  reason: "Vi holder en opfølgningssamtale mere, før sagen afsluttes.",
  url: "http://localhost:3000/virksomhed/sager/abc",
} satisfies CaseClosureRejectedProps;
