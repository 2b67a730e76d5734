import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { publicGuide } from "~/services/guides.server";
import { getT } from "~/utils/i18n.server";
import { formatDateShort } from "~/utils/dates";
import { useT, type I18nHandle } from "~/utils/i18n";
import { Markdown } from "~/utils/markdown";

export const handle: I18nHandle = { i18n: ["guides.toc", "guides.updated"] };

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.guide.title ?? "Vejledning"} – Fasthold` }];

/** A published guide; each section has a stable anchor the forms link to. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { lang } = await getT(request);
  const guide = await publicGuide(params.slug ?? "", lang);
  if (!guide) throw new Response("Not Found", { status: 404 });
  return json({ guide });
}

export default function GuidePage() {
  const { t, lang } = useT();
  const { guide } = useLoaderData<typeof loader>();
  return (
    <article className="narrow-wide guide">
      <p>
        <Link to="/vejledning">← {t("guides.title")}</Link>
      </p>
      <h1>{guide.title}</h1>
      <p className="muted" data-testid="guide-updated">
        {t("guides.updated")}{" "}
        <time dateTime={guide.updatedOn} suppressHydrationWarning>
          {formatDateShort(guide.updatedOn, lang)}
        </time>
      </p>
      <p className="lead">{guide.summary}</p>
      <nav aria-labelledby="guide-toc">
        <h2 id="guide-toc" className="h4">
          {t("guides.toc")}
        </h2>
        <ul>
          {guide.sections.map((s) => (
            <li key={s.anchor}>
              <a href={`#${s.anchor}`}>{s.heading}</a>
            </li>
          ))}
        </ul>
      </nav>
      {guide.sections.map((s) => (
        <section key={s.anchor} id={s.anchor} aria-labelledby={`${s.anchor}-h`} tabIndex={-1}>
          <h2 id={`${s.anchor}-h`}>{s.heading}</h2>
          <Markdown source={s.markdown} />
        </section>
      ))}
      <p>
        <Link to="/tilbud">{t("services.title")}</Link>
      </p>
    </article>
  );
}
