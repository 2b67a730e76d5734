import type { LoaderFunctionArgs } from "@remix-run/node";
import { db } from "~db/index";
import { requireStaff } from "~/services/auth.server";
import { renderIssue } from "~/services/newsletter.server";
import { idParam } from "~/utils/forms.server";

/** The issue as subscribers will get it: the same react-email template that sends it (framed by the issue page). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireStaff(request);
  const id = idParam.safeParse(params.issueId);
  const issue = id.success ? await db.selectFrom("newsletter_issues").selectAll().where("id", "=", id.data).executeTakeFirst() : undefined;
  if (!issue) throw new Response("Not Found", { status: 404 });
  const html = issue.rendered_html ?? (await renderIssue(issue, "#")).html;
  return new Response(html, { headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}
