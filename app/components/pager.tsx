import { Link } from "@remix-run/react";
import { useT } from "~/utils/i18n";

export type PagerProps = {
  from: number;
  to: number;
  /** When the list's size is known cheaply (e.g. the desk's counts). */
  total?: number | null;
  /** Query strings ("?…") of the next and previous pages, from pageLinks(). */
  next: string | null;
  previous: string | null;
};

/** "Viser 101–200" and the Forrige/Næste links of a keyset-paginated list (DKFDS pagination). */
export function Pager({ from, to, total, next, previous }: PagerProps) {
  const { t } = useT();
  if (to === 0 && !previous) return null;
  return (
    <div className="pager">
      <p data-testid="pager-position">
        {total !== undefined && total !== null ? t("pager.positionOf", { from, to, total }) : t("pager.position", { from, to })}
      </p>
      {next || previous ? (
        <nav className="pagination" aria-label={t("pager.label")}>
          {previous ? (
            <Link to={previous} className="button button-secondary button-previous" rel="prev" data-testid="pager-previous">
              {t("pager.previous")}
            </Link>
          ) : null}
          {next ? (
            <Link to={next} className="button button-secondary button-next" rel="next" data-testid="pager-next">
              {t("pager.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
