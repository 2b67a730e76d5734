import type { ConsentStatus } from "~db/schema";
import { useT } from "~/utils/i18n";

export function ConsentTag({ status }: { status: ConsentStatus }) {
  const { t } = useT();
  const cls = { awaiting: "badge-info", consented: "badge-success", declined: "", expired: "" }[status];
  return <span className={`badge ${cls}`}>{t(`consent.status.${status}`)}</span>;
}
