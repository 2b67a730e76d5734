import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { signOut } from "~/services/auth.server";

export async function action({ request }: ActionFunctionArgs) {
  return redirect("/log-ind?udlogget=1", { headers: { "Set-Cookie": await signOut(request) } });
}

export async function loader() {
  return redirect("/");
}
