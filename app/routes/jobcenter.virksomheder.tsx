import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { DateTime } from "~/components/time";
import { db } from "~db/index";
import { listCompaniesForStaff, verifyCompany } from "~/models/company.server";
import { requireStaff } from "~/services/auth.server";
import { idParam, readFormData } from "~/utils/forms";
import { useT } from "~/utils/i18n";

export const meta: MetaFunction = () => [{ title: "Virksomheder – Fasthold" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  return json({ companies: await listCompaniesForStaff(db) });
}

const schema = z.object({ intent: z.literal("verify"), companyId: idParam });

export async function action({ request }: ActionFunctionArgs) {
  const staff = await requireStaff(request);
  const parsed = schema.safeParse(Object.fromEntries(await readFormData(request)));
  if (!parsed.success) throw new Response("Bad Request", { status: 400 });
  const verified = await db.transaction().execute((trx) => verifyCompany(trx, parsed.data.companyId, staff));
  if (!verified) {
    const exists = await db.selectFrom("companies").select("id").where("id", "=", parsed.data.companyId).executeTakeFirst();
    if (!exists) throw new Response("Not Found", { status: 404 });
  }
  return redirect("/jobcenter/virksomheder");
}

export default function Companies() {
  const { t } = useT();
  const { companies } = useLoaderData<typeof loader>();
  return (
    <>
      <h1>{t("companies.title")}</h1>
      <p className="lead">{t("companies.lead")}</p>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{t("companies.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("field.companyName")}</th>
              <th scope="col">CVR</th>
              <th scope="col">{t("companies.users")}</th>
              <th scope="col">{t("companies.created")}</th>
              <th scope="col">{t("companies.status")}</th>
            </tr>
          </thead>
          <tbody>
            {companies.map((c) => (
              <tr key={c.id}>
                <td>{c.name}</td>
                <td>{c.cvr}</td>
                <td>{c.user_count}</td>
                <td>
                  <DateTime iso={c.created_at} />
                </td>
                <td>
                  {c.verified_at ? (
                    <>
                      <span className="badge badge--ok">{t("companies.verified")}</span>
                      {c.verified_by_name ? <span className="muted"> {c.verified_by_name}</span> : null}
                    </>
                  ) : (
                    <Form method="post" className="inline-form">
                      <input type="hidden" name="companyId" value={c.id} />
                      <button type="submit" name="intent" value="verify" className="button button--small" aria-label={t("companies.verifyNamed", { name: c.name })}>
                        {t("companies.verify")}
                      </button>
                    </Form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
