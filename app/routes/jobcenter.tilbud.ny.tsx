import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData } from "@remix-run/react";
import { ServiceForm } from "~/components/services";
import { serviceSchema } from "~/domain/serviceForm.server";
import { requireStaff } from "~/services/auth.server";
import { createService } from "~/services/catalogue.server";
import { type FormFailure } from "~/utils/forms";
import { parseForm, readFormData } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { useT, type I18nHandle } from "~/utils/i18n";

export const handle: I18nHandle = { i18n: ["guides.lang", "services"] };

export const meta: MetaFunction = () => [{ title: "Nyt tilbud – Fasthold" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  return json({});
}

export async function action({ request }: ActionFunctionArgs) {
  const staff = await requireStaff(request);
  const { t } = await getT(request);
  const parsed = parseForm(serviceSchema, await readFormData(request), t);
  if (!parsed.ok) return json<FormFailure>(parsed.failure, { status: 400 });
  const row = await createService(staff, parsed.data);
  return redirect(`/jobcenter/tilbud/${row.slug}?gemt=1`);
}

export default function NewService() {
  const { t } = useT();
  const failure = useActionData<typeof action>();
  return (
    <>
      <p>
        <Link to="/jobcenter/tilbud">← {t("services.staff.title")}</Link>
      </p>
      <h1>{t("services.staff.new")}</h1>
      <ServiceForm values={{ status: "active" }} failure={failure} submitLabel={t("services.staff.create")} />
    </>
  );
}
