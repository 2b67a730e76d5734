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
  /** With several lists on a page: the navigation's name ("Sider: Godkendte") and a test-id prefix for each. */
  label?: string;
  testId?: string;
};

/** "Viser 101–200" and the Forrige/Næste links of a keyset-paginated list (DKFDS pagination). */
export function Pager({ from, to, total, next, previous, label, testId = "pager" }: PagerProps) {
  const { t } = useT();
  if (to === 0 && !previous) return null;
  return (
    <div className="pager">
      <p data-testid={`${testId}-position`}>
        {total !== undefined && total !== null ? t("pager.positionOf", { from, to, total }) : t("pager.position", { from, to })}
      </p>
      {next || previous ? (
        <nav className="pagination" aria-label={label ? `${t("pager.label")}: ${label}` : t("pager.label")}>
          {previous ? (
            <Link to={previous} className="button button-secondary button-previous" rel="prev" data-testid={`${testId}-previous`}>
              {t("pager.previous")}
            </Link>
          ) : null}
          {next ? (
            <Link to={next} className="button button-secondary button-next" rel="next" data-testid={`${testId}-next`}>
              {t("pager.next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
