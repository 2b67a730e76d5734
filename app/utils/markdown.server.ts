import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { Markdown } from "~/utils/markdown";

/**
 * Markdown rendered to HTML on the server by the same safe renderer as <Markdown> (raw HTML as
 * text, links only to http(s) and mailto; React escapes the rest), so a page can show it without
 * sending `marked` to the browser.
 */
export function markdownHtml(source: string): string {
  return renderToStaticMarkup(createElement(Markdown, { source }));
}
