import { Button, Text } from "react-email";
import { emailTexts, langOf, type WithLang } from "./i18n";
import { EmailLayout, styles } from "./layout";

export type PlanRequestedProps = { employeeName: string; url: string };

export const planRequestedTexts = emailTexts(
  {
    subject: (p: PlanRequestedProps) => `${p.employeeName} beder om en fastholdelsesplan`,
    preview: (p: PlanRequestedProps) => `${p.employeeName} beder om en fastholdelsesplan`,
    heading: "Medarbejderen beder om en fastholdelsesplan",
    asked: (p: PlanRequestedProps) =>
      `${p.employeeName} har bedt om en fastholdelsesplan (sygedagpengeloven § 7 b): en plan, I laver sammen, for hvordan medarbejderen kan vende tilbage til arbejdet helt eller delvist.`,
    options: "I kan sige ja og begynde på planen, eller sige nej med en begrundelse.",
    button: "Svar på anmodningen",
  },
  {
    subject: (p) => `${p.employeeName} asks for a retention plan`,
    preview: (p) => `${p.employeeName} asks for a retention plan`,
    heading: "The employee asks for a retention plan",
    asked: (p) =>
      `${p.employeeName} has asked for a retention plan (Danish Sickness Benefit Act § 7 b): a plan you make together for how the employee can return to work fully or partly.`,
    options: "You can say yes and begin the plan, or say no with a reason.",
    button: "Answer the request",
  },
);

export default function PlanRequestedEmail({ lang, ...p }: PlanRequestedProps & WithLang) {
  const t = planRequestedTexts[langOf(lang)];
  return (
    <EmailLayout lang={lang} preview={t.preview(p)} heading={t.heading}>
      <Text style={styles.text}>{t.asked(p)}</Text>
      <Text style={styles.text}>{t.options}</Text>
      <Button href={p.url} style={styles.button}>
        {t.button}
      </Button>
    </EmailLayout>
  );
}

PlanRequestedEmail.PreviewProps = { employeeName: "Mette Hansen", url: "http://localhost:3000/virksomhed/sager/abc" } satisfies PlanRequestedProps;
