import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { DateField, ErrorSummary, SelectField, TextAreaField, TextField } from "~/components/forms";
import { OfferCard } from "~/components/offerCard";
import { BankSearchForm, CancelPlacementForm, EvaluationForm, PlacementFacts, PlacementRecord, StatusBadge } from "~/components/praktik";
import { DateTime } from "~/components/time";
import { db } from "~db/index";
import { approveSchema, evaluationSchema, extendSchema, proposalSchema, reasonSchema, staffPlacementIntentSchema } from "~/domain/placementForms.server";
import { Pager } from "~/components/pager";
import { accommodationsOf, placesLeft } from "~/domain/bankSearch";
import { pageLinks } from "~/domain/cursor";
import { pageRequestOf } from "~/domain/cursor.server";
import { searchBank } from "~/models/placementOffer.server";
import { extendable, targetGroups, type Industry } from "~/domain/placementRules";
import { requireStaff } from "~/services/auth.server";
import { nudgeJobWorker } from "~/services/jobs.server";
import {
  approvePlacement,
  cancelPlacement,
  completePlacement,
  evaluatePlacement,
  extendPlacement,
  proposePlacement,
  staffPlacementView,
  startPlacement,
  type StepResult,
} from "~/services/placements.server";
import { bankQueryFrom } from "~/domain/bankQuery.server";
import { now } from "~/utils/clock";
import { copenhagenDate, formatDate } from "~/utils/dates";
import { type FormFailure } from "~/utils/forms";
import { idParam, parseForm, readFormData } from "~/utils/forms.server";
import { getT } from "~/utils/i18n.server";
import { formatDecimal, useT, type I18nHandle } from "~/utils/i18n";
import { stepError } from "~/domain/praktikErrors";
import { notFound } from "~/utils/http";

export const handle: I18nHandle = { i18n: ["desk.filter", "plan.choose", "plan.hours", "praktik"] };

export const meta: MetaFunction = () => [{ title: "Praktik – Fasthold" }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const staff = await requireStaff(request);
  const id = idParam.safeParse(params.placementId);
  const view = id.success ? await staffPlacementView(staff, id.data) : null;
  if (!view) notFound();
  const p = view.placement;
  let search = null;
  if (p.status === "requested" && p.purpose === "retention") {
    // Start from what was asked for: the hours and the wished start.
    const params = new URL(request.url).searchParams;
    const query = bankQueryFrom(params, { hours: p.wished_hours, availableBy: p.wished_start });
    const found = await searchBank(db, query, pageRequestOf(params));
    search = {
      query,
      total: found.total,
      counts: { byIndustry: found.byIndustry, byAccommodation: found.byAccommodation },
      offers: found.page.rows.map((o) => ({ ...o, industry: o.industry as Industry, accommodations: accommodationsOf(o), left: placesLeft(o) })),
      pager: { from: found.page.from, to: found.page.to, ...pageLinks(params, found.page) },
    };
  }
  const { offer } = view;
  return json({
    ...view,
    offer: offer
      ? {
          title: offer.title,
          company_name: offer.company_name,
          max_weeks: offer.max_weeks,
          contact_name: offer.contact_name,
          contact_phone: offer.contact_phone,
        }
      : null,
    search,
    today: copenhagenDate(now()),
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const staff = await requireStaff(request);
  const id = idParam.safeParse(params.placementId);
  if (!id.success) notFound();
  const { t } = await getT(request);
  const formData = await readFormData(request);
  const intent = staffPlacementIntentSchema.safeParse(formData.get("intent"));
  if (!intent.success) throw new Response("Bad Request", { status: 400 });

  let result: StepResult;
  switch (intent.data) {
    case "propose": {
      const parsed = parseForm(proposalSchema, formData, t);
      if (!parsed.ok) return json<FormFailure>(parsed.failure, { status: 400 });
      result = await proposePlacement(staff, id.data, parsed.data);
      break;
    }
    case "approve": {
      const parsed = parseForm(approveSchema, formData, t);
      if (!parsed.ok) return json<FormFailure>(parsed.failure, { status: 400 });
      result = await approvePlacement(staff, id.data, parsed.data);
      break;
    }
    case "extend": {
      const parsed = parseForm(extendSchema, formData, t);
      if (!parsed.ok) return json<FormFailure>(parsed.failure, { status: 400 });
      result = await extendPlacement(staff, id.data, parsed.data.extraWeeks, parsed.data.reason);
      break;
    }
    case "evaluate": {
      const parsed = parseForm(evaluationSchema, formData, t);
      if (!parsed.ok) return json<FormFailure>(parsed.failure, { status: 400 });
      result = await evaluatePlacement({ kind: "consultant", user: staff }, id.data, parsed.data);
      break;
    }
    case "cancel": {
      const parsed = parseForm(reasonSchema, formData, t);
      if (!parsed.ok) return json<FormFailure>(parsed.failure, { status: 400 });
      result = await cancelPlacement({ kind: "consultant", user: staff }, id.data, parsed.data.reason);
      break;
    }
    case "start":
      result = await startPlacement({ kind: "consultant", user: staff }, id.data);
      break;
    case "complete":
      result = await completePlacement(staff, id.data);
      break;
  }
  if (!result.ok) {
    if (result.error === "notFound") notFound();
    return json<FormFailure>(
      { errors: {}, formError: stepError(t, result), values: Object.fromEntries([...formData.entries()].map(([k, v]) => [k, String(v)])) },
      { status: 409 },
    );
  }
  nudgeJobWorker();
  return redirect(`/jobcenter/praktik/${id.data}`);
}

export default function StaffPlacement() {
  const { t, lang } = useT();
  const data = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const p = data.placement;
  const consultantEvaluated = data.evaluations.some((e) => e.party === "consultant");
  const groupOptions = targetGroups.map((g) => ({ value: g, label: t("praktik.group.label", { group: t(`praktik.group.${g}`), max: data.config[g] }) }));
  return (
    <>
      <p>
        <Link to="/jobcenter/praktik">← {t("praktik.title")}</Link>
      </p>
      <h1>
        {p.purpose === "retention" ? t("praktik.request.retentionFor", { name: p.employee_name ?? "" }) : t("praktik.request.hosting")}{" "}
        <StatusBadge status={p.status} />
      </h1>
      <p className="muted">
        {p.requester_name} · {t("praktik.staff.requestedAt")} <DateTime iso={p.requested_at} />
        {p.inquiry_id ? (
          <>
            {" "}
            · <Link to={`/jobcenter/henvendelser/${p.inquiry_id}`}>{t("praktik.staff.inquiry")}</Link>
          </>
        ) : null}
      </p>
      <ErrorSummary failure={failure} />
      <PlacementFacts
        placement={p}
        showTargetGroup
        place={
          p.host_name
            ? data.offer
              ? `${data.offer.title}, ${data.offer.company_name} (${data.offer.contact_name}, ${data.offer.contact_phone})`
              : `${p.candidate_name} → ${p.host_name}`
            : null
        }
        staffRep={p.staff_rep_name ? `${p.staff_rep_name}, ${p.staff_rep_consent_at ? formatDate(p.staff_rep_consent_at, lang) : ""}` : null}
      />

      {p.status === "requested" ? (
        <section aria-labelledby="propose-h">
          <h2 id="propose-h">{t("praktik.propose.title")}</h2>
          {data.search ? <BankSearchForm query={data.search.query} counts={data.search.counts} total={data.search.total} /> : null}
          <Form method="post" noValidate className="form">
            <input type="hidden" name="intent" value="propose" />
            {data.search ? (
              <fieldset className="form-group" id="field-offerId">
                <legend className="form-label">{t("praktik.propose.offer")}</legend>
                {data.search.offers.length === 0 ? <p>{t("praktik.bank.noResults")}</p> : null}
                <ul className="offer-list">
                  {data.search.offers.map((o) => (
                    <li key={o.id} className="offer-choice">
                      <input type="radio" name="offerId" id={`offer-choice-${o.id}`} value={o.id} aria-labelledby={`offer-${o.id}`} />
                      <label htmlFor={`offer-choice-${o.id}`} className="visually-hidden">
                        {t("praktik.propose.choose", { title: o.title })}
                      </label>
                      <OfferCard offer={o} />
                    </li>
                  ))}
                </ul>
                <Pager {...data.search.pager} total={data.search.total} />
              </fieldset>
            ) : (
              <TextField name="candidateName" label={t("praktik.propose.candidate")} hint={t("praktik.propose.candidateHint")} failure={failure} />
            )}
            <SelectField
              name="targetGroup"
              label={t("praktik.propose.group")}
              failure={failure}
              value={p.purpose === "retention" ? "sick_leave" : ""}
              options={[{ value: "", label: t("plan.choose") }, ...groupOptions]}
            />
            <div className="inline-fields">
              <DateField name="startDate" label={t("praktik.start")} defaultValue={p.wished_start} failure={failure} />
              <TextField
                name="weeks"
                label={t("praktik.request.weeks")}
                inputMode="numeric"
                className="input--short"
                defaultValue={String(p.wished_weeks)}
                failure={failure}
              />
              <TextField
                name="hours"
                label={t("praktik.request.hours")}
                inputMode="decimal"
                className="input--short"
                defaultValue={formatDecimal(p.wished_hours, lang)}
                failure={failure}
              />
            </div>
            <button type="submit" className="button button-primary">
              {t("praktik.propose.submit")}
            </button>
          </Form>
        </section>
      ) : null}

      {p.status === "accepted" ? (
        <Form method="post" noValidate className="card">
          <input type="hidden" name="intent" value="approve" />
          <h2>{t("praktik.approve.title")}</h2>
          <p>{t("praktik.approve.text")}</p>
          <TextField name="staffRepName" label={t("praktik.approve.staffRep")} failure={failure} />
          <DateField name="consentDate" label={t("praktik.approve.consentDate")} defaultValue={data.today} failure={failure} />
          <button type="submit" className="button button-primary">
            {t("praktik.approve.submit")}
          </button>
        </Form>
      ) : null}

      {p.status === "approved" ? (
        <Form method="post" className="card">
          <h2>{t("praktik.start")}</h2>
          <p>{t("praktik.staff.startText")}</p>
          <button type="submit" name="intent" value="start" className="button button-primary">
            {t("praktik.host.start")}
          </button>
        </Form>
      ) : null}

      {(p.status === "approved" || p.status === "active") && p.target_group ? (
        extendable[p.target_group] ? (
          <Form method="post" noValidate className="card">
            <input type="hidden" name="intent" value="extend" />
            <h2>{t("praktik.extend.title")}</h2>
            <p className="form-hint">{t("praktik.extend.hint", { max: data.config[p.target_group] })}</p>
            <TextField name="extraWeeks" label={t("praktik.extend.weeks")} inputMode="numeric" className="input--short" failure={failure} />
            <TextAreaField name="reason" label={t("praktik.extend.reason")} rows={2} maxLength={1000} failure={failure} />
            <button type="submit" className="button button-secondary">
              {t("praktik.extend.submit")}
            </button>
          </Form>
        ) : (
          <p className="form-hint">{t("praktik.extend.notForGroup")}</p>
        )
      ) : null}

      {(p.status === "active" || p.status === "completed") && !consultantEvaluated ? <EvaluationForm failure={failure} withOutcome /> : null}

      {p.status === "active" ? (
        <Form method="post" className="card">
          <h2>{t("praktik.complete.title")}</h2>
          <p>{t("praktik.complete.text")}</p>
          <button type="submit" name="intent" value="complete" className="button button-primary">
            {t("praktik.complete.submit")}
          </button>
        </Form>
      ) : null}

      {!["completed", "cancelled"].includes(p.status) ? <CancelPlacementForm failure={failure} /> : null}

      <PlacementRecord checkins={data.checkins} evaluations={data.evaluations} events={data.events} />
    </>
  );
}
