import { Button, Text } from "react-email";
import { emailTexts, langOf, type WithLang } from "./i18n";
import { EmailLayout, styles } from "./layout";

export type PlacementCheckinReminderProps = { offerTitle: string; week: string; url: string };

export const placementCheckinReminderTexts = emailTexts(
  {
    subject: (p: PlacementCheckinReminderProps) => `Ugens status for praktikken: ${p.offerTitle}`,
    preview: (p: PlacementCheckinReminderProps) => `Ugens status for praktikken: ${p.offerTitle}`,
    heading: "Hvordan er ugen gået?",
    body: (p: PlacementCheckinReminderProps) =>
      `Giv jobcentret en kort status for praktikken «${p.offerTitle}» i ugen fra ${p.week}: fremmøde, timer og hvordan det går. Det tager et minut.`,
    button: "Giv ugens status",
  },
  {
    subject: (p) => `This week's status for the work placement: ${p.offerTitle}`,
    preview: (p) => `This week's status for the work placement: ${p.offerTitle}`,
    heading: "How did the week go?",
    body: (p) =>
      `Give the jobcentre a short status for the work placement «${p.offerTitle}» in the week from ${p.week}: attendance, hours and how it is going. It takes a minute.`,
    button: "Give this week's status",
  },
);

export default function PlacementCheckinReminderEmail({ lang, ...p }: PlacementCheckinReminderProps & WithLang) {
  const t = placementCheckinReminderTexts[langOf(lang)];
  return (
    <EmailLayout lang={lang} preview={t.preview(p)} heading={t.heading}>
      <Text style={styles.text}>{t.body(p)}</Text>
      <Button href={p.url} style={styles.button}>
        {t.button}
      </Button>
    </EmailLayout>
  );
}

PlacementCheckinReminderEmail.PreviewProps = {
  offerTitle: "Lagermedarbejder, let arbejde",
  week: "mandag den 7. december 2026",
  url: "http://localhost:3000/virksomhed/praktik/abc",
} satisfies PlacementCheckinReminderProps;
