import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { CodeField, ErrorSummary } from "~/components/forms";
import { CODE_TTL_MINUTES } from "~/models/oneTimeCode.server";
import { clientIp } from "~/services/auth.server";
import { findCaseByEmployeeToken, getEmployee, maskEmail, sendEmployeeCode, verifyEmployeeCode } from "~/services/employeeAccess.server";
import { nudgeJobWorker } from "~/services/jobs.server";
import { type FormFailure } from "~/utils/forms";
import { parseForm, readFormData, tokenParam } from "~/utils/forms.server";
import { getLang, getT } from "~/utils/i18n.server";
import { useT, type I18nHandle } from "~/utils/i18n";
import { employeeCodeSchema } from "~/schemas/medarbejder.server";

export const handle: I18nHandle = { i18n: ["employee"] };

export const meta: MetaFunction = () => [{ title: "Din side – Fasthold" }];

async function caseOr404(token: string | undefined) {
  const parsed = tokenParam.safeParse(token);
  const found = parsed.success ? await findCaseByEmployeeToken(parsed.data) : undefined;
  if (!parsed.success || !found) throw new Response("Not Found", { status: 404 });
  return { token: parsed.data, found };
}

/** The employee's secure link: the link alone shows nothing; a code to their email opens their page. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const { found } = await caseOr404(params.token);
  const employee = await getEmployee(request);
  if (employee?.caseId === found.id) return redirect("/medarbejder");
  return json({ name: found.employee_name, companyName: found.company_name, maskedEmail: maskEmail(found.employee_email), minutes: CODE_TTL_MINUTES });
}

type ActionData = (FormFailure & { sent?: boolean }) | { sent: true };

export async function action({ request, params, context }: ActionFunctionArgs) {
  const { token } = await caseOr404(params.token);
  const { t } = await getT(request);
  const formData = await readFormData(request);
  const ip = clientIp(request, context);
  if (formData.get("intent") === "send") {
    const sent = await sendEmployeeCode(token, ip, await getLang(request));
    if (sent === "rateLimited") return json<ActionData>({ errors: { _form: t("signIn.rateLimited") }, values: {} }, { status: 429 });
    nudgeJobWorker();
    return json<ActionData>({ sent: true });
  }
  const parsed = parseForm(employeeCodeSchema, formData, t);
  if (!parsed.ok) return json<ActionData>({ ...parsed.failure, sent: true }, { status: 400 });
  const result = await verifyEmployeeCode(token, parsed.data.code, ip);
  if (!result.ok) {
    const message = {
      notFound: t("signIn.codeInvalid"),
      rateLimited: t("signIn.rateLimited"),
      codeInvalid: t("signIn.codeInvalid"),
      tooManyAttempts: t("signIn.tooManyAttempts"),
    }[result.error];
    return json<ActionData>({ errors: { code: message }, values: {}, sent: true }, { status: result.error === "rateLimited" ? 429 : 400 });
  }
  return redirect("/medarbejder", { headers: { "Set-Cookie": result.cookie } });
}

export default function EmployeeLink() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const failure = actionData && "errors" in actionData ? actionData : null;
  const sent = Boolean(actionData?.sent);
  return (
    <div className="narrow">
      <h1>{t("employee.title", { name: data.name })}</h1>
      <p>{t("employee.intro", { company: data.companyName })}</p>
      <ErrorSummary failure={failure} />
      {!sent ? (
        <Form method="post">
          <p>{t("employee.sendIntro", { email: data.maskedEmail })}</p>
          <button type="submit" name="intent" value="send" className="button button-primary">
            {t("employee.send")}
          </button>
        </Form>
      ) : (
        <Form method="post" noValidate>
          <p role="status">{t("employee.sent", { email: data.maskedEmail, minutes: data.minutes })}</p>
          <input type="hidden" name="intent" value="verify" />
          <CodeField failure={failure} />
          <button type="submit" className="button button-primary">
            {t("employee.open")}
          </button>
        </Form>
      )}
    </div>
  );
}
