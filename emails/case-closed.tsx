import { Button, Text } from "react-email";
import { emailTexts, langOf, type WithLang } from "./i18n";
import { EmailLayout, styles } from "./layout";

export type CaseClosedProps = {
  employeeName: string;
  companyName: string;
  /** The outcome, in the reader's language. */
  outcomeLabel: string;
  closedOn: string;
  consultantName: string;
  /** Meetings that were booked and are now cancelled. */
  meetingsCancelled: number;
  url: string;
};

export const caseClosedTexts = emailTexts(
  {
    subject: (p: CaseClosedProps) => `Sagen om ${p.employeeName} er afsluttet`,
    preview: (p: CaseClosedProps) => `Afsluttet ${p.closedOn}: ${p.outcomeLabel}`,
    heading: "Sagen er afsluttet",
    body: (p: CaseClosedProps) =>
      `Jobcentret (${p.consultantName}) har afsluttet sygefraværssagen om ${p.employeeName} hos ${p.companyName} pr. ${p.closedOn}. Udfald: ${p.outcomeLabel}.`,
    plan: "En fastholdelsesplan på sagen er afsluttet med sagen; den kan stadig læses og udskrives. En aftalt virksomhedspraktik fortsætter til sin slutdato.",
    meetings: (p: CaseClosedProps) => (p.meetingsCancelled ? `${p.meetingsCancelled} bookede møder er aflyst; I får en særskilt besked om hvert.` : ""),
    button: "Se sagen",
  },
  {
    subject: (p) => `The case of ${p.employeeName} is closed`,
    preview: (p) => `Closed ${p.closedOn}: ${p.outcomeLabel}`,
    heading: "The case is closed",
    body: (p) =>
      `The jobcentre (${p.consultantName}) has closed the sickness absence case of ${p.employeeName} at ${p.companyName} as of ${p.closedOn}. Outcome: ${p.outcomeLabel}.`,
    plan: "A retention plan on the case has ended with it; it can still be read and printed. An agreed work placement continues until its end date.",
    meetings: (p) => (p.meetingsCancelled ? `${p.meetingsCancelled} booked meetings are cancelled; you get a separate notice for each.` : ""),
    button: "See the case",
  },
);

export default function CaseClosedEmail({ lang, ...p }: CaseClosedProps & WithLang) {
  const t = caseClosedTexts[langOf(lang)];
  return (
    <EmailLayout lang={lang} preview={t.preview(p)} heading={t.heading}>
      <Text style={styles.text}>{t.body(p)}</Text>
      <Text style={styles.text}>{t.plan}</Text>
      {p.meetingsCancelled ? <Text style={styles.text}>{t.meetings(p)}</Text> : null}
      <Button href={p.url} style={styles.button}>
        {t.button}
      </Button>
    </EmailLayout>
  );
}

CaseClosedEmail.PreviewProps = {
  employeeName: "Mette Hansen",
  companyName: "Vestjysk Stål A/S",
  outcomeLabel: "Delvis tilbage, fortsætter",
  closedOn: "14. december 2026",
  consultantName: "Karin Lund",
  meetingsCancelled: 1,
  url: "http://localhost:3000/virksomhed/sager/abc",
} satisfies CaseClosedProps;
