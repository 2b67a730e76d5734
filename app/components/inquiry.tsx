import type { InquiryMessageKind } from "~db/schema";
import { formatDuration } from "~/utils/dates";
import { useT } from "~/utils/i18n";
import { DateOnly, DateTime, DeadlineBadge } from "./time";

type Message = {
  id: string;
  kind: InquiryMessageKind;
  body: string;
  created_at: string;
  author_name: string | null;
  handed_to_name?: string | null;
};

/** Answers (and, for staff, internal notes and handovers) in time order. */
export function InquiryThread({ messages, staffView = false }: { messages: Message[]; staffView?: boolean }) {
  const { t } = useT();
  if (messages.length === 0) return <p>{t("inquiry.noMessages")}</p>;
  return (
    <ol className="messages">
      {messages.map((m) => (
        <li key={m.id} className={`message message--${m.kind}`} data-testid={`message-${m.kind}`}>
          <p className="message-meta">
            <strong>{t(`message.kind.${m.kind}`)}</strong>
            {m.kind === "handover" && m.handed_to_name ? ` ${t("message.handedTo", { name: m.handed_to_name })}` : ""} · {m.author_name ?? "–"},{" "}
            <DateTime iso={m.created_at} />
            {staffView && (m.kind === "note" || m.kind === "handover") ? (
              <>
                {" "}
                <span className="badge">{t("message.internal")}</span>
              </>
            ) : null}
          </p>
          <p className="message-body">{m.body}</p>
        </li>
      ))}
    </ol>
  );
}

/** The promise and, once answered, how long it took. */
export function AnswerStatus({
  receivedAt,
  dueAt,
  firstAnsweredAt,
  firstAnswerKind,
  now,
}: {
  receivedAt: string;
  dueAt: string;
  firstAnsweredAt: string | null;
  firstAnswerKind?: string | null;
  now: string;
}) {
  const { t, lang } = useT();
  if (firstAnsweredAt) {
    return (
      <p data-testid="answered">
        {firstAnswerKind === "call" ? t("case.answer.answeredByPhone") : t("case.answer.answered")} <DateTime iso={firstAnsweredAt} />,{" "}
        {t("case.answer.after", { duration: formatDuration(Date.parse(firstAnsweredAt) - Date.parse(receivedAt), lang) })}{" "}
        <DeadlineBadge dueAt={dueAt} now={now} answeredAt={firstAnsweredAt} />
      </p>
    );
  }
  return (
    <p className="promise-text" data-testid="promise">
      {t("case.answer.promise")}{" "}
      <strong>
        <DateTime iso={dueAt} />
      </strong>{" "}
      <DeadlineBadge dueAt={dueAt} now={now} />
    </p>
  );
}

type CompanyInquiry = {
  received_at: string;
  due_at: string;
  first_answered_at: string | null;
  first_answer_kind?: string | null;
  contact_name: string | null;
  message: string | null;
};

/** What the company sees of its inquiry: the promise or the answer, the thread, and its own message. */
export function CompanyInquiryView({
  inquiry: i,
  messages,
  now,
  contactNote,
}: {
  inquiry: CompanyInquiry;
  messages: Message[];
  now: string;
  contactNote?: string;
}) {
  const { t } = useT();
  return (
    <>
      <section className="card promise" aria-labelledby="answer-heading">
        <h2 id="answer-heading">{t("case.answer.title")}</h2>
        <AnswerStatus receivedAt={i.received_at} dueAt={i.due_at} firstAnsweredAt={i.first_answered_at} firstAnswerKind={i.first_answer_kind} now={now} />
        <InquiryThread messages={messages} />
      </section>
      <h2>{t("companyInquiries.yourMessage")}</h2>
      <p className="muted">
        <DateTime iso={i.received_at} /> · {i.contact_name}
        {contactNote ? ` · ${contactNote}` : ""}
      </p>
      <p className="message-body">{i.message}</p>
    </>
  );
}

/** The company's named consultant: who answers, and how to reach them. */
export function ContactCard({ contact }: { contact: { name: string; phone: string | null; email: string; away_until: string | null } | null }) {
  const { t } = useT();
  return (
    <aside className="card contact-card" aria-labelledby="contact-card-title">
      <h2 id="contact-card-title">{t("contact.yourConsultant")}</h2>
      {contact ? (
        <>
          <p>
            <strong data-testid="contact-name">{contact.name}</strong>
          </p>
          <p>
            {contact.phone ? (
              <>
                {t("field.phone")}: <a href={`tel:${contact.phone.replace(/\s/g, "")}`}>{contact.phone}</a>
                <br />
              </>
            ) : null}
            {t("field.email")}: <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </p>
          {contact.away_until ? (
            <p className="muted">
              {t("contact.awayUntil")} <DateOnly date={contact.away_until} />. {t("contact.teamCovers")}
            </p>
          ) : null}
        </>
      ) : (
        <p>{t("contact.none")}</p>
      )}
    </aside>
  );
}
