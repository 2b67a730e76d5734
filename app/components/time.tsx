import { formatDate, formatDateTime, formatDuration } from "~/utils/dates";
import { useT } from "~/utils/i18n";

/** An instant in Danish time. */
export function DateTime({ iso }: { iso: string }) {
  const { lang } = useT();
  return (
    <time dateTime={iso} suppressHydrationWarning>
      {formatDateTime(iso, lang)}
    </time>
  );
}

/** A calendar date (YYYY-MM-DD). */
export function DateOnly({ date }: { date: string }) {
  const { lang } = useT();
  return (
    <time dateTime={date} suppressHydrationWarning>
      {formatDate(date, lang)}
    </time>
  );
}

/** A period of calendar dates; an open end reads "fra 30. november 2026", not "30. november 2026 – –". */
export function Period({ start, end }: { start?: string | null; end?: string | null }) {
  const { t } = useT();
  if (start && end) {
    return (
      <>
        <DateOnly date={start} /> – <DateOnly date={end} />
      </>
    );
  }
  if (start) {
    return (
      <>
        {t("period.from")} <DateOnly date={start} />
      </>
    );
  }
  if (end) {
    return (
      <>
        {t("period.until")} <DateOnly date={end} />
      </>
    );
  }
  return <>–</>;
}

/** Time left until a deadline, or how far past it; `now` comes from the loader. */
export function DeadlineBadge({ dueAt, now, answeredAt }: { dueAt: string; now: string; answeredAt?: string | null }) {
  const { t, lang } = useT();
  if (answeredAt) {
    const late = answeredAt > dueAt;
    return <span className={`badge ${late ? "badge-error" : "badge-success"}`}>{late ? t("deadline.answeredLate") : t("deadline.answeredInTime")}</span>;
  }
  const left = Date.parse(dueAt) - Date.parse(now);
  if (left < 0) {
    return <span className="badge badge-error">{t("deadline.overdue", { duration: formatDuration(-left, lang) })}</span>;
  }
  return (
    <span className={`badge ${left < 4 * 3_600_000 ? "badge-warning" : "badge-info"}`}>{t("deadline.left", { duration: formatDuration(left, lang) })}</span>
  );
}
