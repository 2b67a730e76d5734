import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DateTime } from "~/components/time";
import { Pager } from "~/components/pager";
import { pageLinks } from "~/domain/cursor";
import { pageRequestOf } from "~/domain/cursor.server";
import { requireStaff } from "~/services/auth.server";
import { pageIssues, subscriberCounts } from "~/services/newsletter.server";
import { useT, type I18nHandle } from "~/utils/i18n";

export const handle: I18nHandle = { i18n: ["newsletter.admin", "newsletter.import", "newsletter.status"] };

export const meta: MetaFunction = () => [{ title: "Nyhedsbrev – Fasthold" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  const params = new URL(request.url).searchParams;
  const [page, counts] = await Promise.all([pageIssues(pageRequestOf(params)), subscriberCounts()]);
  const issues = page.rows;
  return json({ issues, counts, pager: { from: page.from, to: page.to, ...pageLinks(params, page) } });
}

export default function NewsletterAdmin() {
  const { t } = useT();
  const { issues, counts, pager } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("newsletter.admin.title")}</h1>
      <dl className="kpis">
        <div className="kpi">
          <dt>{t("newsletter.admin.confirmed")}</dt>
          <dd data-testid="subscribers-confirmed">{counts.confirmed}</dd>
        </div>
        <div className="kpi">
          <dt>{t("newsletter.admin.pending")}</dt>
          <dd>{counts.pending}</dd>
        </div>
        <div className="kpi">
          <dt>{t("newsletter.admin.unsubscribed")}</dt>
          <dd>{counts.unsubscribed}</dd>
        </div>
        <div className="kpi">
          <dt>{t("newsletter.admin.suppressed")}</dt>
          <dd>{counts.suppressed}</dd>
        </div>
      </dl>
      <p className="actions">
        <Link to="/jobcenter/nyhedsbrev/ny" className="button button-primary">
          {t("newsletter.admin.new")}
        </Link>{" "}
        <Link to="/jobcenter/nyhedsbrev/import" className="button button-secondary">
          {t("newsletter.import.title")}
        </Link>{" "}
        <Link to="/nyhedsbrev/arkiv">{t("newsletter.archive.title")}</Link>
      </p>
      <h2>{t("newsletter.admin.issues")}</h2>
      {issues.length === 0 && !pager.previous ? <p>{t("newsletter.admin.none")}</p> : null}
      <ul className="plain-list" data-testid="issues">
        {issues.map((i) => (
          <li key={i.id}>
            <Link to={`/jobcenter/nyhedsbrev/${i.id}`}>{i.title}</Link> · {t(`newsletter.status.${i.status}`)}
            {i.scheduled_at && i.status === "scheduled" ? (
              <>
                {" "}
                · <DateTime iso={i.scheduled_at} />
              </>
            ) : null}
            {i.recipients !== null ? ` · ${t("newsletter.admin.recipients", { count: i.recipients })}` : ""}
          </li>
        ))}
      </ul>
      <Pager {...pager} />
    </>
  );
}
