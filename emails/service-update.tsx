import { Button, Text } from "react-email";
import { emailTexts, langOf, type WithLang } from "./i18n";
import { EmailLayout, styles } from "./layout";

/** A step in a company's request for one of the jobcentre's services (issue 16). */
export type ServiceUpdateProps = {
  serviceTitle: string;
  step: "agreed" | "scheduled" | "delivered" | "declined";
  /** The date in the reader's language, for "scheduled". */
  date?: string | null;
  note?: string | null;
  reason?: string | null;
  url: string;
};

export const serviceUpdateTexts = emailTexts(
  {
    subject: (p: ServiceUpdateProps) =>
      ({
        agreed: `Aftalt: ${p.serviceTitle}`,
        scheduled: `Planlagt: ${p.serviceTitle}`,
        delivered: `Leveret: ${p.serviceTitle} – hvordan gik det?`,
        declined: `Afslag: ${p.serviceTitle}`,
      })[p.step],
    text: (p: ServiceUpdateProps) =>
      ({
        agreed: `Jobcentret har aftalt jeres bestilling af «${p.serviceTitle}». I hører nærmere om tid og sted.`,
        scheduled: `«${p.serviceTitle}» er planlagt til ${p.date ?? ""}${p.note ? ` (${p.note})` : ""}.`,
        delivered: `Jobcentret har markeret «${p.serviceTitle}» som leveret. Giv gerne en vurdering fra 1 til 5 i Fasthold – det hjælper os med at blive bedre.`,
        declined: `Jobcentret kan ikke levere «${p.serviceTitle}» denne gang. Begrundelse: ${p.reason ?? ""}`,
      })[p.step],
    button: "Se bestillingen i Fasthold",
  },
  {
    subject: (p) =>
      ({
        agreed: `Agreed: ${p.serviceTitle}`,
        scheduled: `Scheduled: ${p.serviceTitle}`,
        delivered: `Delivered: ${p.serviceTitle} – how did it go?`,
        declined: `Declined: ${p.serviceTitle}`,
      })[p.step],
    text: (p) =>
      ({
        agreed: `The jobcentre has agreed your request for «${p.serviceTitle}». You will hear more about the time and place.`,
        scheduled: `«${p.serviceTitle}» is scheduled for ${p.date ?? ""}${p.note ? ` (${p.note})` : ""}.`,
        delivered: `The jobcentre has marked «${p.serviceTitle}» as delivered. Please rate it from 1 to 5 in Fasthold – it helps us improve.`,
        declined: `The jobcentre cannot deliver «${p.serviceTitle}» this time. Reason: ${p.reason ?? ""}`,
      })[p.step],
    button: "See the request in Fasthold",
  },
);

export default function ServiceUpdateEmail({ lang, ...p }: ServiceUpdateProps & WithLang) {
  const t = serviceUpdateTexts[langOf(lang)];
  return (
    <EmailLayout lang={lang} preview={t.subject(p)} heading={t.subject(p)}>
      <Text style={styles.text}>{t.text(p)}</Text>
      <Button href={p.url} style={styles.button}>
        {t.button}
      </Button>
    </EmailLayout>
  );
}

ServiceUpdateEmail.PreviewProps = {
  serviceTitle: "Ergonomisk vurdering",
  step: "scheduled",
  date: "onsdag den 9. december 2026",
  note: "På lageret, hal 2",
  url: "http://localhost:3000/virksomhed/tilbud/abc",
} satisfies ServiceUpdateProps;
