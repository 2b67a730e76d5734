import { Text } from "react-email";
import { emailTexts, langOf, type WithLang } from "./i18n";
import { EmailLayout, styles } from "./layout";

export type EmployeeCodeProps = { code: string; minutes: number };

export const employeeCodeTexts = emailTexts(
  {
    subject: (p: EmployeeCodeProps) => `Din kode til Fasthold: ${p.code}`,
    preview: (p: EmployeeCodeProps) => `Din kode er ${p.code}`,
    heading: "Din kode til Fasthold",
    enterCode: "Skriv denne kode på siden, du åbnede fra linket:",
    validity: (p: EmployeeCodeProps) => `Koden virker i ${p.minutes} minutter og kun én gang. Har du ikke bedt om den, kan du se bort fra e-mailen.`,
  },
  {
    subject: (p) => `Your Fasthold code: ${p.code}`,
    preview: (p) => `Your code is ${p.code}`,
    heading: "Your code for Fasthold",
    enterCode: "Enter this code on the page you opened from the link:",
    validity: (p) => `The code works for ${p.minutes} minutes and only once. If you did not ask for it, you can ignore this email.`,
  },
);

/** The second factor of the employee's secure link: proves the link is opened by the employee. */
export default function EmployeeCodeEmail({ lang, ...p }: EmployeeCodeProps & WithLang) {
  const t = employeeCodeTexts[langOf(lang)];
  return (
    <EmailLayout lang={lang} preview={t.preview(p)} heading={t.heading}>
      <Text style={styles.text}>{t.enterCode}</Text>
      <Text style={styles.code}>{p.code}</Text>
      <Text style={styles.muted}>{t.validity(p)}</Text>
    </EmailLayout>
  );
}

EmployeeCodeEmail.PreviewProps = { code: "720044", minutes: 10 } satisfies EmployeeCodeProps;
