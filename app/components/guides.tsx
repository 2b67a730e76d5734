import { Form } from "@remix-run/react";
import { useT } from "~/utils/i18n";

/** `html` comes from the loader, rendered by `markdownHtml` (app/utils/markdown.server.ts): safe, and no `marked` in the browser. */
export type GuideHintData = { heading: string; html: string; href: string };

/**
 * "Hvorfor spørger vi om det?" next to a form field: the guide's section opens in place
 * (a native <details>, so it works without JavaScript and nothing typed is lost), with a link
 * to the whole guide in a new tab.
 */
export function GuideHint({ hint, id }: { hint: GuideHintData | null | undefined; id: string }) {
  const { t } = useT();
  if (!hint) return null;
  return (
    <details className="details guide-hint" id={id} data-testid={id}>
      <summary className="details-summary">{t("guides.why")}</summary>
      <div className="details-text">
        <p className="h5">{hint.heading}</p>
        <div dangerouslySetInnerHTML={{ __html: hint.html }} />
        <p>
          <a href={hint.href} target="_blank" rel="noopener">
            {t("guides.readAll")}
            <span className="sr-only"> {t("guides.newTab")}</span>
          </a>
        </p>
      </div>
    </details>
  );
}

/** One search field for the guides and the catalogue (GET, so it works without JavaScript). */
export function GuideSearch({ query }: { query?: string }) {
  const { t } = useT();
  return (
    <Form method="get" action="/soeg" role="search" className="guide-search">
      <div className="form-group">
        <label className="form-label" htmlFor="guide-search-q">
          {t("guides.search.label")}
        </label>
        <span className="form-hint" id="guide-search-hint">
          {t("guides.search.hint")}
        </span>
        <div className="search">
          <input
            className="form-input"
            id="guide-search-q"
            name="q"
            type="search"
            maxLength={100}
            defaultValue={query ?? ""}
            aria-describedby="guide-search-hint"
          />
          <button type="submit" className="button button-search">
            {t("guides.search.submit")}
          </button>
        </div>
      </div>
    </Form>
  );
}
