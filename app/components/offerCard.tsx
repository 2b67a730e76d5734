import type { Industry, OfferAccommodation } from "~/domain/placementRules";
import { formatDecimal, useT } from "~/utils/i18n";
import { DateOnly } from "./time";

type Offer = {
  id: string;
  title: string;
  company_name: string;
  industry: Industry;
  tasks: string;
  postcode: string;
  municipality: string;
  hours_min: number;
  hours_max: number;
  available_from: string;
  max_weeks: number;
  accommodations: OfferAccommodation[];
  left: number;
  places: number;
};

/** One offer in the bank, as consultants read it when matching. */
export function OfferCard({ offer: o }: { offer: Offer }) {
  const { t, lang } = useT();
  const n = (x: number) => formatDecimal(x, lang);
  return (
    <article className="card offer-card" data-testid="offer" aria-labelledby={`offer-${o.id}`}>
      <h3 id={`offer-${o.id}`}>
        {o.title} <span className="muted">· {o.company_name}</span>
      </h3>
      <p className="muted">
        {t(`praktik.industry.${o.industry}`)} · {o.postcode} {o.municipality} · {t("praktik.bank.hoursRange", { min: n(o.hours_min), max: n(o.hours_max) })} ·{" "}
        {t("praktik.bank.from")} <DateOnly date={o.available_from} /> · {t("praktik.bank.maxWeeks", { weeks: o.max_weeks })} ·{" "}
        {t("praktik.offers.places", { left: o.left, places: o.places })}
      </p>
      <p className="prewrap">{o.tasks}</p>
      {o.accommodations.length ? (
        <p>
          {o.accommodations.map((a) => (
            <span key={a} className="badge">
              {t(`praktik.acc.${a}`)}
            </span>
          ))}
        </p>
      ) : null}
    </article>
  );
}
