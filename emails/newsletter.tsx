import { Heading, Link, Section, Text } from "react-email";
import { Markdown } from "~/utils/markdown";
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

/** The quarterly newsletter on sickness absence and job retention. */
export default function NewsletterEmail(p: NewsletterProps) {
  return (
    <EmailLayout preview={p.preview} heading={p.title}>
      {p.sections.map((s, i) => (
        <Section key={i}>
          <Heading as="h2" style={{ color: colors.text, fontSize: "19px", margin: "24px 0 8px" }}>
            {s.heading}
          </Heading>
          <Markdown source={s.markdown} styles={md} />
        </Section>
      ))}
      <Text style={{ ...styles.muted, marginTop: "32px" }}>
        Du får nyhedsbrevet fra jobcentret om sygefravær og fastholdelse, fordi du har tilmeldt dig.{" "}
        <Link href={p.unsubscribeUrl} style={{ color: colors.brand }}>
          Afmeld nyhedsbrevet
        </Link>{" "}
        ·{" "}
        <Link href={p.archiveUrl} style={{ color: colors.brand }}>
          Læs tidligere numre
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
