import { Button, Text } from "react-email";
import { EmailLayout, styles } from "./layout";

export type SignUpAttemptProps = { name: string; signInUrl: string };

/**
 * Sent to the owner of an address when someone tries to register a company
 * with it. The sign-up page answers as for a new address, so only the owner
 * learns that the address already has a user. Nothing typed into the form is
 * repeated here.
 */
export default function SignUpAttemptEmail({ name, signInUrl }: SignUpAttemptProps) {
  return (
    <EmailLayout preview="Nogen har forsøgt at oprette en bruger med din e-mail" heading="Forsøg på at oprette en bruger med din e-mail">
      <Text style={styles.text}>Kære {name}</Text>
      <Text style={styles.text}>
        Nogen har forsøgt at oprette en virksomhed i Fasthold med din e-mailadresse. Du har allerede en bruger, så der er ikke oprettet noget nyt, og din bruger
        er uændret.
      </Text>
      <Text style={styles.text}>Var det dig, kan du logge ind her:</Text>
      <Button href={signInUrl} style={styles.button}>
        Log ind i Fasthold
      </Button>
      <Text style={{ ...styles.muted, marginTop: "24px" }}>Var det ikke dig, behøver du ikke gøre noget.</Text>
    </EmailLayout>
  );
}

SignUpAttemptEmail.PreviewProps = { name: "Hanne Sørensen", signInUrl: "http://localhost:3000/log-ind" } satisfies SignUpAttemptProps;
