import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DateOnly } from "~/components/time";
import { Pager } from "~/components/pager";
import { pageLinks } from "~/domain/cursor";
import { pageRequestOf } from "~/domain/cursor.server";
import { pageArchive } from "~/services/newsletter.server";
import { copenhagenDate } from "~/utils/dates";
import { useT, type I18nHandle } from "~/utils/i18n";

export const handle: I18nHandle = { i18n: ["newsletter.archive", "newsletter.subscribe"] };

export const meta: MetaFunction = () => [{ title: "Arkiv – nyhedsbrev – Fasthold" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const page = await pageArchive(pageRequestOf(params));
  return json({
    issues: page.rows.map((i) => ({ ...i, date: copenhagenDate(new Date(i.send_started_at!)) })),
    pager: { from: page.from, to: page.to, ...pageLinks(params, page) },
  });
}

export default function Archive() {
  const { t } = useT();
  const { issues, pager } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("newsletter.archive.title")}</h1>
      <p className="lead">{t("newsletter.archive.lead")}</p>
      <p>
        <Link to="/nyhedsbrev">{t("newsletter.subscribe")}</Link>
      </p>
      {issues.length === 0 && !pager.previous ? <p>{t("newsletter.archive.empty")}</p> : null}
      <ul className="plain-list" data-testid="archive">
        {issues.map((i) => (
          <li key={i.slug}>
            <Link to={`/nyhedsbrev/arkiv/${i.slug}`}>{i.title}</Link> · <DateOnly date={i.date} />
            <br />
            <span className="muted">{i.preview}</span>
          </li>
        ))}
      </ul>
      <Pager {...pager} />
    </>
  );
}
