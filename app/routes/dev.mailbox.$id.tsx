import type { LoaderFunctionArgs } from "@remix-run/node";
import { findLocalMail } from "~/services/mail.server";
import { usesLocalMailbox } from "~/utils/env.server";
import { idParam } from "~/utils/forms.server";
import { attachmentIndexQuery } from "~/schemas/public.server";

/** One email's HTML, framed by the mailbox page (the server gives this path its own CSP). */
export async function loader({ request, params }: LoaderFunctionArgs) {
  if (!usesLocalMailbox()) throw new Response("Not Found", { status: 404 });
  const id = idParam.safeParse(params.id);
  if (!id.success) throw new Response("Not Found", { status: 404 });
  const mail = await findLocalMail(id.data);
  if (!mail) throw new Response("Not Found", { status: 404 });
  // ?vedhaeftning=0: the email's first attachment (a meeting's .ics) as a download.
  const which = new URL(request.url).searchParams.get("vedhaeftning");
  if (which !== null) {
    const index = attachmentIndexQuery.safeParse(which);
    const files = mail.attachments ? (JSON.parse(mail.attachments) as { filename: string; contentType: string; content: string }[]) : [];
    const file = index.success ? files[index.data] : undefined;
    if (!file) throw new Response("Not Found", { status: 404 });
    return new Response(Buffer.from(file.content, "base64"), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": `attachment; filename="${file.filename.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
        "Cache-Control": "no-store",
      },
    });
  }
  return new Response(mail.html, { headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}
