import { Button, Text } from "react-email";
import { emailTexts, langOf, type WithLang } from "./i18n";
import { EmailLayout, styles } from "./layout";

export type NewsletterConfirmProps = { name: string; url: string; days: number; already: boolean };

export const newsletterConfirmTexts = emailTexts(
  {
    subject: (p: NewsletterConfirmProps): string => (p.already ? "Du er allerede tilmeldt nyhedsbrevet" : "Bekræft dit abonnement på nyhedsbrevet"),
    preview: "Bekræft, at du vil have jobcentrets nyhedsbrev",
    headingAlready: "Du er allerede tilmeldt",
    heading: "Bekræft dit abonnement",
    dear: (p: NewsletterConfirmProps) => `Kære ${p.name}`,
    already: "Nogen har tilmeldt denne adresse til jobcentrets nyhedsbrev om sygefravær og fastholdelse. Du er allerede tilmeldt, så du skal ikke gøre noget.",
    thanks:
      "Tak for din tilmelding til jobcentrets kvartalsvise nyhedsbrev om sygefravær og fastholdelse. Bekræft, at det er dig, så sender vi dig det næste nummer.",
    button: "Bekræft abonnementet",
    validity: (p: NewsletterConfirmProps) => `Linket virker i ${p.days} dage. Har du ikke tilmeldt dig, kan du se bort fra e-mailen; så sker der ingenting.`,
  },
  {
    subject: (p) => (p.already ? "You are already subscribed to the newsletter" : "Confirm your subscription to the newsletter"),
    preview: "Confirm that you want the jobcentre's newsletter",
    headingAlready: "You are already subscribed",
    heading: "Confirm your subscription",
    dear: (p) => `Dear ${p.name}`,
    already:
      "Someone has signed this address up for the jobcentre's newsletter on sickness absence and job retention. You are already subscribed, so you do not need to do anything.",
    thanks:
      "Thank you for signing up for the jobcentre's quarterly newsletter on sickness absence and job retention. Confirm that it is you, and we will send you the next issue.",
    button: "Confirm the subscription",
    validity: (p) => `The link works for ${p.days} days. If you did not sign up, you can ignore this email; then nothing happens.`,
  },
);

/** Double opt-in: nothing is sent before this link is used. */
export default function NewsletterConfirmEmail({ lang, ...p }: NewsletterConfirmProps & WithLang) {
  const t = newsletterConfirmTexts[langOf(lang)];
  return (
    <EmailLayout lang={lang} preview={t.preview} heading={p.already ? t.headingAlready : t.heading}>
      <Text style={styles.text}>{t.dear(p)}</Text>
      {p.already ? (
        <Text style={styles.text}>{t.already}</Text>
      ) : (
        <>
          <Text style={styles.text}>{t.thanks}</Text>
          <Button href={p.url} style={styles.button}>
            {t.button}
          </Button>
          <Text style={{ ...styles.muted, marginTop: "24px" }}>{t.validity(p)}</Text>
        </>
      )}
    </EmailLayout>
  );
}

NewsletterConfirmEmail.PreviewProps = {
  name: "Hanne Sørensen",
  url: "http://localhost:3000/nyhedsbrev/bekraeft?t=abc",
  days: 7,
  already: false,
} satisfies NewsletterConfirmProps;
