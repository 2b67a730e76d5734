import { Link } from "@remix-run/react";
import type { ReactNode } from "react";
import { useT } from "~/utils/i18n";
import { Icon } from "./forms";

/**
 * DKFDS function links (funktionslinks): secondary actions that are links, each
 * with its icon before the text, in a row that wraps on a phone.
 */
export function FunctionLinks({ children, label }: { children: ReactNode; label?: string }) {
  return (
    <ul className="function-link-wrapper function-links--start" aria-label={label}>
      {children}
    </ul>
  );
}

export function FunctionLink({
  to,
  href,
  icon,
  children,
  download,
}: {
  /** A page of the portal (client-side navigation). */
  to?: string;
  /** A file or a download (a plain link). */
  href?: string;
  icon: string;
  children: ReactNode;
  download?: boolean;
}) {
  const body = (
    <>
      <Icon name={icon} />
      {children}
    </>
  );
  return (
    <li>
      {to ? (
        <Link to={to} className="function-link">
          {body}
        </Link>
      ) : (
        <a href={href} className="function-link" download={download || undefined}>
          {body}
        </a>
      )}
    </li>
  );
}

export type Step = { title: string; info?: ReactNode; state: "done" | "current" | "todo" | "error" };

/**
 * A DKFDS step indicator (trinindikator) showing where a case is in a known
 * sequence of steps. The steps are not pages to go to, so each is a plain
 * block (DKFDS's `div.step`), not a link; the current one has aria-current="step",
 * a finished one a check icon with a text for screen readers.
 */
export function StepIndicator({ steps, label }: { steps: Step[]; label: string }) {
  const { t } = useT();
  return (
    <ol className="step-indicator step-indicator--status" aria-label={label}>
      {steps.map((step, i) => (
        <li key={step.title} className={[step.state === "current" ? "current" : "", step.state === "error" ? "error" : ""].join(" ").trim() || undefined}>
          <div className="step" aria-current={step.state === "current" ? "step" : undefined} data-testid="step">
            {step.state === "done" || step.state === "error" ? (
              <span className="step-icon">
                <Icon
                  name={step.state === "done" ? "check" : "error"}
                  label={t(step.state === "done" ? "steps.done" : "steps.error", { step: i + 1, title: step.title })}
                />
              </span>
            ) : (
              <span className="step-number">
                <span>{i + 1}</span>
              </span>
            )}
            <div>
              <span className="step-title">{step.title}</span>
              {step.info ? <span className="step-information">{step.info}</span> : null}
            </div>
          </div>
        </li>
      ))}
    </ol>
  );
}

/**
 * DKFDS navigation tabs (faneblade as links, the `navigation_tabs` markup of the dkfds package):
 * `nav.tab-container` > `ul.tab-list` > `li` > `a.tab-button`, the current page's link marked
 * `aria-current="page"`. Each tab is its own address, so it works without JavaScript.
 */
export function TabNav({ label, children }: { label: string; children: ReactNode }) {
  return (
    <nav className="tab-container" aria-label={label}>
      <ul className="tab-list">{children}</ul>
    </nav>
  );
}

export function TabLink({ to, current, children }: { to: string; current: boolean; children: ReactNode }) {
  return (
    <li>
      <Link to={to} className="tab-button" aria-current={current ? "page" : undefined}>
        {/* one span: the button is a flex box, which would drop the spaces between several children */}
        <span>{children}</span>
      </Link>
    </li>
  );
}
