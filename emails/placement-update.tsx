import { Button, Text } from "react-email";
import { emailTexts, langOf, type WithLang } from "./i18n";
import { EmailLayout, styles } from "./layout";

/** `heading` and `text` are written in the reader's language by the sender (the step's own words). */
export type PlacementUpdateProps = { heading: string; text: string; url: string };

export const placementUpdateTexts = emailTexts(
  {
    subject: (p: PlacementUpdateProps) => p.heading,
    button: "Se praktikken i Fasthold",
  },
  {
    subject: (p) => p.heading,
    button: "See the work placement in Fasthold",
  },
);

/** A step in a placement, told to a party (accepted, declined, approved, started, completed, cancelled). */
export default function PlacementUpdateEmail({ lang, ...p }: PlacementUpdateProps & WithLang) {
  const t = placementUpdateTexts[langOf(lang)];
  return (
    <EmailLayout lang={lang} preview={p.heading} heading={p.heading}>
      <Text style={styles.text}>{p.text}</Text>
      <Button href={p.url} style={styles.button}>
        {t.button}
      </Button>
    </EmailLayout>
  );
}

PlacementUpdateEmail.PreviewProps = {
  heading: "Praktikken er godkendt",
  text: "Jobcentret har godkendt virksomhedspraktikken «Lagermedarbejder, let arbejde». Den begynder mandag den 7. december 2026.",
  url: "http://localhost:3000/virksomhed/praktik/abc",
} satisfies PlacementUpdateProps;
