import { Button, Text } from "react-email";
import { emailTexts, langOf, type WithLang } from "./i18n";
import { EmailLayout, styles } from "./layout";

export type CaseClosureProposedProps = {
  employeeName: string;
  companyName: string;
  proposedBy: string;
  outcomeLabel: string;
  closedOn: string;
  toTeam: boolean;
  caseUrl: string;
};

export const caseClosureProposedTexts = emailTexts(
  {
    subject: (p: CaseClosureProposedProps) => `${p.companyName} foreslår at afslutte sagen om ${p.employeeName}`,
    preview: (p: CaseClosureProposedProps) => `Forslag: ${p.outcomeLabel} pr. ${p.closedOn}`,
    heading: "Virksomheden foreslår at afslutte en sag",
    body: (p: CaseClosureProposedProps) =>
      `${p.proposedBy} fra ${p.companyName} foreslår at afslutte sagen om ${p.employeeName} pr. ${p.closedOn} med udfaldet: ${p.outcomeLabel}.${p.toTeam ? " Sagen har ingen fast konsulent." : ""}`,
    how: "Bekræft eller afvis forslaget på sagen. Sagen er åben, indtil en konsulent bekræfter.",
    button: "Åbn sagen",
  },
  {
    subject: (p) => `${p.companyName} proposes to close the case of ${p.employeeName}`,
    preview: (p) => `Proposal: ${p.outcomeLabel} as of ${p.closedOn}`,
    heading: "The company proposes to close a case",
    body: (p) =>
      `${p.proposedBy} of ${p.companyName} proposes to close the case of ${p.employeeName} as of ${p.closedOn} with the outcome: ${p.outcomeLabel}.${p.toTeam ? " The case has no named consultant." : ""}`,
    how: "Confirm or reject the proposal on the case. The case stays open until a consultant confirms.",
    button: "Open the case",
  },
);

export default function CaseClosureProposedEmail({ lang, ...p }: CaseClosureProposedProps & WithLang) {
  const t = caseClosureProposedTexts[langOf(lang)];
  return (
    <EmailLayout lang={lang} preview={t.preview(p)} heading={t.heading}>
      <Text style={styles.text}>{t.body(p)}</Text>
      <Text style={styles.text}>{t.how}</Text>
      <Button href={p.caseUrl} style={styles.button}>
        {t.button}
      </Button>
    </EmailLayout>
  );
}

CaseClosureProposedEmail.PreviewProps = {
  employeeName: "Mette Hansen",
  companyName: "Vestjysk Stål A/S",
  proposedBy: "Hanne Sørensen",
  outcomeLabel: "Tilbage på fuld tid",
  closedOn: "14. december 2026",
  toTeam: false,
  caseUrl: "http://localhost:3000/jobcenter/sager/abc",
} satisfies CaseClosureProposedProps;
