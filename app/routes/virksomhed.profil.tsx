import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { requireEmployer } from "~/services/auth.server";
import { profileSubscription, setProfileSubscription } from "~/services/newsletter.server";
import { readFormData } from "~/utils/forms.server";
import { profileSubscriptionIntent } from "~/schemas/virksomhed.server";
import { useT, type I18nHandle } from "~/utils/i18n";

export const handle: I18nHandle = { i18n: ["newsletter.profile", "newsletter.title", "newsletter.unsubscribe", "profile"] };

export const meta: MetaFunction = () => [{ title: "Min profil – Fasthold" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireEmployer(request);
  return json({ name: user.name, email: user.email, company: user.companyName, subscribed: await profileSubscription(user.email) });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireEmployer(request);
  const intent = profileSubscriptionIntent.safeParse((await readFormData(request)).get("intent"));
  if (!intent.success) throw new Response("Bad Request", { status: 400 });
  await setProfileSubscription(user, intent.data === "subscribe");
  return redirect("/virksomhed/profil");
}

export default function EmployerProfile() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  return (
    <div className="narrow">
      <h1>{t("profile.title")}</h1>
      <p>
        {data.name}, {data.email}
        {data.company ? ` · ${data.company}` : ""}
      </p>
      <section className="card" aria-labelledby="nl-h">
        <h2 id="nl-h">{t("newsletter.title")}</h2>
        <p data-testid="profile-subscription">{data.subscribed ? t("newsletter.profile.on") : t("newsletter.profile.off")}</p>
        <Form method="post">
          {data.subscribed ? (
            <button type="submit" name="intent" value="unsubscribe" className="button button-secondary">
              {t("newsletter.unsubscribe.submit")}
            </button>
          ) : (
            <button type="submit" name="intent" value="subscribe" className="button button-primary">
              {t("newsletter.profile.subscribe")}
            </button>
          )}
        </Form>
      </section>
    </div>
  );
}
