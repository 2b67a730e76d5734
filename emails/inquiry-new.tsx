import { Button, Text } from "react-email";
import { EmailLayout, styles } from "./layout";

export type InquiryNewProps = {
  companyName: string;
  kindLabel: string;
  subject: string;
  answerBy: string;
  /** Whether it went to the recipient personally or to the team. */
  toTeam: boolean;
  extra?: string;
  inquiryUrl: string;
};

/** To consultants. Names no employee and no health information: the portal holds those. */
export default function InquiryNewEmail(p: InquiryNewProps) {
  return (
    <EmailLayout preview={`${p.kindLabel} fra ${p.companyName}. Svar senest ${p.answerBy}.`} heading={`${p.kindLabel} fra ${p.companyName}`}>
      <Text style={styles.text}>
        {p.toTeam
          ? "En ny henvendelse ligger ufordelt hos teamet. Tag den, hvis du kan svare."
          : "En ny henvendelse fra en af dine virksomheder er sendt til dig."}
      </Text>
      <Text style={styles.text}>Emne: {p.subject}</Text>
      <Text style={styles.text}>
        <strong>Virksomheden skal have svar senest {p.answerBy}.</strong>
        {p.extra ? ` ${p.extra}` : ""}
      </Text>
      <Button href={p.inquiryUrl} style={styles.button}>
        Åbn henvendelsen
      </Button>
    </EmailLayout>
  );
}

InquiryNewEmail.PreviewProps = {
  companyName: "Vestjysk Stål A/S",
  kindLabel: "Fast Track-anmodning",
  subject: "Fast Track: Mette Hansen",
  answerBy: "tirs. 24. nov. 2026 kl. 10.15",
  toTeam: false,
  extra: "Første opfølgningssamtale skal holdes senest mandag den 7. december 2026, hvis medarbejderen giver samtykke.",
  inquiryUrl: "http://localhost:3000/jobcenter/henvendelser/abc",
} satisfies InquiryNewProps;
