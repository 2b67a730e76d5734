import { Button, Text } from "react-email";
import { EmailLayout, styles } from "./layout";

export type SignInCodeProps = { code: string; link: string; minutes: number };

export default function SignInCodeEmail({ code, link, minutes }: SignInCodeProps) {
  return (
    <EmailLayout preview={`Din kode til Fasthold er ${code}`} heading="Din kode til Fasthold">
      <Text style={styles.text}>Skriv denne kode på siden, hvor du bad om at logge ind:</Text>
      <Text style={styles.code}>{code}</Text>
      <Text style={styles.text}>Eller åbn linket og bekræft, at det er dig:</Text>
      <Button href={link} style={styles.button}>
        Log ind i Fasthold
      </Button>
      <Text style={{ ...styles.muted, marginTop: "24px" }}>
        Koden virker i {minutes} minutter og kun én gang. Har du ikke bedt om den, kan du se bort fra denne e-mail.
      </Text>
    </EmailLayout>
  );
}

SignInCodeEmail.PreviewProps = {
  code: "482913",
  link: "http://localhost:3000/log-ind/kode?email=hanne%40example.dk&code=482913",
  minutes: 10,
} satisfies SignInCodeProps;
