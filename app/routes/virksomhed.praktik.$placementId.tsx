import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { Alert, ErrorSummary, RadioGroup, SelectField, TextAreaField, TextField } from "~/components/forms";
import { CancelPlacementForm, EvaluationForm, HowItGoes, PlacementFacts, PlacementRecord, StatusBadge } from "~/components/praktik";
import { checkinSchema, employerEvaluationSchema, employerPlacementIntentSchema, reasonSchema } from "~/domain/placementForms.server";
import { attendances } from "~/domain/placementRules";
import { requireEmployer } from "~/services/auth.server";
import { nudgeJobWorker } from "~/services/jobs.server";
import {
  acceptPlacement,
  cancelPlacement,
  checkIn,
  companyPlacementView,
  declinePlacement,
  evaluatePlacement,
  startPlacement,
  type StepResult,
} from "~/services/placements.server";
import { now } from "~/utils/clock";
import { addDays, copenhagenDate, formatDate, weekStart } from "~/utils/dates";
import { type FormFailure } from "~/utils/forms";
import { idParam, parseForm, readFormData } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { useT, type I18nHandle } from "~/utils/i18n";
import { stepError } from "~/domain/praktikErrors";
import { notFound } from "~/utils/http";

export const handle: I18nHandle = { i18n: ["desk.filter", "plan.choose", "plan.hours", "praktik"] };

export const meta: MetaFunction = () => [{ title: "Virksomhedspraktik – Fasthold" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireEmployer(request);
  const id = idParam.safeParse(params.placementId);
  const view = id.success ? await companyPlacementView(user, id.data) : null;
  if (!view) notFound();
  const today = copenhagenDate(now());
  const p = view.placement;
  // The weeks a host can check in for: from the start up to this week.
  const weeks: string[] = [];
  if (p.status === "active" && p.start_date && p.end_date) {
    for (let w = weekStart(p.start_date); w <= p.end_date && w <= today; w = addDays(w, 7)) weeks.push(w);
  }
  return json({ ...view, today, checkinWeeks: weeks });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireEmployer(request);
  const id = idParam.safeParse(params.placementId);
  if (!id.success) notFound();
  const { t } = await getT(request);
  const formData = await readFormData(request);
  const intent = employerPlacementIntentSchema.safeParse(formData.get("intent"));
  if (!intent.success) throw new Response("Bad Request", { status: 400 });

  let result: StepResult;
  if (intent.data === "accept") result = await acceptPlacement(user, id.data);
  else if (intent.data === "start") result = await startPlacement({ kind: "company", user }, id.data);
  else if (intent.data === "decline" || intent.data === "cancel") {
    const parsed = parseForm(reasonSchema, formData, t);
    if (!parsed.ok) return json<FormFailure>(parsed.failure, { status: 400 });
    result =
      intent.data === "decline"
        ? await declinePlacement(user, id.data, parsed.data.reason)
        : await cancelPlacement({ kind: "company", user }, id.data, parsed.data.reason);
  } else if (intent.data === "checkin") {
    const parsed = parseForm(checkinSchema, formData, t);
    if (!parsed.ok) return json<FormFailure>(parsed.failure, { status: 400 });
    result = await checkIn(user, id.data, parsed.data);
  } else {
    const parsed = parseForm(employerEvaluationSchema, formData, t);
    if (!parsed.ok) return json<FormFailure>(parsed.failure, { status: 400 });
    result = await evaluatePlacement({ kind: "company", user }, id.data, parsed.data);
  }
  if (!result.ok) {
    if (result.error === "notFound") notFound();
    return json<FormFailure>({ errors: {}, formError: stepError(t, result), values: {} }, { status: 409 });
  }
  nudgeJobWorker();
  return redirect(`/virksomhed/praktik/${id.data}`);
}

export default function CompanyPlacement() {
  const { t, lang } = useT();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const [params] = useSearchParams();
  const p = data.placement;
  const host = data.roles.includes("host");
  const requester = data.roles.includes("requester");
  const hostEvaluated = data.evaluations.some((e) => e.party === "host");
  return (
    <>
      <p>
        <Link to="/virksomhed/praktik">← {t("praktik.title")}</Link>
      </p>
      {params.get("sendt") ? (
        <Alert variant="success" role="status">
          <p className="alert-text">{t("praktik.request.sent")}</p>
        </Alert>
      ) : null}
      <h1>
        {requester
          ? p.purpose === "retention"
            ? t("praktik.request.retentionFor", { name: data.person ?? "" })
            : t("praktik.request.hosting")
          : t("praktik.hosted.item")}{" "}
        <StatusBadge status={p.status} />
      </h1>
      <p className="muted">{host && !requester ? t("praktik.youHost") : t("praktik.youAsked")}</p>
      <ErrorSummary failure={failure} />

      <PlacementFacts
        placement={p}
        person={data.person}
        place={
          data.offer
            ? `${data.offer.title}, ${data.offer.company_name}, ${data.offer.address}, ${data.offer.postcode} (${data.offer.municipality}). ${t("praktik.contact")}: ${data.offer.contact_name}, ${data.offer.contact_phone}`
            : null
        }
        staffRep={p.staff_rep_name}
      />

      {host && p.status === "proposed" ? (
        <section className="card" aria-labelledby="answer-h">
          <h2 id="answer-h">{t("praktik.host.answer")}</h2>
          <p>{t("praktik.host.answerText")}</p>
          <Form method="post">
            <button type="submit" name="intent" value="accept" className="button button-primary">
              {t("praktik.host.accept")}
            </button>
          </Form>
          <Form method="post" noValidate>
            <input type="hidden" name="intent" value="decline" />
            <TextAreaField name="reason" label={t("praktik.host.declineReason")} rows={2} maxLength={1000} failure={failure} />
            <button type="submit" className="button button-secondary">
              {t("praktik.host.decline")}
            </button>
          </Form>
        </section>
      ) : null}

      {host && p.status === "approved" ? (
        <Form method="post" className="card">
          <h2>{t("praktik.start")}</h2>
          <p>{t("praktik.host.startText")}</p>
          <button type="submit" name="intent" value="start" className="button button-primary" disabled={!p.start_date || data.today < p.start_date}>
            {t("praktik.host.start")}
          </button>
        </Form>
      ) : null}

      {host && p.status === "active" ? (
        <Form method="post" noValidate className="card">
          <input type="hidden" name="intent" value="checkin" />
          <h2>{t("praktik.checkin.title")}</h2>
          <SelectField
            name="weekStart"
            label={t("praktik.checkin.week")}
            failure={failure}
            value={data.checkinWeeks.at(-1)}
            options={data.checkinWeeks.map((w) => ({ value: w, label: t("praktik.checkin.weekFrom", { date: formatDate(w, lang) }) }))}
          />
          <RadioGroup
            name="attendance"
            legend={t("praktik.checkin.attendance")}
            failure={failure}
            options={attendances.map((a) => ({ value: a, label: t(`praktik.attendance.${a}`) }))}
          />
          <TextField name="hours" label={t("praktik.checkin.hours")} inputMode="decimal" className="input--short" failure={failure} />
          <HowItGoes legend={t("praktik.checkin.how")} failure={failure} />
          <TextAreaField name="comment" label={t("praktik.checkin.comment")} optional rows={2} maxLength={1000} failure={failure} />
          <button type="submit" className="button button-primary">
            {t("praktik.checkin.submit")}
          </button>
        </Form>
      ) : null}

      {host && (p.status === "active" || p.status === "completed") && !hostEvaluated ? <EvaluationForm failure={failure} /> : null}

      {requester && ["requested", "proposed", "accepted"].includes(p.status) ? <CancelPlacementForm failure={failure} /> : null}

      <PlacementRecord checkins={data.checkins} evaluations={data.evaluations} events={data.events} />
    </>
  );
}
