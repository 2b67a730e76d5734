import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { z } from "zod";
import { Alert, DateField, ErrorSummary, TextField } from "~/components/forms";
import { db } from "~db/index";
import { writeAudit, userActor } from "~/models/audit.server";
import { findStaff, updateStaffProfile } from "~/models/user.server";
import { requireStaff } from "~/services/auth.server";
import { now } from "~/utils/clock";
import { copenhagenDate, isValidDate, parseDateInput } from "~/utils/dates";
import { msg, parseForm, readFormData, type FormFailure } from "~/utils/forms";
import { getT } from "~/utils/i18n.server";
import { useT } from "~/utils/i18n";

export const meta: MetaFunction = () => [{ title: "Min profil – Fasthold" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const staff = await requireStaff(request);
  const me = await findStaff(db, staff.id);
  return json({ name: staff.name, email: staff.email, phone: me?.phone ?? "", awayUntil: me?.away_until ?? "", today: copenhagenDate(now()) });
}

const schema = z.object({
  phone: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || null)
    .pipe(
      z
        .string()
        .regex(/^\+?[\d\s-]{8,20}$/, msg("error.phone"))
        .nullable(),
    ),
  awayUntil: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? (parseDateInput(v) ?? v) : null))
    .pipe(z.string().refine(isValidDate, msg("error.date")).nullable()),
});

export async function action({ request }: ActionFunctionArgs) {
  const staff = await requireStaff(request);
  const { t } = await getT(request);
  const parsed = parseForm(schema, await readFormData(request), t);
  if (!parsed.ok) return json<FormFailure>(parsed.failure, { status: 400 });
  await db.transaction().execute(async (trx) => {
    await updateStaffProfile(trx, staff.id, { phone: parsed.data.phone, awayUntil: parsed.data.awayUntil });
    await writeAudit(trx, {
      actor: userActor(staff),
      action: "user.profile_updated",
      entityType: "user",
      entityId: staff.id,
      meta: { away_until: parsed.data.awayUntil },
    });
  });
  return redirect("/jobcenter/profil?gemt=1");
}

export default function Profile() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const [params] = useSearchParams();
  return (
    <div className="narrow">
      <h1>{t("profile.title")}</h1>
      {params.get("gemt") ? (
        <Alert variant="success" role="status">
          <p className="alert-text">{t("profile.saved")}</p>
        </Alert>
      ) : null}
      <p>
        {data.name}, {data.email}
      </p>
      <ErrorSummary failure={failure} labels={{ phone: t("field.phone"), awayUntil: t("profile.awayUntil") }} />
      <Form method="post" noValidate>
        <TextField
          name="phone"
          type="tel"
          label={t("field.phone")}
          hint={t("profile.phoneHint")}
          optional
          defaultValue={data.phone}
          className="input--medium"
          failure={failure}
        />
        <DateField name="awayUntil" label={t("profile.awayUntil")} hint={t("profile.awayHint")} optional defaultValue={data.awayUntil} failure={failure} />
        <button type="submit" className="button button-primary">
          {t("profile.save")}
        </button>
      </Form>
    </div>
  );
}
