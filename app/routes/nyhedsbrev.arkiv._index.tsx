import type { MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DateOnly } from "~/components/time";
import { db } from "~db/index";
import { copenhagenDate } from "~/utils/dates";
import { useT } from "~/utils/i18n";

export const meta: MetaFunction = () => [{ title: "Arkiv – nyhedsbrev – Fasthold" }];

export async function loader() {
  const issues = await db
    .selectFrom("newsletter_issues")
    .select(["title", "preview", "slug", "send_started_at"])
    .where("status", "in", ["sending", "sent"])
    .where("slug", "is not", null)
    .orderBy("send_started_at", "desc")
    .execute();
  return json({ issues: issues.map((i) => ({ ...i, date: copenhagenDate(new Date(i.send_started_at!)) })) });
}

export default function Archive() {
  const { t } = useT();
  const { issues } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("newsletter.archive.title")}</h1>
      <p className="lead">{t("newsletter.archive.lead")}</p>
      <p>
        <Link to="/nyhedsbrev">{t("newsletter.subscribe")}</Link>
      </p>
      {issues.length === 0 ? <p>{t("newsletter.archive.empty")}</p> : null}
      <ul className="plain-list" data-testid="archive">
        {issues.map((i) => (
          <li key={i.slug}>
            <Link to={`/nyhedsbrev/arkiv/${i.slug}`}>{i.title}</Link> · <DateOnly date={i.date} />
            <br />
            <span className="muted">{i.preview}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
