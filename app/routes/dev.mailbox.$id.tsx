import type { LoaderFunctionArgs } from "@remix-run/node";
import { findLocalMail } from "~/services/mail.server";
import { usesLocalMailbox } from "~/utils/env.server";
import { idParam } from "~/utils/forms";

/** One email's HTML, framed by the mailbox page (the server gives this path its own CSP). */
export async function loader({ params }: LoaderFunctionArgs) {
  if (!usesLocalMailbox()) throw new Response("Not Found", { status: 404 });
  const id = idParam.safeParse(params.id);
  if (!id.success) throw new Response("Not Found", { status: 404 });
  const mail = await findLocalMail(id.data);
  if (!mail) throw new Response("Not Found", { status: 404 });
  return new Response(mail.html, { headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}
