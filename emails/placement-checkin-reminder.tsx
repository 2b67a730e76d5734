import { Button, Text } from "react-email";
import { EmailLayout, styles } from "./layout";

export type PlacementCheckinReminderProps = { offerTitle: string; week: string; url: string };

export default function PlacementCheckinReminderEmail(p: PlacementCheckinReminderProps) {
  return (
    <EmailLayout preview={`Ugens status for praktikken: ${p.offerTitle}`} heading="Hvordan er ugen gået?">
      <Text style={styles.text}>
        Giv jobcentret en kort status for praktikken «{p.offerTitle}» i ugen fra {p.week}: fremmøde, timer og hvordan det går. Det tager et minut.
      </Text>
      <Button href={p.url} style={styles.button}>
        Giv ugens status
      </Button>
    </EmailLayout>
  );
}

PlacementCheckinReminderEmail.PreviewProps = {
  offerTitle: "Lagermedarbejder, let arbejde",
  week: "mandag den 7. december 2026",
  url: "http://localhost:3000/virksomhed/praktik/abc",
} satisfies PlacementCheckinReminderProps;
