import { Text } from "react-email";
import { EmailLayout, styles } from "./layout";

export type EmployeeCodeProps = { code: string; minutes: number };

/** The second factor of the employee's secure link: proves the link is opened by the employee. */
export default function EmployeeCodeEmail({ code, minutes }: EmployeeCodeProps) {
  return (
    <EmailLayout preview={`Din kode er ${code}`} heading="Din kode til Fasthold">
      <Text style={styles.text}>Skriv denne kode på siden, du åbnede fra linket:</Text>
      <Text style={styles.code}>{code}</Text>
      <Text style={styles.muted}>Koden virker i {minutes} minutter og kun én gang. Har du ikke bedt om den, kan du se bort fra e-mailen.</Text>
    </EmailLayout>
  );
}

EmployeeCodeEmail.PreviewProps = { code: "720044", minutes: 10 } satisfies EmployeeCodeProps;
