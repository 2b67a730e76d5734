import type { MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useT, type I18nHandle } from "~/utils/i18n";

export const handle: I18nHandle = { i18n: ["bench"] };

export const meta: MetaFunction = () => [{ title: "Fasthold" }];

/**
 * The benchmark's yardstick (npm run bench:desk): the cheapest page the same process can
 * serve through Remix, root layout included. It exists only when the server runs with
 * BENCH=1; everywhere else it is a 404 like any unknown address.
 */
export function loader() {
  if (process.env.BENCH !== "1") throw new Response("Not Found", { status: 404 });
  return json({ ok: true });
}

export default function Trivial() {
  const { t } = useT();
  return <h1>{t("bench.trivial")}</h1>;
}
