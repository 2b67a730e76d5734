import { Button, Text } from "react-email";
import { EmailLayout, styles } from "./layout";

export type PlacementUpdateProps = { heading: string; text: string; url: string };

/** A step in a placement, told to a party (accepted, declined, approved, started, completed, cancelled). */
export default function PlacementUpdateEmail(p: PlacementUpdateProps) {
  return (
    <EmailLayout preview={p.heading} heading={p.heading}>
      <Text style={styles.text}>{p.text}</Text>
      <Button href={p.url} style={styles.button}>
        Se praktikken i Fasthold
      </Button>
    </EmailLayout>
  );
}

PlacementUpdateEmail.PreviewProps = {
  heading: "Praktikken er godkendt",
  text: "Jobcentret har godkendt virksomhedspraktikken «Lagermedarbejder, let arbejde». Den begynder mandag den 7. december 2026.",
  url: "http://localhost:3000/virksomhed/praktik/abc",
} satisfies PlacementUpdateProps;
