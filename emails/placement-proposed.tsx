import { Button, Text } from "react-email";
import { emailTexts, langOf, type WithLang } from "./i18n";
import { EmailLayout, styles } from "./layout";

export type PlacementProposedProps = { offerTitle: string; startDate: string; weeks: number; hours: string; url: string };

export const placementProposedTexts = emailTexts(
  {
    subject: (p: PlacementProposedProps) => `Forslag til virksomhedspraktik: ${p.offerTitle}`,
    preview: (p: PlacementProposedProps) => `Jobcentret foreslår en praktik: ${p.offerTitle}`,
    heading: "Jobcentret foreslår en virksomhedspraktik",
    proposal: (p: PlacementProposedProps) =>
      `Jobcentret foreslår en praktikant til jeres praktikplads «${p.offerTitle}»: start ${p.startDate}, ${p.weeks} uger, ${p.hours} timer om ugen.`,
    next: "Sig ja eller nej i Fasthold. Jobcentret godkender praktikken, før den begynder.",
    button: "Se forslaget",
  },
  {
    subject: (p) => `Proposed work placement: ${p.offerTitle}`,
    preview: (p) => `The jobcentre proposes a work placement: ${p.offerTitle}`,
    heading: "The jobcentre proposes a work placement",
    proposal: (p) =>
      `The jobcentre proposes a trainee for your placement «${p.offerTitle}»: starting ${p.startDate}, ${p.weeks} weeks, ${p.hours} hours a week.`,
    next: "Say yes or no in Fasthold. The jobcentre approves the placement before it begins.",
    button: "See the proposal",
  },
);

/** To the host company: the jobcenter proposes a placement on its offer. */
export default function PlacementProposedEmail({ lang, ...p }: PlacementProposedProps & WithLang) {
  const t = placementProposedTexts[langOf(lang)];
  return (
    <EmailLayout lang={lang} preview={t.preview(p)} heading={t.heading}>
      <Text style={styles.text}>{t.proposal(p)}</Text>
      <Text style={styles.text}>{t.next}</Text>
      <Button href={p.url} style={styles.button}>
        {t.button}
      </Button>
    </EmailLayout>
  );
}

PlacementProposedEmail.PreviewProps = {
  offerTitle: "Lagermedarbejder, let arbejde",
  startDate: "mandag den 7. december 2026",
  weeks: 8,
  hours: "15",
  url: "http://localhost:3000/virksomhed/praktik/abc",
} satisfies PlacementProposedProps;
