import { Button, Text } from "react-email";
import { EmailLayout, styles } from "./layout";

export type PlacementProposedProps = { offerTitle: string; startDate: string; weeks: number; hours: string; url: string };

/** To the host company: the jobcenter proposes a placement on its offer. */
export default function PlacementProposedEmail(p: PlacementProposedProps) {
  return (
    <EmailLayout preview={`Jobcentret foreslår en praktik: ${p.offerTitle}`} heading="Jobcentret foreslår en virksomhedspraktik">
      <Text style={styles.text}>
        Jobcentret foreslår en praktikant til jeres praktikplads «{p.offerTitle}»: start {p.startDate}, {p.weeks} uger, {p.hours} timer om ugen.
      </Text>
      <Text style={styles.text}>Sig ja eller nej i Fasthold. Jobcentret godkender praktikken, før den begynder.</Text>
      <Button href={p.url} style={styles.button}>
        Se forslaget
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
