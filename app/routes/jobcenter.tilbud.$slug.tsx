import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Alert } from "~/components/forms";
import { ServiceForm } from "~/components/services";
import { serviceToValues } from "~/domain/serviceForm";
import { serviceSchema } from "~/domain/serviceForm.server";
import { requireStaff } from "~/services/auth.server";
import { editService, staffService } from "~/services/catalogue.server";
import { type FormFailure } from "~/utils/forms";
import { parseForm, readFormData } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { useT, type I18nHandle } from "~/utils/i18n";

export const handle: I18nHandle = { i18n: ["guides.edit", "guides.lang", "guides.newTab", "services"] };

export const meta: MetaFunction = () => [{ title: "Rediger tilbud – Fasthold" }];

async function serviceOr404(request: Request, slug: string | undefined) {
  const staff = await requireStaff(request);
  const service = await staffService(slug ?? "");
  if (!service) throw new Response("Not Found", { status: 404 });
  return { staff, service };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { service } = await serviceOr404(request, params.slug);
  return json({ slug: service.slug, title: service.content.da.title, values: serviceToValues(service.content, service.team, service.status) });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { staff, service } = await serviceOr404(request, params.slug);
  const { t } = await getT(request);
  const parsed = parseForm(serviceSchema, await readFormData(request), t);
  if (!parsed.ok) return json<FormFailure>(parsed.failure, { status: 400 });
  if (!(await editService(staff, service.slug, parsed.data))) throw new Response("Not Found", { status: 404 });
  return redirect(`/jobcenter/tilbud/${service.slug}?gemt=1`);
}

export default function EditService() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const [search] = useSearchParams();
  return (
    <>
      <p>
        <Link to="/jobcenter/tilbud">← {t("services.staff.title")}</Link>
      </p>
      <h1>{data.title}</h1>
      {search.get("gemt") ? (
        <Alert variant="success" role="status">
          <p>{t("services.staff.saved")}</p>
        </Alert>
      ) : null}
      <p>
        <a href={`/tilbud/${data.slug}`} target="_blank" rel="noopener">
          {t("guides.edit.public")}
          <span className="sr-only"> {t("guides.newTab")}</span>
        </a>
      </p>
      <ServiceForm values={data.values} failure={failure} submitLabel={t("guides.edit.save")} />
    </>
  );
}
