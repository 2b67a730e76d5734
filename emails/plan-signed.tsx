import { Button, Text } from "react-email";
import { emailTexts, langOf, type WithLang } from "./i18n";
import { EmailLayout, styles } from "./layout";

export type PlanSignedProps = { employeeName: string; companyName: string; version: number; evaluationDate: string | null; url: string };

export const planSignedTexts = emailTexts(
  {
    subject: (p: PlanSignedProps) => `Fastholdelsesplanen er godkendt: ${p.employeeName}`,
    preview: (p: PlanSignedProps) => `Fastholdelsesplanen er godkendt af begge parter (version ${p.version})`,
    heading: "Fastholdelsesplanen er godkendt",
    signed: (p: PlanSignedProps) =>
      `Fastholdelsesplanen for ${p.employeeName} hos ${p.companyName} er godkendt af både medarbejderen og arbejdsgiveren. Version ${p.version} er nu låst og gælder.`,
    evaluation: (date: string) => `Planen evalueres ${date}. I får en påmindelse inden.`,
    print: "Du kan udskrive planen eller hente den som PDF i Fasthold.",
    button: "Se planen",
  },
  {
    subject: (p) => `The retention plan is approved: ${p.employeeName}`,
    preview: (p) => `The retention plan is approved by both parties (version ${p.version})`,
    heading: "The retention plan is approved",
    signed: (p) =>
      `The retention plan for ${p.employeeName} at ${p.companyName} is approved by both the employee and the employer. Version ${p.version} is now locked and applies.`,
    evaluation: (date) => `The plan is evaluated ${date}. You will get a reminder before then.`,
    print: "You can print the plan or download it as a PDF in Fasthold.",
    button: "See the plan",
  },
);

export default function PlanSignedEmail({ lang, ...p }: PlanSignedProps & WithLang) {
  const t = planSignedTexts[langOf(lang)];
  return (
    <EmailLayout lang={lang} preview={t.preview(p)} heading={t.heading}>
      <Text style={styles.text}>{t.signed(p)}</Text>
      {p.evaluationDate ? <Text style={styles.text}>{t.evaluation(p.evaluationDate)}</Text> : null}
      <Text style={styles.text}>{t.print}</Text>
      <Button href={p.url} style={styles.button}>
        {t.button}
      </Button>
    </EmailLayout>
  );
}

PlanSignedEmail.PreviewProps = {
  employeeName: "Mette Hansen",
  companyName: "Vestjysk Stål A/S",
  version: 3,
  evaluationDate: "tirsdag den 12. januar 2027",
  url: "http://localhost:3000/plan/abc",
} satisfies PlanSignedProps;
