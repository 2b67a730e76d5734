import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { DateOnly } from "~/components/time";
import { db } from "~db/index";
import { sectionsOf } from "~/services/newsletter.server";
import { copenhagenDate } from "~/utils/dates";
import { useT } from "~/utils/i18n";
import { Markdown } from "~/utils/markdown";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.title ?? "Nyhedsbrev"} – Fasthold` }];

/** A sent issue at a permanent address, rendered by the same Markdown renderer as the email. */
export async function loader({ params }: LoaderFunctionArgs) {
  const slug = /^[a-z0-9-]{3,100}$/.test(params.slug ?? "") ? params.slug! : null;
  const issue = slug
    ? await db.selectFrom("newsletter_issues").selectAll().where("slug", "=", slug).where("status", "in", ["sending", "sent"]).executeTakeFirst()
    : undefined;
  if (!issue) throw new Response("Not Found", { status: 404 });
  return json({ title: issue.title, preview: issue.preview, sections: sectionsOf(issue), date: copenhagenDate(new Date(issue.send_started_at!)) });
}

export default function ArchivedIssue() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  return (
    <article className="narrow-wide newsletter">
      <p>
        <Link to="/nyhedsbrev/arkiv">← {t("newsletter.archive.title")}</Link>
      </p>
      <h1>{data.title}</h1>
      <p className="muted">
        <DateOnly date={data.date} />
      </p>
      <p className="lead">{data.preview}</p>
      {data.sections.map((s, i) => (
        <section key={i}>
          <h2>{s.heading}</h2>
          <Markdown source={s.markdown} />
        </section>
      ))}
    </article>
  );
}
