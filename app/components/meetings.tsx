import { Form, useSearchParams } from "@remix-run/react";
import type { MessageKey } from "~/utils/i18n";
import { useT } from "~/utils/i18n";
import { formatDateShort, formatMeetingWhen } from "~/utils/dates";
import { Alert, CheckboxField, ErrorSummary, RadioGroup, SelectField, TextAreaField, TextField } from "./forms";
import type { FormFailure } from "~/utils/forms";

/** Meetings as the parties see them: the list with the referat, the booking form, move/cancel and the employee's answer. */
export type MeetingItem = {
  id: string;
  kind: string;
  form: string;
  location: string | null;
  videoUrl: string | null;
  startsAt: string;
  status: string;
  employeeResponse: string;
  unionRepName: string | null;
  cancelReason: string | null;
  employerPresent: boolean | null;
  summary: string | null;
  consultantName: string;
  late: boolean;
  canChange: boolean;
};
export type SlotItem = { consultantId: string; startsAt: string; consultantName: string; forms: string[] };
export type Failure = (FormFailure & { intent?: string; meetingId?: string; healthWords?: string[] }) | null | undefined;

const statusBadge: Record<string, string> = { booked: "badge badge-info", held: "badge badge-success", cancelled: "badge" };

const doneMessages: [string, MessageKey][] = [
  ["booket", "meetings.book.done"],
  ["flyttet", "meetings.change.moved"],
  ["aflyst", "meetings.change.cancelled"],
  ["svaret", "meetings.respond.done"],
];

/** The success message after a booking, a move, a cancellation or an answer (the action redirects with ?booket=1 etc.). */
export function MeetingDoneNotice() {
  const { t } = useT();
  const [params] = useSearchParams();
  const done = doneMessages.find(([param]) => params.get(param));
  return done ? (
    <Alert variant="success" role="status">
      {t(done[1])}
    </Alert>
  ) : null;
}

export function MeetingList({
  meetings,
  firstConversationDue,
  cutoffHours,
  moveSlots,
  failure,
  employee,
}: {
  meetings: MeetingItem[];
  firstConversationDue: string | null;
  cutoffHours: number;
  /** Free slots to move each meeting to, by meeting id. */
  moveSlots?: Record<string, SlotItem[]>;
  failure: Failure;
  employee?: boolean;
}) {
  const { t, lang } = useT();
  if (meetings.length === 0) return <p>{t("meetings.none")}</p>;
  return (
    <ul className="nobullet-list meeting-list">
      {meetings.map((m) => {
        const mine = failure?.meetingId === m.id ? failure : null;
        return (
          <li key={m.id} className="card meeting" data-testid="meeting">
            <div className="card-content">
              <h3 className="h4">
                {t(`meetings.kind.${m.kind}` as MessageKey)} – {formatMeetingWhen(m.startsAt, lang)}
              </h3>
              <p>
                <span className={statusBadge[m.status] ?? "badge"}>{t(`meetings.status.${m.status}` as MessageKey)}</span>{" "}
                {m.status === "booked" ? <span>{t(`meetings.response.${m.employeeResponse}` as MessageKey)}</span> : null}
              </p>
              <dl className="summary">
                <div>
                  <dt>{t("meetings.form")}</dt>
                  <dd>
                    {t(`meetings.form.${m.form}` as MessageKey)}
                    {m.location ? `, ${m.location}` : ""}
                    {m.videoUrl ? (
                      <>
                        {" "}
                        <a href={m.videoUrl}>{m.videoUrl}</a>
                      </>
                    ) : null}
                  </dd>
                </div>
                <div>
                  <dt>{t("meetings.consultant")}</dt>
                  <dd>{m.consultantName}</dd>
                </div>
                {m.unionRepName ? (
                  <div>
                    <dt>{t("meetings.unionRep")}</dt>
                    <dd>{m.unionRepName}</dd>
                  </div>
                ) : null}
                {m.cancelReason ? (
                  <div>
                    <dt>{t("meetings.cancelReason")}</dt>
                    <dd>{m.cancelReason}</dd>
                  </div>
                ) : null}
              </dl>
              {m.late && firstConversationDue ? (
                <p>
                  <span className="badge badge-warning" data-testid="meeting-late">
                    {t("meetings.late", { date: formatDateShort(firstConversationDue, lang) })}
                  </span>
                </p>
              ) : null}
              {m.summary ? (
                <section aria-label={t("meetings.summary")}>
                  <h4 className="h5">{t("meetings.summary")}</h4>
                  <p className="pre-line" data-testid="meeting-summary">
                    {m.summary}
                  </p>
                  <p className="muted">{m.employerPresent ? t("meetings.employerPresent") : t("meetings.employerAbsent")}</p>
                </section>
              ) : null}
              {employee && m.status === "booked" && m.employeeResponse === "pending" ? <RespondForm meetingId={m.id} failure={mine} /> : null}
              {m.canChange ? <ChangeForm meetingId={m.id} slots={moveSlots?.[m.id]} cutoffHours={cutoffHours} failure={mine} /> : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

function HealthHold({ failure }: { failure: Failure }) {
  const { t } = useT();
  if (!failure?.healthWords?.length) return null;
  return (
    <>
      <Alert variant="warning">
        <h4 className="alert-heading">{t("meetings.health.title")}</h4>
        <p>{t("meetings.health.found", { words: failure.healthWords.join(", ") })}</p>
      </Alert>
      <CheckboxField name="confirmHealth" label={t("meetings.health.confirm")} failure={null} />
    </>
  );
}

function RespondForm({ meetingId, failure }: { meetingId: string; failure: Failure }) {
  const { t } = useT();
  return (
    <Form method="post" noValidate className="meeting-respond">
      <h4 className="h5">{t("meetings.respond.title")}</h4>
      <input type="hidden" name="meetingId" value={meetingId} />
      {failure?.formError ? <Alert variant="error">{failure.formError}</Alert> : null}
      <TextAreaField name="reason" label={t("meetings.respond.reason")} optional rows={2} maxLength={500} failure={failure} />
      <HealthHold failure={failure} />
      <div className="button-row">
        <button type="submit" name="intent" value="accept" className="button button-primary">
          {t("meetings.respond.accept")}
        </button>{" "}
        <button type="submit" name="intent" value="decline" className="button button-secondary">
          {t("meetings.respond.decline")}
        </button>
      </div>
    </Form>
  );
}

function ChangeForm({ meetingId, slots, cutoffHours, failure }: { meetingId: string; slots?: SlotItem[]; cutoffHours: number; failure: Failure }) {
  const { t, lang } = useT();
  return (
    <details className="meeting-change" open={Boolean(failure)}>
      <summary>{t("meetings.change.title")}</summary>
      <p className="form-hint">{t("meetings.change.cutoff", { hours: cutoffHours })}</p>
      <Form method="post" noValidate>
        <input type="hidden" name="meetingId" value={meetingId} />
        {failure?.formError ? <Alert variant="error">{failure.formError}</Alert> : null}
        {slots?.length ? (
          <SelectField
            name="slot"
            label={t("meetings.change.newSlot")}
            optional
            failure={failure}
            options={[
              { value: "", label: "—" },
              ...slots.map((s) => ({ value: `${s.consultantId}|${s.startsAt}`, label: formatMeetingWhen(s.startsAt, lang) })),
            ]}
          />
        ) : null}
        <TextAreaField name="reason" label={t("meetings.change.reason")} rows={2} maxLength={500} failure={failure} />
        <HealthHold failure={failure} />
        <div className="button-row">
          {slots?.length ? (
            <>
              <button type="submit" name="intent" value="move" className="button button-secondary">
                {t("meetings.change.move")}
              </button>{" "}
            </>
          ) : null}
          <button type="submit" name="intent" value="cancel" className="button button-secondary">
            {t("meetings.change.cancel")}
          </button>
        </div>
      </Form>
    </details>
  );
}

/** Step 1 (GET): the kind; step 2 (POST): a free slot, the form and the details. */
export function BookingSection({
  kind,
  slots,
  failure,
  showRoundTable = true,
}: {
  kind: string | null;
  slots: SlotItem[] | null;
  failure: Failure;
  showRoundTable?: boolean;
}) {
  const { t, lang } = useT();
  const bookFailure = failure?.intent === "book" ? failure : null;
  const kinds = ["first_conversation", "follow_up", ...(showRoundTable ? ["round_table"] : [])];
  const forms = kind === "round_table" ? ["workplace", "jobcenter"] : ["workplace", "jobcenter", "video", "phone"];
  return (
    <section aria-labelledby="book-title">
      <h2 id="book-title">{t("meetings.book.title")}</h2>
      <Form method="get" className="meeting-kind">
        <RadioGroup
          name="type"
          legend={t("meetings.book.chooseKind")}
          defaultValue={kind ?? undefined}
          options={kinds.map((k) => ({
            value: k,
            label: t(`meetings.kind.${k}` as MessageKey),
            hint: k === "round_table" ? t("meetings.kind.round_table.hint") : undefined,
          }))}
        />
        <button type="submit" className="button button-secondary">
          {t("meetings.book.showTimes")}
        </button>
      </Form>
      {kind && slots ? (
        slots.length === 0 ? (
          <p>{t("meetings.book.noSlots")}</p>
        ) : (
          <Form method="post" noValidate className="meeting-book">
            <ErrorSummary failure={bookFailure} />
            <input type="hidden" name="kind" value={kind} />
            <RadioGroup
              name="slot"
              legend={t("meetings.book.slot")}
              failure={bookFailure}
              options={slots.map((s) => ({
                value: `${s.consultantId}|${s.startsAt}`,
                label: formatMeetingWhen(s.startsAt, lang),
                hint: s.consultantName,
              }))}
            />
            <RadioGroup
              name="form"
              legend={t("meetings.form")}
              failure={bookFailure}
              defaultValue={forms[0]}
              options={forms.map((f) => ({ value: f, label: t(`meetings.form.${f}` as MessageKey) }))}
            />
            <TextField
              name="location"
              label={t("meetings.book.location")}
              hint={t("meetings.book.locationHint")}
              optional
              maxLength={200}
              failure={bookFailure}
            />
            {kind !== "round_table" ? (
              <TextField
                name="videoUrl"
                label={t("meetings.book.videoUrl")}
                hint={t("meetings.book.videoUrlHint")}
                optional
                maxLength={300}
                failure={bookFailure}
                type="url"
              />
            ) : (
              <TextField
                name="unionRepName"
                label={t("meetings.book.unionRep")}
                hint={t("meetings.book.unionRepHint")}
                optional
                maxLength={120}
                failure={bookFailure}
              />
            )}
            <button type="submit" name="intent" value="book" className="button button-primary">
              {t("meetings.book.submit")}
            </button>
          </Form>
        )
      ) : null}
    </section>
  );
}
