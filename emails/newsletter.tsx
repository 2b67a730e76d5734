import { Heading, Link, Section, Text } from "react-email";
import { Markdown } from "~/utils/markdown";
import { emailTexts, langOf, type WithLang } from "./i18n";
import { colors, EmailLayout, styles } from "./layout";

export type NewsletterSection = { heading: string; markdown: string };
export type NewsletterProps = {
  title: string;
  preview: string;
  sections: NewsletterSection[];
  unsubscribeUrl: string;
  archiveUrl: string;
};

const md = {
  p: styles.text,
  h: { color: colors.text, fontSize: "17px", margin: "16px 0 8px" },
  a: { color: colors.brand },
  li: { color: colors.text, fontSize: "16px", lineHeight: "24px" },
  blockquote: { borderLeft: `4px solid ${colors.border}`, margin: "0 0 16px", paddingLeft: "12px" },
};

/**
 * The frame around an issue. Issues are written in Danish and sent in Danish
 * (one rendering per issue); these texts exist in English so the template
 * renders in both languages like every other.
 */
export const newsletterTexts = emailTexts(
  {
    subject: (p: NewsletterProps) => p.title,
    why: "Du får nyhedsbrevet fra jobcentret om sygefravær og fastholdelse, fordi du har tilmeldt dig.",
    unsubscribe: "Afmeld nyhedsbrevet",
    archive: "Læs tidligere numre",
  },
  {
    subject: (p) => p.title,
    why: "You receive the jobcentre's newsletter on sickness absence and job retention because you signed up for it.",
    unsubscribe: "Unsubscribe from the newsletter",
    archive: "Read earlier issues",
  },
);

/** The quarterly newsletter on sickness absence and job retention. */
export default function NewsletterEmail({ lang, ...p }: NewsletterProps & WithLang) {
  const t = newsletterTexts[langOf(lang)];
  return (
    <EmailLayout lang={lang} preview={p.preview} heading={p.title}>
      {p.sections.map((s, i) => (
        <Section key={i}>
          <Heading as="h2" style={{ color: colors.text, fontSize: "19px", margin: "24px 0 8px" }}>
            {s.heading}
          </Heading>
          <Markdown source={s.markdown} styles={md} />
        </Section>
      ))}
      <Text style={{ ...styles.muted, marginTop: "32px" }}>
        {t.why}{" "}
        <Link href={p.unsubscribeUrl} style={{ color: colors.brand }}>
          {t.unsubscribe}
        </Link>{" "}
        ·{" "}
        <Link href={p.archiveUrl} style={{ color: colors.brand }}>
          {t.archive}
        </Link>
      </Text>
    </EmailLayout>
  );
}

NewsletterEmail.PreviewProps = {
  title: "Nyt om sygefravær og fastholdelse, 4. kvartal",
  preview: "Fast Track virker: tre virksomheder fortæller",
  sections: [
    {
      heading: "Fast Track virker",
      markdown:
        "Tre virksomheder i kommunen har brugt **Fast Track** i år. Læs [om ordningen](https://www.borger.dk).\n\n- Tidlig kontakt\n- Svar inden for 24 timer",
    },
    { heading: "Husk delvis raskmelding", markdown: "En delvis raskmelding kan være vejen tilbage. Fraværet skal være mindst 4 timer om ugen." },
  ],
  unsubscribeUrl: "http://localhost:3000/nyhedsbrev/afmeld?t=abc",
  archiveUrl: "http://localhost:3000/nyhedsbrev/arkiv",
} satisfies NewsletterProps;
