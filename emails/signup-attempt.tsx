import { Button, Text } from "react-email";
import { emailTexts, langOf, type WithLang } from "./i18n";
import { EmailLayout, styles } from "./layout";

export type SignUpAttemptProps = { name: string; signInUrl: string };

export const signUpAttemptTexts = emailTexts(
  {
    subject: (_p: SignUpAttemptProps) => "Nogen har forsøgt at oprette en bruger med din e-mail",
    preview: "Nogen har forsøgt at oprette en bruger med din e-mail",
    heading: "Forsøg på at oprette en bruger med din e-mail",
    dear: (p: SignUpAttemptProps) => `Kære ${p.name}`,
    body: "Nogen har forsøgt at oprette en virksomhed i Fasthold med din e-mailadresse. Du har allerede en bruger, så der er ikke oprettet noget nyt, og din bruger er uændret.",
    ifYou: "Var det dig, kan du logge ind her:",
    button: "Log ind i Fasthold",
    ifNotYou: "Var det ikke dig, behøver du ikke gøre noget.",
  },
  {
    subject: () => "Someone tried to create a user with your email",
    preview: "Someone tried to create a user with your email",
    heading: "An attempt to create a user with your email",
    dear: (p) => `Dear ${p.name}`,
    body: "Someone tried to register a company in Fasthold with your email address. You already have a user, so nothing new has been created, and your user is unchanged.",
    ifYou: "If it was you, you can sign in here:",
    button: "Sign in to Fasthold",
    ifNotYou: "If it was not you, you do not need to do anything.",
  },
);

/**
 * Sent to the owner of an address when someone tries to register a company
 * with it. The sign-up page answers as for a new address, so only the owner
 * learns that the address already has a user. Nothing typed into the form is
 * repeated here.
 */
export default function SignUpAttemptEmail({ lang, ...p }: SignUpAttemptProps & WithLang) {
  const t = signUpAttemptTexts[langOf(lang)];
  return (
    <EmailLayout lang={lang} preview={t.preview} heading={t.heading}>
      <Text style={styles.text}>{t.dear(p)}</Text>
      <Text style={styles.text}>{t.body}</Text>
      <Text style={styles.text}>{t.ifYou}</Text>
      <Button href={p.signInUrl} style={styles.button}>
        {t.button}
      </Button>
      <Text style={{ ...styles.muted, marginTop: "24px" }}>{t.ifNotYou}</Text>
    </EmailLayout>
  );
}

SignUpAttemptEmail.PreviewProps = { name: "Hanne Sørensen", signInUrl: "http://localhost:3000/log-ind" } satisfies SignUpAttemptProps;
