import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { confirmSubscription, findByConfirmToken } from "~/services/newsletter.server";
import { nowIso } from "~/utils/clock";
import { readFormData, tokenParam } from "~/utils/forms.server";
import { useT, type I18nHandle } from "~/utils/i18n";

export const handle: I18nHandle = {
  i18n: ["newsletter.confirm", "newsletter.confirmed", "newsletter.expired", "newsletter.subscribeAgain", "newsletter.unknown"],
};

export const meta: MetaFunction = () => [{ title: "Bekræft abonnement – Fasthold" }];

/** Opening the link only shows a button: mail scanners that follow links confirm nothing. */
export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  if (params.get("bekraeftet")) return json({ state: "confirmed" as const, token: "" });
  const token = tokenParam.safeParse(params.get("t"));
  const subscriber = token.success ? await findByConfirmToken(token.data) : undefined;
  if (!token.success || !subscriber) return json({ state: "unknown" as const, token: "" }, { status: 404 });
  if (!subscriber.confirm_expires_at || subscriber.confirm_expires_at < nowIso()) return json({ state: "expired" as const, token: "" }, { status: 410 });
  return json({ state: "ready" as const, token: token.data });
}

export async function action({ request }: ActionFunctionArgs) {
  const token = tokenParam.safeParse((await readFormData(request)).get("token"));
  if (!token.success) throw new Response("Bad Request", { status: 400 });
  const result = await confirmSubscription(token.data);
  if (result === "unknown") throw new Response("Not Found", { status: 404 });
  if (result === "expired") return json({ state: "expired" as const, token: "" }, { status: 410 });
  return redirect("/nyhedsbrev/bekraeft?bekraeftet=1");
}

export default function Confirm() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  return (
    <div className="narrow">
      {data.state === "ready" ? (
        <>
          <h1>{t("newsletter.confirm.title")}</h1>
          <p>{t("newsletter.confirm.text")}</p>
          <Form method="post">
            <input type="hidden" name="token" value={data.token} />
            <button type="submit" className="button button-primary">
              {t("newsletter.confirm.submit")}
            </button>
          </Form>
        </>
      ) : data.state === "confirmed" ? (
        <>
          <h1>{t("newsletter.confirmed.title")}</h1>
          <p role="status">{t("newsletter.confirmed.text")}</p>
        </>
      ) : (
        <>
          <h1>{t(data.state === "expired" ? "newsletter.expired.title" : "newsletter.unknown.title")}</h1>
          <p>{t("newsletter.expired.text")}</p>
          <p>
            <Link to="/nyhedsbrev">{t("newsletter.subscribeAgain")}</Link>
          </p>
        </>
      )}
    </div>
  );
}
