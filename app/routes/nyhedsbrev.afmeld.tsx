import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { resubscribe, subscriberFromToken, unsubscribe } from "~/services/newsletter.server";
import { readFormData } from "~/utils/forms.server";
import { useT, type I18nHandle } from "~/utils/i18n";

export const handle: I18nHandle = { i18n: ["newsletter.resubscribe", "newsletter.unsubscribe", "newsletter.unsubscribed"] };

export const meta: MetaFunction = () => [{ title: "Afmeld nyhedsbrevet – Fasthold" }];

async function subscriberOr404(request: Request) {
  const token = new URL(request.url).searchParams.get("t") ?? "";
  const subscriber = token.length < 200 ? await subscriberFromToken(token) : null;
  if (!subscriber) throw new Response("Not Found", { status: 404 });
  return { subscriber, token };
}

/** The footer link: confirm, and offer to come back. */
export async function loader({ request }: LoaderFunctionArgs) {
  const { subscriber, token } = await subscriberOr404(request);
  return json({ token, email: subscriber.email, status: subscriber.status });
}

/**
 * RFC 8058 one-click: a POST with "List-Unsubscribe=One-Click" from the mail
 * client unsubscribes at once, no sign-in; the signed token is the proof.
 * The page's own buttons post here too.
 */
export async function action({ request }: ActionFunctionArgs) {
  const { subscriber, token } = await subscriberOr404(request);
  const form = await readFormData(request);
  if (form.get("List-Unsubscribe") === "One-Click") {
    await unsubscribe(subscriber.id);
    return new Response("Unsubscribed", { status: 200, headers: { "Content-Type": "text/plain" } });
  }
  if (form.get("intent") === "resubscribe") await resubscribe(subscriber.id);
  else await unsubscribe(subscriber.id);
  return redirect(`/nyhedsbrev/afmeld?t=${encodeURIComponent(token)}`);
}

export default function Unsubscribe() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  const subscribed = data.status === "confirmed";
  return (
    <div className="narrow">
      <h1>{subscribed ? t("newsletter.unsubscribe.title") : t("newsletter.unsubscribed.title")}</h1>
      <p role="status">{subscribed ? t("newsletter.unsubscribe.text", { email: data.email }) : t("newsletter.unsubscribed.text", { email: data.email })}</p>
      <Form method="post">
        {subscribed ? (
          <button type="submit" name="intent" value="unsubscribe" className="button button-primary">
            {t("newsletter.unsubscribe.submit")}
          </button>
        ) : (
          <button type="submit" name="intent" value="resubscribe" className="button button-secondary">
            {t("newsletter.resubscribe")}
          </button>
        )}
      </Form>
    </div>
  );
}
