import { readFormData } from "~/utils/forms.server";
import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { langCookie } from "~/utils/i18n.server";
import { safeRedirectPath } from "~/utils/redirect";
import { getUser } from "~/services/auth.server";
import { setUserLang } from "~/models/user.server";
import { db } from "~db/index";
import { languageSchema } from "~/schemas/public.server";

export async function action({ request }: ActionFunctionArgs) {
  const parsed = languageSchema.safeParse(Object.fromEntries(await readFormData(request)));
  if (!parsed.success) throw new Response("Bad Request", { status: 400 });
  // A signed-in user's choice is kept on the user too: emails to them (reminders, replies) follow it.
  const user = await getUser(request);
  if (user) await setUserLang(db, user.id, parsed.data.lang);
  return redirect(safeRedirectPath(parsed.data.redirectTo), {
    headers: { "Set-Cookie": await langCookie().serialize(parsed.data.lang) },
  });
}

export async function loader() {
  return redirect("/");
}
