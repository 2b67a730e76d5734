import { Button, Text } from "react-email";
import { emailTexts, langOf, type WithLang } from "./i18n";
import { EmailLayout, styles } from "./layout";

export type PlanInvitationProps = { employeeName: string; companyName: string; startedBy: string; url: string };

export const planInvitationTexts = emailTexts(
  {
    subject: (_p: PlanInvitationProps) => "Vær med til at skrive din fastholdelsesplan",
    heading: "Vær med til at skrive din fastholdelsesplan",
    dear: (p: PlanInvitationProps) => `Kære ${p.employeeName}`,
    started: (p: PlanInvitationProps) =>
      `${p.startedBy} har startet en fastholdelsesplan for dig hos ${p.companyName}: en plan for, hvordan du kan vende tilbage til arbejdet helt eller delvist. Du, din arbejdsgiver og jobcentret skriver den sammen, og den gælder først, når både du og din arbejdsgiver har godkendt den.`,
    noDiagnosis: "Du skal ikke skrive din diagnose. Beskriv, hvad du kan, og hvad der skal til.",
    button: "Åbn planen",
    personal: "Linket er personligt. Du logger ind med en kode, vi sender til denne e-mail.",
  },
  {
    subject: () => "Help write your retention plan",
    heading: "Help write your retention plan",
    dear: (p) => `Dear ${p.employeeName}`,
    started: (p) =>
      `${p.startedBy} has started a retention plan for you at ${p.companyName}: a plan for how you can return to work fully or partly. You, your employer and the jobcentre write it together, and it applies only when both you and your employer have approved it.`,
    noDiagnosis: "Do not write your diagnosis. Describe what you can do, and what it takes.",
    button: "Open the plan",
    personal: "The link is personal. You sign in with a code we send to this email.",
  },
);

/** To the employee, when the employer or the consultant starts a plan. */
export default function PlanInvitationEmail({ lang, ...p }: PlanInvitationProps & WithLang) {
  const t = planInvitationTexts[langOf(lang)];
  return (
    <EmailLayout lang={lang} preview={t.heading} heading={t.heading}>
      <Text style={styles.text}>{t.dear(p)}</Text>
      <Text style={styles.text}>{t.started(p)}</Text>
      <Text style={styles.text}>{t.noDiagnosis}</Text>
      <Button href={p.url} style={styles.button}>
        {t.button}
      </Button>
      <Text style={{ ...styles.muted, marginTop: "24px" }}>{t.personal}</Text>
    </EmailLayout>
  );
}

PlanInvitationEmail.PreviewProps = {
  employeeName: "Mette Hansen",
  companyName: "Vestjysk Stål A/S",
  startedBy: "Hanne Sørensen",
  url: "http://localhost:3000/medarbejder/token",
} satisfies PlanInvitationProps;
