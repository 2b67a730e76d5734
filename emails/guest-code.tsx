import { Text } from "react-email";
import { EmailLayout, styles } from "./layout";

export type GuestCodeProps = { code: string; minutes: number };

/** Confirms the address of a company without an account before its inquiry reaches the jobcenter. */
export default function GuestCodeEmail({ code, minutes }: GuestCodeProps) {
  return (
    <EmailLayout preview={`Din kode er ${code}`} heading="Bekræft din e-mail">
      <Text style={styles.text}>Skriv denne kode på siden, hvor du skrev til jobcentret:</Text>
      <Text style={styles.code}>{code}</Text>
      <Text style={styles.muted}>
        Koden virker i {minutes} minutter. Først når du har skrevet koden, sendes din henvendelse til jobcentret. Har du ikke skrevet til jobcentret, kan du se
        bort fra denne e-mail.
      </Text>
    </EmailLayout>
  );
}

GuestCodeEmail.PreviewProps = { code: "530118", minutes: 10 } satisfies GuestCodeProps;
