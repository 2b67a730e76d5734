import { Button, Text } from "react-email";
import { emailTexts, langOf, type WithLang } from "./i18n";
import { EmailLayout, styles } from "./layout";

export type FollowUpReminderProps = {
  employeeName: string;
  companyName: string;
  /** The step, in the reader's language ("Første samtale (Fast Track)"). */
  stepLabel: string;
  dueOn: string;
  toTeam: boolean;
  caseUrl: string;
};

export const followUpReminderTexts = emailTexts(
  {
    subject: (p: FollowUpReminderProps) => `Påmindelse: ${p.stepLabel} senest ${p.dueOn}`,
    preview: (p: FollowUpReminderProps) => `${p.employeeName}, ${p.companyName}: ${p.stepLabel} senest ${p.dueOn}`,
    heading: "Et opfølgningsskridt forfalder snart",
    body: (p: FollowUpReminderProps) =>
      `${p.toTeam ? "En sag uden fast konsulent" : "En sag, du følger,"}: ${p.employeeName} hos ${p.companyName}. ${p.stepLabel} skal være gjort senest ${p.dueOn}.`,
    how: "Hold mødet, eller registrér skridtet på sagen, når det er gjort.",
    button: "Åbn sagen",
  },
  {
    subject: (p) => `Reminder: ${p.stepLabel} by ${p.dueOn}`,
    preview: (p) => `${p.employeeName}, ${p.companyName}: ${p.stepLabel} by ${p.dueOn}`,
    heading: "A follow-up step is due soon",
    body: (p) =>
      `${p.toTeam ? "A case without a named consultant" : "A case you follow"}: ${p.employeeName} at ${p.companyName}. ${p.stepLabel} is due by ${p.dueOn}.`,
    how: "Hold the meeting, or record the step on the case when it is done.",
    button: "Open the case",
  },
);

export default function FollowUpReminderEmail({ lang, ...p }: FollowUpReminderProps & WithLang) {
  const t = followUpReminderTexts[langOf(lang)];
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

FollowUpReminderEmail.PreviewProps = {
  employeeName: "Mette Hansen",
  companyName: "Vestjysk Stål A/S",
  stepLabel: "Første samtale (Fast Track)",
  dueOn: "tirsdag den 15. december 2026",
  toTeam: false,
  caseUrl: "http://localhost:3000/jobcenter/sager/abc",
} satisfies FollowUpReminderProps;
