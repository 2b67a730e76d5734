import { createElement, type FunctionComponent } from "react";
import { render, toPlainText } from "react-email";
import { emailTemplates, type EmailProps, type EmailTemplateName } from "~emails/index";
import type { DB } from "~db/index";
import { enqueueJob } from "~/models/job.server";
import { sendEmail } from "./mail.server";

export type EmailJobPayload = {
  template: EmailTemplateName;
  to: string[];
  props: unknown;
  headers?: Record<string, string>;
};

/**
 * Puts an email in the outbox, inside the caller's transaction. Rendering and
 * sending happen after commit, in the job worker.
 */
export async function enqueueEmail<N extends EmailTemplateName>(
  db: DB,
  email: { template: N; to: string | string[]; props: EmailProps<N>; dedupeKey: string; headers?: Record<string, string> },
): Promise<void> {
  const to = [...new Set((Array.isArray(email.to) ? email.to : [email.to]).map((a) => a.toLowerCase()))];
  const payload: EmailJobPayload = { template: email.template, to, props: email.props, headers: email.headers };
  await enqueueJob(db, { kind: "email", payload, dedupeKey: `email:${email.dedupeKey}` });
}

export async function renderEmail<N extends EmailTemplateName>(name: N, props: EmailProps<N>) {
  const { Component, subject } = emailTemplates[name] as unknown as {
    Component: FunctionComponent<Record<string, unknown>>;
    subject: (p: EmailProps<N>) => string;
  };
  const html = await render(createElement(Component, props as Record<string, unknown>));
  return { subject: subject(props), html, text: toPlainText(html) };
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
  const rendered = await renderEmail(payload.template, payload.props as never);
  const result = await sendEmail({ to: payload.to, ...rendered, headers: payload.headers }, idempotencyKey);
  if (!result.ok) {
    if (result.retryable) throw new Error(result.error);
    throw new PermanentJobError(result.error);
  }
}
