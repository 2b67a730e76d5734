import { Button, Text } from "react-email";
import { emailTexts, langOf, type WithLang } from "./i18n";
import { EmailLayout, styles } from "./layout";

export type PlanDecidedProps = { employeeName: string; companyName: string; accepted: boolean; reason: string | null; url: string };

export const planDecidedTexts = emailTexts(
  {
    subject: (p: PlanDecidedProps): string => (p.accepted ? "Jeres fastholdelsesplan er startet" : "Svar på din anmodning om en fastholdelsesplan"),
    previewAccepted: (p: PlanDecidedProps) => `${p.companyName} vil lave en fastholdelsesplan med dig`,
    previewDeclined: (p: PlanDecidedProps) => `${p.companyName} har sagt nej til en fastholdelsesplan`,
    headingAccepted: "Jeres fastholdelsesplan er startet",
    headingDeclined: "Din arbejdsgiver har sagt nej til en fastholdelsesplan",
    dear: (p: PlanDecidedProps) => `Kære ${p.employeeName}`,
    accepted: (p: PlanDecidedProps) =>
      `${p.companyName} har sagt ja til at lave en fastholdelsesplan med dig. I skriver den sammen i Fasthold, og jobcentret er med. Åbn linket, og log ind med en kode, vi sender til din e-mail.`,
    declined: (p: PlanDecidedProps) => `${p.companyName} har sagt nej til at lave en fastholdelsesplan. Begrundelse:`,
    declinedNext: "Jobcentret kan se svaret og tager det op med dig ved næste opfølgning.",
    buttonAccepted: "Åbn planen",
    buttonDeclined: "Se din side i Fasthold",
    personal: "Linket er personligt. Send det ikke videre.",
  },
  {
    subject: (p) => (p.accepted ? "Your retention plan has started" : "Answer to your request for a retention plan"),
    previewAccepted: (p) => `${p.companyName} wants to make a retention plan with you`,
    previewDeclined: (p) => `${p.companyName} has said no to a retention plan`,
    headingAccepted: "Your retention plan has started",
    headingDeclined: "Your employer has said no to a retention plan",
    dear: (p) => `Dear ${p.employeeName}`,
    accepted: (p) =>
      `${p.companyName} has said yes to making a retention plan with you. You write it together in Fasthold, with the jobcentre. Open the link and sign in with a code we send to your email.`,
    declined: (p) => `${p.companyName} has said no to making a retention plan. Reason:`,
    declinedNext: "The jobcentre can see the answer and will take it up with you at the next follow-up.",
    buttonAccepted: "Open the plan",
    buttonDeclined: "See your page in Fasthold",
    personal: "The link is personal. Do not pass it on.",
  },
);

/** To the employee: the employer's answer to their request for a plan. */
export default function PlanDecidedEmail({ lang, ...p }: PlanDecidedProps & WithLang) {
  const t = planDecidedTexts[langOf(lang)];
  return (
    <EmailLayout lang={lang} preview={p.accepted ? t.previewAccepted(p) : t.previewDeclined(p)} heading={p.accepted ? t.headingAccepted : t.headingDeclined}>
      <Text style={styles.text}>{t.dear(p)}</Text>
      {p.accepted ? (
        <Text style={styles.text}>{t.accepted(p)}</Text>
      ) : (
        <>
          <Text style={styles.text}>{t.declined(p)}</Text>
          <Text style={styles.quote}>{p.reason}</Text>
          <Text style={styles.text}>{t.declinedNext}</Text>
        </>
      )}
      <Button href={p.url} style={styles.button}>
        {p.accepted ? t.buttonAccepted : t.buttonDeclined}
      </Button>
      <Text style={{ ...styles.muted, marginTop: "24px" }}>{t.personal}</Text>
    </EmailLayout>
  );
}

PlanDecidedEmail.PreviewProps = {
  employeeName: "Mette Hansen",
  companyName: "Vestjysk Stål A/S",
  accepted: true,
  reason: null,
  url: "http://localhost:3000/medarbejder/token",
} satisfies PlanDecidedProps;
