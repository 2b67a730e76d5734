import { Button, Text } from "react-email";
import { emailTexts, langOf, type WithLang } from "./i18n";
import { EmailLayout, styles } from "./layout";

export type SignInCodeProps = { code: string; link: string; minutes: number };

export const signInCodeTexts = emailTexts(
  {
    subject: (p: SignInCodeProps) => `Din kode til Fasthold: ${p.code}`,
    preview: (p: SignInCodeProps) => `Din kode til Fasthold er ${p.code}`,
    heading: "Din kode til Fasthold",
    enterCode: "Skriv denne kode på siden, hvor du bad om at logge ind:",
    orLink: "Eller åbn linket og bekræft, at det er dig:",
    button: "Log ind i Fasthold",
    validity: (p: SignInCodeProps) => `Koden virker i ${p.minutes} minutter og kun én gang. Har du ikke bedt om den, kan du se bort fra denne e-mail.`,
  },
  {
    subject: (p) => `Your Fasthold code: ${p.code}`,
    preview: (p) => `Your Fasthold code is ${p.code}`,
    heading: "Your code for Fasthold",
    enterCode: "Enter this code on the page where you asked to sign in:",
    orLink: "Or open the link and confirm that it is you:",
    button: "Sign in to Fasthold",
    validity: (p) => `The code works for ${p.minutes} minutes and only once. If you did not ask for it, you can ignore this email.`,
  },
);

export default function SignInCodeEmail({ lang, ...p }: SignInCodeProps & WithLang) {
  const t = signInCodeTexts[langOf(lang)];
  return (
    <EmailLayout lang={lang} preview={t.preview(p)} heading={t.heading}>
      <Text style={styles.text}>{t.enterCode}</Text>
      <Text style={styles.code}>{p.code}</Text>
      <Text style={styles.text}>{t.orLink}</Text>
      <Button href={p.link} style={styles.button}>
        {t.button}
      </Button>
      <Text style={{ ...styles.muted, marginTop: "24px" }}>{t.validity(p)}</Text>
    </EmailLayout>
  );
}

SignInCodeEmail.PreviewProps = {
  code: "482913",
  link: "http://localhost:3000/log-ind/kode?email=hanne%40example.dk&code=482913",
  minutes: 10,
} satisfies SignInCodeProps;
