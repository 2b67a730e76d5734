import { Text } from "react-email";
import { emailTexts, langOf, type WithLang } from "./i18n";
import { EmailLayout, styles } from "./layout";

export type GuestCodeProps = { code: string; minutes: number };

export const guestCodeTexts = emailTexts(
  {
    subject: (p: GuestCodeProps) => `Din kode: ${p.code}`,
    preview: (p: GuestCodeProps) => `Din kode er ${p.code}`,
    heading: "Bekræft din e-mail",
    enterCode: "Skriv denne kode på siden, hvor du skrev til jobcentret:",
    validity: (p: GuestCodeProps) =>
      `Koden virker i ${p.minutes} minutter. Først når du har skrevet koden, sendes din henvendelse til jobcentret. Har du ikke skrevet til jobcentret, kan du se bort fra denne e-mail.`,
  },
  {
    subject: (p) => `Your code: ${p.code}`,
    preview: (p) => `Your code is ${p.code}`,
    heading: "Confirm your email",
    enterCode: "Enter this code on the page where you wrote to the jobcentre:",
    validity: (p) =>
      `The code works for ${p.minutes} minutes. Your inquiry is sent to the jobcentre only when you have entered the code. If you did not write to the jobcentre, you can ignore this email.`,
  },
);

/** Confirms the address of a company without an account before its inquiry reaches the jobcenter. */
export default function GuestCodeEmail({ lang, ...p }: GuestCodeProps & WithLang) {
  const t = guestCodeTexts[langOf(lang)];
  return (
    <EmailLayout lang={lang} preview={t.preview(p)} heading={t.heading}>
      <Text style={styles.text}>{t.enterCode}</Text>
      <Text style={styles.code}>{p.code}</Text>
      <Text style={styles.muted}>{t.validity(p)}</Text>
    </EmailLayout>
  );
}

GuestCodeEmail.PreviewProps = { code: "530118", minutes: 10 } satisfies GuestCodeProps;
