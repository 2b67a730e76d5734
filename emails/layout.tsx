import type { ReactNode } from "react";
import { Body, Container, Head, Heading, Hr, Html, Preview, Section, Text } from "react-email";
import { emailTexts, langOf, type Lang } from "./i18n";

/** Colours chosen for WCAG AA contrast on white. */
export const colors = { text: "#1a1a1a", muted: "#4a4a4a", brand: "#0b4f6c", border: "#d0d7de" };

export const styles = {
  text: { color: colors.text, fontSize: "16px", lineHeight: "24px", margin: "0 0 16px" },
  muted: { color: colors.muted, fontSize: "14px", lineHeight: "20px", margin: "0 0 8px" },
  button: {
    backgroundColor: colors.brand,
    color: "#ffffff",
    padding: "12px 20px",
    borderRadius: "4px",
    fontSize: "16px",
    fontWeight: 600,
    textDecoration: "none",
    display: "inline-block",
  },
  code: {
    fontFamily: "ui-monospace, Menlo, Consolas, monospace",
    fontSize: "32px",
    letterSpacing: "6px",
    fontWeight: 700,
    color: colors.text,
    margin: "8px 0 24px",
  },
  quote: {
    borderLeft: `4px solid ${colors.border}`,
    paddingLeft: "12px",
    color: colors.text,
    fontSize: "16px",
    lineHeight: "24px",
    whiteSpace: "pre-wrap" as const,
    margin: "0 0 16px",
  },
};

const texts = emailTexts(
  {
    brand: "Fasthold · Jobcentret",
    footer: "Denne e-mail er sendt fra Fasthold, jobcentrets portal for fastholdelse af sygemeldte medarbejdere. Svar ikke på e-mailen; brug portalen.",
  },
  {
    brand: "Fasthold · The jobcentre",
    footer:
      "This email was sent from Fasthold, the jobcentre's portal for keeping employees on sick leave in work. Do not reply to this email; use the portal.",
  },
);

export function EmailLayout({ preview, heading, children, lang }: { preview: string; heading: string; children: ReactNode; lang?: Lang }) {
  const l = langOf(lang);
  const t = texts[l];
  return (
    <Html lang={l}>
      <Head>
        <title>{heading}</title>
      </Head>
      <Preview>{preview}</Preview>
      <Body lang={l} style={{ backgroundColor: "#ffffff", fontFamily: "Arial, Helvetica, sans-serif", margin: 0, padding: "24px 0" }}>
        <Container style={{ maxWidth: "560px", padding: "0 16px" }}>
          <Text style={{ ...styles.muted, fontWeight: 700, color: colors.brand }}>{t.brand}</Text>
          <Heading as="h1" style={{ color: colors.text, fontSize: "22px", lineHeight: "30px", margin: "0 0 16px" }}>
            {heading}
          </Heading>
          <Section>{children}</Section>
          <Hr style={{ borderColor: colors.border, margin: "32px 0 16px" }} />
          <Text style={styles.muted}>{t.footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}
