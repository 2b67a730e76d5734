import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { OfferForm } from "~/components/praktik";
import { db } from "~db/index";
import { offerIntentSchema, offerSchema } from "~/domain/placementForms.server";
import { accommodationsOf } from "~/domain/bankSearch";
import { findOfferOfCompany } from "~/models/placementOffer.server";
import { requireEmployer } from "~/services/auth.server";
import { changeOfferStatus, editOffer } from "~/services/placements.server";
import { type FormFailure } from "~/utils/forms";
import { idParam, parseForm, readFormData } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { useT, type I18nHandle } from "~/utils/i18n";
import { Alert } from "~/components/forms";

export const handle: I18nHandle = { i18n: ["desk.filter", "plan.choose", "plan.hours", "praktik"] };

export const meta: MetaFunction = () => [{ title: "Praktikplads – Fasthold" }];

async function offerOr404(request: Request, offerId: string | undefined) {
  const user = await requireEmployer(request);
  const id = idParam.safeParse(offerId);
  const offer = id.success ? await findOfferOfCompany(db, user.companyId, id.data) : undefined;
  if (!offer) throw new Response("Not Found", { status: 404 });
  return { user, offer };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { offer } = await offerOr404(request, params.offerId);
  const num = (n: number) => String(n).replace(".", ",");
  return json({
    id: offer.id,
    status: offer.status,
    defaults: {
      title: offer.title,
      tasks: offer.tasks,
      industry: offer.industry,
      address: offer.address,
      postcode: offer.postcode,
      municipality: offer.municipality,
      hoursMin: num(offer.hours_min),
      hoursMax: num(offer.hours_max),
      availableFrom: offer.available_from,
      maxWeeks: String(offer.max_weeks),
      places: String(offer.places),
      contactName: offer.contact_name,
      contactPhone: offer.contact_phone,
      contactEmail: offer.contact_email,
      accommodations: accommodationsOf(offer),
    },
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, offer } = await offerOr404(request, params.offerId);
  const { t } = await getT(request);
  const formData = await readFormData(request);
  const intent = offerIntentSchema.safeParse(formData.get("intent"));
  if (!intent.success) throw new Response("Bad Request", { status: 400 });
  if (intent.data !== "save") {
    if (!(await changeOfferStatus(user, offer.id, intent.data)))
      return json<FormFailure>({ errors: {}, formError: t("praktik.offer.withdrawnError"), values: {} }, { status: 409 });
    return redirect(`/virksomhed/praktik/tilbud/${offer.id}`);
  }
  const parsed = parseForm(offerSchema, formData, t);
  if (!parsed.ok) return json<FormFailure>(parsed.failure, { status: 400 });
  await editOffer(user, offer.id, parsed.data);
  return redirect("/virksomhed/praktik");
}

export default function EditOffer() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <>
      <p>
        <Link to="/virksomhed/praktik">← {t("praktik.title")}</Link>
      </p>
      {params.get("oprettet") ? (
        <Alert variant="success" role="status">
          <p className="alert-text">{t("praktik.offer.created")}</p>
        </Alert>
      ) : null}
      <h1>{data.defaults.title}</h1>
      <p>
        {t("praktik.offer.statusIs")} <strong data-testid="offer-status">{t(`praktik.offerStatus.${data.status}`)}</strong>
      </p>
      {data.status !== "withdrawn" ? (
        <Form method="post" className="button-row">
          {data.status === "active" ? (
            <button type="submit" name="intent" value="paused" className="button button-secondary">
              {t("praktik.offer.pause")}
            </button>
          ) : (
            <button type="submit" name="intent" value="active" className="button button-secondary">
              {t("praktik.offer.activate")}
            </button>
          )}
          <button type="submit" name="intent" value="withdrawn" className="button button-secondary">
            {t("praktik.offer.withdraw")}
          </button>
        </Form>
      ) : null}
      <h2>{t("praktik.offer.edit")}</h2>
      <OfferForm failure={failure} defaults={data.defaults} submitLabel={t("praktik.offer.save")} />
    </>
  );
}
