import { Resend } from "resend";
import { db } from "~db/index";
import { nowIso } from "~/utils/clock";
import { newId } from "~/utils/crypto.server";
import { env, usesLocalMailbox } from "~/utils/env.server";

export type OutgoingEmail = {
  to: string[];
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
  attachments?: MailAttachment[];
};

/** A file sent with an email (a meeting's .ics): the content as base64, as Resend's API takes it. */
export type MailAttachment = { filename: string; contentType: string; content: string };

export type SendResult = { ok: true; id: string } | { ok: false; error: string; retryable: boolean };

let client: Resend | null = null;

function resend(): Resend {
  // The SDK reads RESEND_BASE_URL when constructed, so any Resend-compatible endpoint works.
  client ??= new Resend(env().RESEND_API_KEY);
  return client;
}

/**
 * Checks a Resend webhook with the SDK's own verifier (Standard Webhooks: the
 * signature over the raw body, timestamp within 5 minutes). Throws when wrong or stale.
 */
export function verifyResendWebhook(payload: string, headers: { id: string; timestamp: string; signature: string }, webhookSecret: string): void {
  // Verifying needs no API key: without one (the demo) a client that only verifies will do.
  const verifier = env().RESEND_API_KEY ? resend() : new Resend("re_verify_only");
  verifier.webhooks.verify({ payload, headers, webhookSecret });
}

/** Tests only: forget the client so a changed environment is read again. */
export function resetMailClient(): void {
  client = null;
}

/**
 * The one place mail leaves the portal. The idempotency key makes a retry of
 * the same email a no-op at Resend (and in the local mailbox).
 */
export async function sendEmail(email: OutgoingEmail, idempotencyKey: string): Promise<SendResult> {
  if (usesLocalMailbox()) return deliverToLocalMailbox(email, idempotencyKey);
  try {
    const { data, error } = await resend().emails.send(
      {
        from: env().MAIL_FROM,
        to: email.to,
        subject: email.subject,
        html: email.html,
        text: email.text,
        headers: email.headers,
        ...(email.attachments?.length
          ? { attachments: email.attachments.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })) }
          : {}),
      },
      { idempotencyKey },
    );
    if (error) {
      const status = (error as { statusCode?: number | null }).statusCode ?? null;
      // Validation errors will fail again; rate limits, server errors and network failures may not.
      const retryable = status === null || status === 429 || status >= 500 || error.name === "application_error";
      return { ok: false, error: `${error.name}: ${error.message}`, retryable };
    }
    return { ok: true, id: data?.id ?? "" };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e), retryable: true };
  }
}

export type BatchResult = { ok: true; ids: string[] } | { ok: false; error: string; retryable: boolean; retryAfterSeconds?: number };

/**
 * Up to 100 emails in one call to Resend's batch endpoint. The idempotency key
 * makes a repeated call (a retry, a crash and resume) a no-op that answers the
 * same ids. 429 answers carry Retry-After, which the caller waits out.
 */
export async function sendBatch(emails: OutgoingEmail[], idempotencyKey: string): Promise<BatchResult> {
  if (usesLocalMailbox()) {
    const ids: string[] = [];
    for (const [i, email] of emails.entries()) {
      const result = await deliverToLocalMailbox(email, `${idempotencyKey}:${i}`);
      if (result.ok) ids.push(result.id);
    }
    return { ok: true, ids };
  }
  try {
    const response = await resend().batch.send(
      emails.map((e) => ({ from: env().MAIL_FROM, to: e.to, subject: e.subject, html: e.html, text: e.text, headers: e.headers })),
      { idempotencyKey },
    );
    const { data, error } = response;
    if (error) {
      const status = (error as { statusCode?: number | null }).statusCode ?? null;
      const headers = (response as { headers?: Record<string, string> | null }).headers ?? {};
      const retryAfter = Number(headers["retry-after"] ?? "");
      const retryable = status === null || status === 429 || status >= 500 || error.name === "application_error" || error.name === "rate_limit_exceeded";
      return {
        ok: false,
        error: `${error.name}: ${error.message}`,
        retryable,
        retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
      };
    }
    return { ok: true, ids: (data?.data ?? []).map((d) => d.id) };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e), retryable: true };
  }
}

async function deliverToLocalMailbox(email: OutgoingEmail, idempotencyKey: string): Promise<SendResult> {
  const id = newId();
  await db
    .insertInto("dev_mailbox")
    .values({
      id,
      idempotency_key: idempotencyKey,
      from_address: env().MAIL_FROM,
      to_address: email.to.join(", "),
      subject: email.subject,
      html: email.html,
      text: email.text,
      headers: email.headers ? JSON.stringify(email.headers) : null,
      attachments: email.attachments?.length ? JSON.stringify(email.attachments) : null,
      created_at: nowIso(),
    })
    .onConflict((oc) => oc.column("idempotency_key").doNothing())
    .execute();
  return { ok: true, id };
}

export async function listLocalMailbox(limit = 100) {
  return db.selectFrom("dev_mailbox").selectAll().orderBy("created_at", "desc").orderBy("id").limit(limit).execute();
}

export async function findLocalMail(id: string) {
  return db.selectFrom("dev_mailbox").selectAll().where("id", "=", id).executeTakeFirst();
}
