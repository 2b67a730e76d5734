import { Button, Text } from "react-email";
import { EmailLayout, styles } from "./layout";

export type PlanDecidedProps = { employeeName: string; companyName: string; accepted: boolean; reason: string | null; url: string };

/** To the employee: the employer's answer to their request for a plan. */
export default function PlanDecidedEmail(p: PlanDecidedProps) {
  return (
    <EmailLayout
      preview={p.accepted ? `${p.companyName} vil lave en fastholdelsesplan med dig` : `${p.companyName} har sagt nej til en fastholdelsesplan`}
      heading={p.accepted ? "Jeres fastholdelsesplan er startet" : "Din arbejdsgiver har sagt nej til en fastholdelsesplan"}
    >
      <Text style={styles.text}>Kære {p.employeeName}</Text>
      {p.accepted ? (
        <Text style={styles.text}>
          {p.companyName} har sagt ja til at lave en fastholdelsesplan med dig. I skriver den sammen i Fasthold, og jobcentret er med. Åbn linket, og log ind
          med en kode, vi sender til din e-mail.
        </Text>
      ) : (
        <>
          <Text style={styles.text}>{p.companyName} har sagt nej til at lave en fastholdelsesplan. Begrundelse:</Text>
          <Text style={styles.quote}>{p.reason}</Text>
          <Text style={styles.text}>Jobcentret kan se svaret og tager det op med dig ved næste opfølgning.</Text>
        </>
      )}
      <Button href={p.url} style={styles.button}>
        {p.accepted ? "Åbn planen" : "Se din side i Fasthold"}
      </Button>
      <Text style={{ ...styles.muted, marginTop: "24px" }}>Linket er personligt. Send det ikke videre.</Text>
    </EmailLayout>
  );
}

PlanDecidedEmail.PreviewProps = {
  employeeName: "Mette Hansen",
  companyName: "Vestjysk Stål A/S",
  accepted: true,
  reason: null,
  url: "http://localhost:3000/medarbejder/token",
} satisfies PlanDecidedProps;
