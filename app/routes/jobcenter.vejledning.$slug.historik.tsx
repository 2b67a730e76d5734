import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DateTime } from "~/components/time";
import { requireStaff } from "~/services/auth.server";
import { guideHistory } from "~/services/guides.server";
import { useT, type I18nHandle } from "~/utils/i18n";
import { Markdown } from "~/utils/markdown";
import { guideHistoryBeforeQuery } from "~/schemas/jobcenter.server";

export const handle: I18nHandle = { i18n: ["guides.history", "guides.staff", "guides.status"] };

export const meta: MetaFunction = () => [{ title: "Versioner af vejledning – Fasthold" }];

/** Every version of a guide with who saved it and when, newest first, a page at a time. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request);
  const history = await guideHistory(params.slug ?? "", guideHistoryBeforeQuery.parse(new URL(request.url).searchParams.get("foer") ?? undefined));
  if (!history) throw new Response("Not Found", { status: 404 });
  return json(history);
}

export default function GuideHistory() {
  const { t } = useT();
  const { guide, versions, next } = useLoaderData<typeof loader>();
  return (
    <>
      <p>
        <Link to={`/jobcenter/vejledning/${guide.slug}`}>← {guide.title}</Link>
      </p>
      <h1>{t("guides.history.titleOf", { title: guide.title })}</h1>
      <ol className="nobullet-list guide-history">
        {versions.map((v) => (
          <li key={v.version} data-testid={`guide-version-${v.version}`}>
            <h2 className="h4">
              {t("guides.staff.version", { n: v.version })} · {v.author} · <DateTime iso={v.at} />{" "}
              <span className={`badge ${v.status === "published" ? "badge-success" : "badge-info"}`}>{t(`guides.status.${v.status}`)}</span>
            </h2>
            <details className="details">
              <summary className="details-summary">{t("guides.history.show")}</summary>
              <div className="details-text">
                <p className="h5">{v.content.title.da}</p>
                <p>{v.content.summary.da}</p>
                {v.content.sections.map((s) => (
                  <div key={s.anchor}>
                    <p className="h5">
                      {s.heading.da} <span className="muted">#{s.anchor}</span>
                    </p>
                    <Markdown source={s.markdown.da} />
                  </div>
                ))}
              </div>
            </details>
          </li>
        ))}
      </ol>
      {next ? (
        <p>
          <Link to={`?foer=${next}`}>{t("guides.history.older")}</Link>
        </p>
      ) : null}
    </>
  );
}
