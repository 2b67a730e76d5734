import { Button, Text } from "react-email";
import { EmailLayout, styles } from "./layout";

export type FastTrackNewRequestProps = {
  companyName: string;
  answerBy: string;
  firstConversationDue: string;
  inquiryUrl: string;
};

/** To consultants. Names no employee and no health information: the portal holds those. */
export default function FastTrackNewRequestEmail(p: FastTrackNewRequestProps) {
  return (
    <EmailLayout preview={`Ny Fast Track-anmodning fra ${p.companyName}. Svar senest ${p.answerBy}.`} heading="Ny Fast Track-anmodning">
      <Text style={styles.text}>{p.companyName} har bedt om Fast Track for en sygemeldt medarbejder.</Text>
      <Text style={styles.text}>
        <strong>Virksomheden skal have svar senest {p.answerBy}.</strong> Første opfølgningssamtale skal holdes senest{" "}
        {p.firstConversationDue}, hvis medarbejderen giver samtykke.
      </Text>
      <Button href={p.inquiryUrl} style={styles.button}>
        Åbn henvendelsen
      </Button>
    </EmailLayout>
  );
}

FastTrackNewRequestEmail.PreviewProps = {
  companyName: "Vestjysk Stål A/S",
  answerBy: "tirs. 24. nov. 2026 kl. 10.15",
  firstConversationDue: "mandag den 7. december 2026",
  inquiryUrl: "http://localhost:3000/jobcenter/henvendelser/abc",
} satisfies FastTrackNewRequestProps;
