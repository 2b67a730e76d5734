import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { OfferForm } from "~/components/praktik";
import { offerSchema } from "~/domain/placementForms.server";
import { requireEmployer } from "~/services/auth.server";
import { createOffer } from "~/services/placements.server";
import { now } from "~/utils/clock";
import { copenhagenDate } from "~/utils/dates";
import { type FormFailure } from "~/utils/forms";
import { parseForm, readFormData } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { useT, type I18nHandle } from "~/utils/i18n";

export const handle: I18nHandle = { i18n: ["desk.filter", "plan.choose", "plan.hours", "praktik"] };

export const meta: MetaFunction = () => [{ title: "Ny praktikplads – Fasthold" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireEmployer(request);
  return json({
    defaults: {
      contactName: user.name,
      contactPhone: user.phone ?? "",
      contactEmail: user.email,
      availableFrom: copenhagenDate(now()),
      maxWeeks: "13",
      places: "1",
    },
  });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireEmployer(request);
  const { t } = await getT(request);
  const parsed = parseForm(offerSchema, await readFormData(request), t);
  if (!parsed.ok) return json<FormFailure>(parsed.failure, { status: 400 });
  const offer = await createOffer(user, parsed.data);
  return redirect(`/virksomhed/praktik/tilbud/${offer.id}?oprettet=1`);
}

export default function NewOffer() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  return (
    <>
      <p>
        <Link to="/virksomhed/praktik">← {t("praktik.title")}</Link>
      </p>
      <h1>{t("praktik.offer.new")}</h1>
      <p className="lead">{t("praktik.offer.lead")}</p>
      <OfferForm failure={failure} defaults={data.defaults} submitLabel={t("praktik.offer.create")} />
    </>
  );
}
