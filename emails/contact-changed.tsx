import { Button, Text } from "react-email";
import { emailTexts, langOf, type WithLang } from "./i18n";
import { EmailLayout, styles } from "./layout";

/**
 * The employee's email address was changed (README "Decisions": corrections). `to: "new"` goes to
 * the new address (with the employee's link); `to: "old"` goes to the previous address only when
 * the employee changed it themselves (it was theirs: they just got a code there), so they hear of
 * a change they did not make. Neither names the person, the company or the case.
 */
export type ContactChangedProps = {
  to: "new" | "old";
  by: "jobcenter" | "employee";
  /** The new address, masked (j***@example.dk). */
  maskedEmail: string;
  authorityName: string;
  authorityPhone: string;
  /** The employee's link; only in the email to the new address. */
  url: string | null;
};

export const contactChangedTexts = emailTexts(
  {
    subject: (p: ContactChangedProps): string => (p.to === "new" ? "Din e-mailadresse i Fasthold er opdateret" : "Din e-mailadresse i Fasthold er ændret"),
    preview: (p: ContactChangedProps) => `Beskeder om din sag går nu til ${p.maskedEmail}`,
    heading: "Ny e-mailadresse",
    bodyNew: (p: ContactChangedProps) =>
      p.by === "jobcenter"
        ? `${p.authorityName} har rettet din e-mailadresse. Fremover sender vi beskeder om din sag til denne adresse.`
        : "Du har ændret din e-mailadresse. Fremover sender vi beskeder om din sag til denne adresse.",
    bodyOld: (p: ContactChangedProps) => `Din e-mailadresse i Fasthold er ændret til ${p.maskedEmail}. Vi sender ikke flere beskeder til denne adresse.`,
    notYou: (p: ContactChangedProps) => `Var det ikke dig, så ring til ${p.authorityName} på ${p.authorityPhone}.`,
    button: "Åbn din side",
  },
  {
    subject: (p) => (p.to === "new" ? "Your email address in Fasthold is updated" : "Your email address in Fasthold was changed"),
    preview: (p) => `Messages about your case now go to ${p.maskedEmail}`,
    heading: "New email address",
    bodyNew: (p) =>
      p.by === "jobcenter"
        ? `${p.authorityName} has corrected your email address. From now on we send messages about your case to this address.`
        : "You have changed your email address. From now on we send messages about your case to this address.",
    bodyOld: (p) => `Your email address in Fasthold was changed to ${p.maskedEmail}. We will send no more messages to this address.`,
    notYou: (p) => `If this was not you, please call ${p.authorityName} on ${p.authorityPhone}.`,
    button: "Open your page",
  },
);

export default function ContactChangedEmail({ lang, ...p }: ContactChangedProps & WithLang) {
  const t = contactChangedTexts[langOf(lang)];
  return (
    <EmailLayout lang={lang} preview={t.preview(p)} heading={t.heading}>
      <Text style={styles.text}>{p.to === "new" ? t.bodyNew(p) : t.bodyOld(p)}</Text>
      <Text style={styles.text}>{t.notYou(p)}</Text>
      {p.url ? (
        <Button href={p.url} style={styles.button}>
          {t.button}
        </Button>
      ) : null}
    </EmailLayout>
  );
}

ContactChangedEmail.PreviewProps = {
  to: "new",
  by: "employee",
  maskedEmail: "m***@example.dk",
  authorityName: "Jobcenter Eksempelby",
  authorityPhone: "70 10 20 30",
  url: "http://localhost:3000/medarbejder/abc",
} satisfies ContactChangedProps;
