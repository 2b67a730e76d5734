import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData } from "@remix-run/react";
import { IssueForm } from "~/components/issueForm";
import { parseIssueForm } from "~/domain/newsletterForm";
import { requireStaff } from "~/services/auth.server";
import { createIssue } from "~/services/newsletter.server";
import { formValues, type FormFailure } from "~/utils/forms";
import { readFormData } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { useT, type I18nHandle } from "~/utils/i18n";

export const handle: I18nHandle = { i18n: ["newsletter.admin", "newsletter.error", "newsletter.issue", "plan.remove"] };

export const meta: MetaFunction = () => [{ title: "Nyt nummer – nyhedsbrev – Fasthold" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireStaff(request);
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const staff = await requireStaff(request);
  const { t } = await getT(request);
  const values = formValues(await readFormData(request));
  const parsed = parseIssueForm(values, t);
  if (!parsed.ok) return json<FormFailure>({ errors: parsed.errors, values }, { status: 400 });
  const issue = await createIssue(staff, parsed.data);
  return redirect(`/jobcenter/nyhedsbrev/${issue.id}`);
}

export default function NewIssue() {
  const { t } = useT();
  const failure = useActionData<typeof action>();
  return (
    <>
      <p>
        <Link to="/jobcenter/nyhedsbrev">← {t("newsletter.admin.title")}</Link>
      </p>
      <h1>{t("newsletter.admin.new")}</h1>
      <IssueForm values={{}} failure={failure} submitLabel={t("newsletter.issue.save")} />
    </>
  );
}
