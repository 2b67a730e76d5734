import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { signOutEmployee } from "~/services/employeeAccess.server";

export async function action({ request }: ActionFunctionArgs) {
  return redirect("/", { headers: { "Set-Cookie": await signOutEmployee(request) } });
}

export async function loader() {
  return redirect("/");
}
