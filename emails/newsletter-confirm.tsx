import { Button, Text } from "react-email";
import { EmailLayout, styles } from "./layout";

export type NewsletterConfirmProps = { name: string; url: string; days: number; already: boolean };

/** Double opt-in: nothing is sent before this link is used. */
export default function NewsletterConfirmEmail(p: NewsletterConfirmProps) {
  return (
    <EmailLayout preview="Bekræft, at du vil have jobcentrets nyhedsbrev" heading={p.already ? "Du er allerede tilmeldt" : "Bekræft dit abonnement"}>
      <Text style={styles.text}>Kære {p.name}</Text>
      {p.already ? (
        <Text style={styles.text}>
          Nogen har tilmeldt denne adresse til jobcentrets nyhedsbrev om sygefravær og fastholdelse. Du er allerede tilmeldt, så du skal ikke gøre noget.
        </Text>
      ) : (
        <>
          <Text style={styles.text}>
            Tak for din tilmelding til jobcentrets kvartalsvise nyhedsbrev om sygefravær og fastholdelse. Bekræft, at det er dig, så sender vi dig det næste
            nummer.
          </Text>
          <Button href={p.url} style={styles.button}>
            Bekræft abonnementet
          </Button>
          <Text style={{ ...styles.muted, marginTop: "24px" }}>
            Linket virker i {p.days} dage. Har du ikke tilmeldt dig, kan du se bort fra e-mailen; så sker der ingenting.
          </Text>
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
