import { createElement, type FunctionComponent } from "react";
import { render, toPlainText } from "react-email";
import { emailTemplates, type EmailProps, type EmailTemplateName } from "~emails/index";
import type { DB } from "~db/index";
import { enqueueJob } from "~/models/job.server";
import { langsOfAddresses } from "~/models/user.server";
import type { Lang } from "~/utils/dates";
import { sendEmail, type MailAttachment } from "./mail.server";

export type EmailJobPayload = {
  template: EmailTemplateName;
  to: string[];
  props: unknown;
  headers?: Record<string, string>;
  /** Small files sent with the email (a meeting's .ics, a few kB); dropped from the job once delivered. */
  attachments?: MailAttachment[];
  /** The reader's language, decided when the email was queued; jobs queued before it existed are Danish. */
  lang?: Lang;
};

const addressesOf = (to: string | string[]) => [...new Set((Array.isArray(to) ? to : [to]).map((a) => a.toLowerCase()))];

/**
 * Puts an email in the outbox, inside the caller's transaction. Rendering and
 * sending happen after commit, in the job worker, in the language stored here
 * (Danish unless `lang` says otherwise).
 */
export async function enqueueEmail<N extends EmailTemplateName>(
  db: DB,
  email: {
    template: N;
    to: string | string[];
    props: EmailProps<N>;
    dedupeKey: string;
    headers?: Record<string, string>;
    attachments?: MailAttachment[];
    lang?: Lang;
  },
): Promise<void> {
  const payload: EmailJobPayload = {
    template: email.template,
    to: addressesOf(email.to),
    props: email.props,
    headers: email.headers,
    ...(email.attachments?.length ? { attachments: email.attachments } : {}),
    lang: email.lang === "en" ? "en" : "da",
  };
  await enqueueJob(db, { kind: "email", payload, dedupeKey: `email:${email.dedupeKey}` });
}

/**
 * An email in each recipient's own language: an address that belongs to a
 * user gets the language that user chose (`users.lang`), any other address
 * `otherwise` (Danish unless the caller knows better, e.g. the language of the
 * request that caused the email). Recipients are grouped by language, one
 * email per group; the Danish group keeps the dedupe key as given, the English
 * one gets `:en` after it, so repeating the transaction still sends nothing twice.
 * `props` is asked for each language, so dates and labels can be written in it.
 */
export async function enqueueEmailInTheirLanguage<N extends EmailTemplateName>(
  db: DB,
  email: {
    template: N;
    to: string | string[];
    props: (lang: Lang) => EmailProps<N>;
    dedupeKey: string;
    headers?: Record<string, string>;
    attachments?: MailAttachment[];
    otherwise?: Lang;
  },
): Promise<void> {
  const to = addressesOf(email.to);
  const chosen = await langsOfAddresses(db, to);
  for (const lang of ["da", "en"] as const) {
    const group = to.filter((a) => (chosen.get(a) ?? email.otherwise ?? "da") === lang);
    if (group.length === 0) continue;
    await enqueueEmail(db, {
      template: email.template,
      to: group,
      props: email.props(lang),
      headers: email.headers,
      attachments: email.attachments,
      lang,
      dedupeKey: lang === "da" ? email.dedupeKey : `${email.dedupeKey}:en`,
    });
  }
}

export async function renderEmail<N extends EmailTemplateName>(name: N, props: EmailProps<N>, lang: Lang = "da") {
  const { Component, subject } = emailTemplates[name] as unknown as {
    Component: FunctionComponent<Record<string, unknown>>;
    subject: (p: EmailProps<N>, lang: Lang) => string;
  };
  const html = await render(createElement(Component, { ...(props as Record<string, unknown>), lang }));
  return { subject: subject(props, lang), html, text: toPlainText(html) };
}

export class PermanentJobError extends Error {}

/** Try again after a given time (a rate limit), not as a failed attempt. */
export class RetryLaterError extends Error {
  constructor(
    message: string,
    readonly afterMs: number,
  ) {
    super(message);
  }
}

/** The email job: render, send with the job's dedupe key as the idempotency key. */
export async function deliverEmailJob(payload: EmailJobPayload, idempotencyKey: string): Promise<void> {
  const rendered = await renderEmail(payload.template, payload.props as never, payload.lang === "en" ? "en" : "da");
  const result = await sendEmail({ to: payload.to, ...rendered, headers: payload.headers, attachments: payload.attachments }, idempotencyKey);
  if (!result.ok) {
    if (result.retryable) throw new Error(result.error);
    throw new PermanentJobError(result.error);
  }
}
