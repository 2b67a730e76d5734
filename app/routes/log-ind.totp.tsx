import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import type { ShouldRevalidateFunction } from "@remix-run/react";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { Alert, ErrorSummary, TextField } from "~/components/forms";
import { requirePendingSecondFactor } from "~/services/auth.server";
import { confirmEnrolment, enrolmentFor, giveSecondFactor, groupSecret } from "~/services/secondFactor.server";
import { type FormFailure } from "~/utils/forms";
import { parseForm, readFormData } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { useT, type I18nHandle } from "~/utils/i18n";
import { safeRedirectPath } from "~/utils/redirect";
import { totpEnrolSchema, totpVerifySchema } from "~/schemas/public.server";

export const handle: I18nHandle = { i18n: ["twoFactor"] };

export const meta: MetaFunction = () => [{ title: "Totrinsbekræftelse – Fasthold" }];

const noStore = { "Cache-Control": "no-store" };

/** The second step of a staff sign-in: set up the authenticator the first time, then its code (or a recovery code). */
export async function loader({ request }: LoaderFunctionArgs) {
  const { user } = await requirePendingSecondFactor(request);
  const url = new URL(request.url);
  const enrolment = await enrolmentFor(user);
  return json(
    {
      redirectTo: safeRedirectPath(url.searchParams.get("redirectTo"), ""),
      enrolment: enrolment ? { secret: groupSecret(enrolment.secret), qrSvg: enrolment.qrSvg } : null,
    },
    { headers: noStore },
  );
}

type ActionData = FormFailure | { recoveryCodes: string[]; next: string };

export async function action({ request }: ActionFunctionArgs) {
  const { sessionId, user } = await requirePendingSecondFactor(request);
  const { t } = await getT(request);
  const enrolling = (await enrolmentFor(user)) !== null;
  const parsed = parseForm(enrolling ? totpEnrolSchema : totpVerifySchema, await readFormData(request), t);
  if (!parsed.ok) return json<ActionData>(parsed.failure, { status: 400, headers: noStore });
  const next = safeRedirectPath(parsed.data.redirectTo, "/jobcenter");
  const result = enrolling ? await confirmEnrolment(sessionId, user, parsed.data.code) : await giveSecondFactor(sessionId, user, parsed.data.code);
  if (!result.ok) {
    const message = result.error === "locked" ? t("twoFactor.locked") : t("twoFactor.codeInvalid");
    return json<ActionData>(
      { errors: { code: message }, values: { ...parsed.values, code: "" } },
      { status: result.error === "locked" ? 429 : 400, headers: noStore },
    );
  }
  // The recovery codes are shown once, in this answer, and never stored readable.
  if (result.recoveryCodes) return json<ActionData>({ recoveryCodes: result.recoveryCodes, next }, { headers: noStore });
  return redirect(next);
}

/**
 * After enrolling, the session is full and this loader would send the user on:
 * with JavaScript, reloading it would hide the recovery codes before they are read.
 */
export const shouldRevalidate: ShouldRevalidateFunction = ({ actionResult, defaultShouldRevalidate }) =>
  actionResult && typeof actionResult === "object" && "recoveryCodes" in actionResult ? false : defaultShouldRevalidate;

export default function SecondFactor() {
  const { t } = useT();
  const data = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  if (answer && "recoveryCodes" in answer) {
    return (
      <div className="narrow">
        <h1>{t("twoFactor.recoveryTitle")}</h1>
        <Alert variant="success" role="status">
          <p className="alert-text">{t("twoFactor.recoveryIntro")}</p>
        </Alert>
        <ul className="nobullet-list recovery-codes" aria-label={t("twoFactor.recoveryListLabel")} data-testid="recovery-codes">
          {answer.recoveryCodes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ul>
        <p>
          <Link className="button button-primary" to={answer.next}>
            {t("twoFactor.recoveryContinue")}
          </Link>
        </p>
      </div>
    );
  }
  const failure = answer && "errors" in answer ? answer : undefined;
  const enrolment = data.enrolment;
  return (
    <div className="narrow">
      <h1>{enrolment ? t("twoFactor.setupTitle") : t("twoFactor.verifyTitle")}</h1>
      <ErrorSummary failure={failure} />
      {enrolment ? (
        <>
          <p>{t("twoFactor.setupIntro")}</p>
          <p>{t("twoFactor.setupScan")}</p>
          <div className="qr-code" role="img" aria-label={t("twoFactor.qrLabel")} dangerouslySetInnerHTML={{ __html: enrolment.qrSvg }} />
          <p>{t("twoFactor.setupManual")}</p>
          <p>
            <span className="sr-only">{t("twoFactor.secretLabel")}: </span>
            <code data-testid="totp-secret">{enrolment.secret}</code>
          </p>
          <p>{t("twoFactor.setupConfirm")}</p>
        </>
      ) : (
        <p>{t("twoFactor.verifyIntro")}</p>
      )}
      <Form method="post" noValidate>
        <input type="hidden" name="redirectTo" value={data.redirectTo} />
        <TextField
          name="code"
          label={enrolment ? t("twoFactor.appCode") : t("twoFactor.codeOrRecovery")}
          hint={enrolment ? undefined : t("twoFactor.codeHint")}
          inputMode={enrolment ? "numeric" : "text"}
          autoComplete="one-time-code"
          maxLength={enrolment ? 7 : 20}
          className="input--code"
          failure={failure}
        />
        <button type="submit" className="button button-primary">
          {enrolment ? t("twoFactor.setupSubmit") : t("twoFactor.verifySubmit")}
        </button>
      </Form>
      <Form method="post" action="/log-ud">
        <button type="submit" className="button button-tertiary">
          {t("twoFactor.cancel")}
        </button>
      </Form>
    </div>
  );
}
