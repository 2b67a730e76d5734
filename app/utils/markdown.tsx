/**
 * Markdown for the newsletter, rendered to React with a fixed set of elements:
 * raw HTML is shown as text, links only to http(s) and mailto, so what a
 * consultant writes can never inject markup or script. One renderer serves the
 * email template, the preview and the public archive.
 */
import { Lexer, type Token, type Tokens } from "marked";
import { createElement, Fragment, type ReactNode } from "react";

export type MarkdownStyles = Partial<Record<"p" | "h" | "a" | "li" | "ul" | "ol" | "blockquote" | "code", Record<string, string | number>>>;

const safeHref = (href: string) => (/^(https?:|mailto:)/i.test(href.trim()) ? href.trim() : null);

function inline(tokens: Token[] | undefined, styles: MarkdownStyles, key = "i"): ReactNode[] {
  return (tokens ?? []).map((t, i) => {
    const k = `${key}-${i}`;
    switch (t.type) {
      case "strong":
        return createElement("strong", { key: k }, inline((t as Tokens.Strong).tokens, styles, k));
      case "em":
        return createElement("em", { key: k }, inline((t as Tokens.Em).tokens, styles, k));
      case "codespan":
        return createElement("code", { key: k, style: styles.code }, (t as Tokens.Codespan).text);
      case "br":
        return createElement("br", { key: k });
      case "link": {
        const link = t as Tokens.Link;
        const href = safeHref(link.href);
        const children = inline(link.tokens, styles, k);
        return href ? createElement("a", { key: k, href, style: styles.a }, children) : createElement(Fragment, { key: k }, children);
      }
      case "text": {
        const text = t as Tokens.Text;
        return text.tokens ? createElement(Fragment, { key: k }, inline(text.tokens, styles, k)) : decode(text.text);
      }
      case "escape":
        return (t as Tokens.Escape).text;
      default:
        // html, images and anything unknown: their source text, never markup
        return "raw" in t ? String(t.raw) : "";
    }
  });
}

/** marked keeps entities in text; React escapes by itself, so decode the few marked produces. */
function decode(text: string): string {
  return text
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

function block(tokens: Token[], styles: MarkdownStyles, key = "b"): ReactNode[] {
  return tokens.map((t, i) => {
    const k = `${key}-${i}`;
    switch (t.type) {
      case "heading":
        return createElement("h3", { key: k, style: styles.h }, inline((t as Tokens.Heading).tokens, styles, k));
      case "paragraph":
        return createElement("p", { key: k, style: styles.p }, inline((t as Tokens.Paragraph).tokens, styles, k));
      case "list": {
        const list = t as Tokens.List;
        return createElement(
          list.ordered ? "ol" : "ul",
          { key: k, style: list.ordered ? styles.ol : styles.ul },
          list.items.map((item, j) =>
            createElement(
              "li",
              { key: `${k}-${j}`, style: styles.li },
              inline(
                item.tokens.flatMap((x) => ("tokens" in x && x.type === "text" ? (x.tokens ?? [x]) : [x])),
                styles,
                `${k}-${j}`,
              ),
            ),
          ),
        );
      }
      case "blockquote":
        return createElement("blockquote", { key: k, style: styles.blockquote }, block((t as Tokens.Blockquote).tokens, styles, k));
      case "hr":
        return createElement("hr", { key: k });
      case "space":
        return null;
      case "code":
        return createElement("p", { key: k, style: styles.p }, (t as Tokens.Code).text);
      default:
        return "raw" in t && String(t.raw).trim() ? createElement("p", { key: k, style: styles.p }, String(t.raw)) : null;
    }
  });
}

export function Markdown({ source, styles = {} }: { source: string; styles?: MarkdownStyles }) {
  return createElement(Fragment, null, block(new Lexer().lex(source), styles));
}
