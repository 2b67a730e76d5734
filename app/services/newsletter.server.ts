import { z } from "zod";
import { sql } from "kysely";
import type { PageRequest } from "~/domain/cursor";
import { keysetPage } from "~/models/keyset.server";
import { db } from "~db/index";
import { suppressionKey } from "~/models/retention.server";
import type { NewsletterIssue, Subscriber } from "~db/schema";
import { writeAudit, userActor } from "~/models/audit.server";
import { cancelPendingJobs, enqueueJob } from "~/models/job.server";
import { allowHit } from "~/models/rateLimit.server";
import type { SessionUser, StaffUser } from "~/models/user.server";
import { DAY, MINUTE, now, nowIso } from "~/utils/clock";
import { hmac, newId, newToken, safeEqual, sha256 } from "~/utils/crypto.server";
import { copenhagenDate, type Lang } from "~/utils/dates";
import { env } from "~/utils/env.server";
import { sendBatch, verifyResendWebhook } from "./mail.server";
import { enqueueEmail, PermanentJobError, renderEmail, RetryLaterError } from "./outbox.server";
import type { NewsletterSection } from "~emails/newsletter";

export const CONFIRM_DAYS = 7;
export const BATCH_SIZE = 100;
const UNSUBSCRIBE_PLACEHOLDER = "https://unsubscribe.invalid/%%TOKEN%%";

const url = (path: string) => `${env().APP_URL}${path}`;

// ---- Subscribing (double opt-in) -------------------------------------------------------------

export type SubscribeInput = { name: string; email: string; company?: string; cvr?: string };

/**
 * The same answer whether or not the address is known: a new or pending
 * address gets a confirmation link (valid 7 days); a confirmed one a harmless
 * notice; nothing reaches an address before it is confirmed.
 */
export async function subscribe(input: SubscribeInput, ip: string, lang: Lang = "da"): Promise<{ ok: true } | { ok: false; error: "rateLimited" }> {
  return db.transaction().execute(async (trx) => {
    if (!(await allowHit(trx, `newsletter:ip:${ip}`, 20, 60 * MINUTE)) || !(await allowHit(trx, `newsletter:email:${input.email}`, 5, 60 * MINUTE))) {
      return { ok: false, error: "rateLimited" } as const;
    }
    const existing = await trx.selectFrom("subscribers").selectAll().where("email", "=", input.email).executeTakeFirst();
    if (existing?.status === "confirmed") {
      if (!existing.suppressed_at) {
        await enqueueEmail(trx, {
          template: "newsletter-confirm",
          to: existing.email,
          props: { name: input.name, url: url("/nyhedsbrev"), days: CONFIRM_DAYS, already: true },
          dedupeKey: `newsletter-already:${existing.id}:${copenhagenDate(now())}`,
          lang,
        });
      }
      return { ok: true } as const;
    }
    const token = newToken();
    const at = nowIso();
    const fields = {
      name: input.name,
      company: input.company ?? existing?.company ?? null,
      cvr: input.cvr ?? existing?.cvr ?? null,
      status: "pending" as const,
      confirm_token_hash: sha256(token),
      confirm_expires_at: new Date(now().getTime() + CONFIRM_DAYS * DAY).toISOString(),
      updated_at: at,
    };
    const id = existing?.id ?? newId();
    if (existing) await trx.updateTable("subscribers").set(fields).where("id", "=", id).execute();
    else {
      await trx
        .insertInto("subscribers")
        .values({ id, email: input.email, ...fields, source: "form", created_at: at })
        .execute();
    }
    // A bounced or complained address gets nothing, but the page says the same.
    if (!existing?.suppressed_at) {
      await enqueueEmail(trx, {
        template: "newsletter-confirm",
        to: input.email,
        props: { name: input.name, url: url(`/nyhedsbrev/bekraeft?t=${token}`), days: CONFIRM_DAYS, already: false },
        dedupeKey: `newsletter-confirm:${id}:${fields.confirm_token_hash}`,
        lang,
      });
    }
    return { ok: true } as const;
  });
}

export async function findByConfirmToken(token: string) {
  return db.selectFrom("subscribers").selectAll().where("confirm_token_hash", "=", sha256(token)).executeTakeFirst();
}

export async function confirmSubscription(token: string): Promise<"confirmed" | "expired" | "unknown"> {
  return db.transaction().execute(async (trx) => {
    const s = await trx.selectFrom("subscribers").selectAll().where("confirm_token_hash", "=", sha256(token)).executeTakeFirst();
    if (!s) return "unknown" as const;
    if (!s.confirm_expires_at || s.confirm_expires_at < nowIso()) return "expired" as const;
    await trx
      .updateTable("subscribers")
      .set({ status: "confirmed", confirmed_at: nowIso(), confirm_token_hash: null, confirm_expires_at: null, unsubscribed_at: null, updated_at: nowIso() })
      .where("id", "=", s.id)
      .execute();
    await writeAudit(trx, { actor: { kind: "system", id: null }, action: "subscriber.confirmed", entityType: "subscriber", entityId: s.id });
    return "confirmed" as const;
  });
}

// ---- Unsubscribing (RFC 8058 one-click) ----------------------------------------------------------

export function unsubscribeToken(subscriberId: string): string {
  return `${subscriberId}.${hmac(subscriberId, "unsubscribe")}`;
}

export function unsubscribeUrl(subscriberId: string): string {
  return url(`/nyhedsbrev/afmeld?t=${unsubscribeToken(subscriberId)}`);
}

/** The subscriber a signed token names, or null for anything forged. */
export async function subscriberFromToken(token: string): Promise<Subscriber | null> {
  const [id, sig] = token.split(".");
  if (!id || !sig || !/^[A-Za-z0-9_-]{8,64}$/.test(id) || !safeEqual(sig, hmac(id, "unsubscribe"))) return null;
  return (await db.selectFrom("subscribers").selectAll().where("id", "=", id).executeTakeFirst()) ?? null;
}

export async function unsubscribe(subscriberId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const r = await trx
      .updateTable("subscribers")
      .set({ status: "unsubscribed", unsubscribed_at: nowIso(), updated_at: nowIso() })
      .where("id", "=", subscriberId)
      .where("status", "!=", "unsubscribed")
      .executeTakeFirst();
    if (Number(r.numUpdatedRows))
      await writeAudit(trx, { actor: { kind: "system", id: null }, action: "subscriber.unsubscribed", entityType: "subscriber", entityId: subscriberId });
  });
}

/** From the signed link of an earlier email: the address is proven, so no new confirmation is needed. */
export async function resubscribe(subscriberId: string): Promise<void> {
  await db
    .updateTable("subscribers")
    .set({ status: "confirmed", confirmed_at: nowIso(), unsubscribed_at: null, updated_at: nowIso() })
    .where("id", "=", subscriberId)
    .execute();
}

/** A signed-in portal user (whose address sign-in has proven) subscribes or leaves in one click. */
export async function setProfileSubscription(user: SessionUser, on: boolean): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom("subscribers").selectAll().where("email", "=", user.email).executeTakeFirst();
    const at = nowIso();
    if (on) {
      if (existing) {
        await trx
          .updateTable("subscribers")
          .set({
            status: "confirmed",
            confirmed_at: existing.confirmed_at ?? at,
            unsubscribed_at: null,
            user_id: user.id,
            confirm_token_hash: null,
            confirm_expires_at: null,
            updated_at: at,
          })
          .where("id", "=", existing.id)
          .execute();
      } else {
        await trx
          .insertInto("subscribers")
          .values({
            id: newId(),
            email: user.email,
            name: user.name,
            company: user.companyName,
            status: "confirmed",
            source: "profile",
            confirmed_at: at,
            user_id: user.id,
            created_at: at,
            updated_at: at,
          })
          .execute();
      }
    } else if (existing) {
      await trx.updateTable("subscribers").set({ status: "unsubscribed", unsubscribed_at: at, updated_at: at }).where("id", "=", existing.id).execute();
    }
    await writeAudit(trx, {
      actor: userActor(user),
      action: on ? "subscriber.profile_on" : "subscriber.profile_off",
      entityType: "user",
      entityId: user.id,
      companyId: user.companyId,
    });
  });
}

export async function profileSubscription(email: string) {
  const s = await db.selectFrom("subscribers").select(["status", "suppressed_at"]).where("email", "=", email).executeTakeFirst();
  return s?.status === "confirmed" && !s.suppressed_at;
}

// ---- Writing issues ---------------------------------------------------------------------------------

export type IssueInput = { title: string; preview: string; sections: NewsletterSection[] };

export function sectionsOf(issue: Pick<NewsletterIssue, "sections">): NewsletterSection[] {
  return JSON.parse(issue.sections) as NewsletterSection[];
}

export async function createIssue(staff: StaffUser, input: IssueInput) {
  const at = nowIso();
  const row = {
    id: newId(),
    title: input.title,
    preview: input.preview,
    sections: JSON.stringify(input.sections),
    status: "draft" as const,
    scheduled_at: null,
    slug: null,
    rendered_html: null,
    rendered_text: null,
    recipients: null,
    send_started_at: null,
    sent_at: null,
    created_by: staff.id,
    created_at: at,
    updated_at: at,
  };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto("newsletter_issues").values(row).execute();
    await writeAudit(trx, { actor: userActor(staff), action: "newsletter.created", entityType: "newsletter_issue", entityId: row.id });
  });
  return row;
}

/** Drafts (and scheduled issues, which go back to draft) can change; a sending or sent issue cannot. */
export async function updateIssue(staff: StaffUser, id: string, input: IssueInput): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const issue = await trx.selectFrom("newsletter_issues").selectAll().where("id", "=", id).executeTakeFirst();
    if (!issue || (issue.status !== "draft" && issue.status !== "scheduled")) return false;
    await cancelPendingJobs(trx, issue.scheduled_at ? [prepareKey(id, issue.scheduled_at)] : []);
    await trx
      .updateTable("newsletter_issues")
      .set({ title: input.title, preview: input.preview, sections: JSON.stringify(input.sections), status: "draft", scheduled_at: null, updated_at: nowIso() })
      .where("id", "=", id)
      .execute();
    await writeAudit(trx, { actor: userActor(staff), action: "newsletter.updated", entityType: "newsletter_issue", entityId: id });
    return true;
  });
}

const prepareKey = (issueId: string, at: string) => `newsletter:prepare:${issueId}:${at}`;

/** Send at a time (or now): the recipients are taken when it is time, so later sign-ups and unsubscribes count. */
export async function scheduleIssue(staff: StaffUser, id: string, at: Date): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const issue = await trx.selectFrom("newsletter_issues").selectAll().where("id", "=", id).executeTakeFirst();
    if (!issue || (issue.status !== "draft" && issue.status !== "scheduled")) return false;
    if (issue.scheduled_at) await cancelPendingJobs(trx, [prepareKey(id, issue.scheduled_at)]);
    const when = at.toISOString();
    await trx.updateTable("newsletter_issues").set({ status: "scheduled", scheduled_at: when, updated_at: nowIso() }).where("id", "=", id).execute();
    await enqueueJob(trx, { kind: "newsletter.prepare", payload: { issueId: id, at: when }, dedupeKey: prepareKey(id, when), runAt: at });
    await writeAudit(trx, { actor: userActor(staff), action: "newsletter.scheduled", entityType: "newsletter_issue", entityId: id, meta: { at: when } });
    return true;
  });
}

export async function renderIssue(issue: Pick<NewsletterIssue, "title" | "preview" | "sections">, unsubscribe: string) {
  return renderEmail("newsletter", {
    title: issue.title,
    preview: issue.preview,
    sections: sectionsOf(issue),
    unsubscribeUrl: unsubscribe,
    archiveUrl: url("/nyhedsbrev/arkiv"),
  });
}

/** A test to the writer's own address, through the ordinary outbox. */
export async function sendTestIssue(staff: StaffUser, id: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const issue = await trx.selectFrom("newsletter_issues").selectAll().where("id", "=", id).executeTakeFirst();
    if (!issue) return false;
    await enqueueEmail(trx, {
      template: "newsletter",
      to: staff.email,
      props: {
        title: `[TEST] ${issue.title}`,
        preview: issue.preview,
        sections: sectionsOf(issue),
        unsubscribeUrl: url("/nyhedsbrev"),
        archiveUrl: url("/nyhedsbrev/arkiv"),
      },
      dedupeKey: `newsletter-test:${id}:${newId()}`,
    });
    return true;
  });
}

function slugify(title: string, date: string): string {
  const base = title
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  return `${date}-${base || "nyhedsbrev"}`;
}

/**
 * At the send time: render once, take the recipients (confirmed, not
 * suppressed) as they are now, and queue one durable job per batch of 100.
 */
export async function prepareIssueJob(issueId: string, at: string): Promise<void> {
  const issue = await db.selectFrom("newsletter_issues").selectAll().where("id", "=", issueId).executeTakeFirst();
  if (!issue || issue.status !== "scheduled" || issue.scheduled_at !== at) return;
  const rendered = await renderIssue(issue, UNSUBSCRIBE_PLACEHOLDER);
  await db.transaction().execute(async (trx) => {
    const fresh = await trx.selectFrom("newsletter_issues").select(["status", "scheduled_at"]).where("id", "=", issueId).executeTakeFirst();
    if (fresh?.status !== "scheduled" || fresh.scheduled_at !== at) return;
    const recipients = await trx
      .selectFrom("subscribers")
      .select(["id", "email"])
      .where("status", "=", "confirmed")
      .where("suppressed_at", "is", null)
      .orderBy("email")
      .execute();
    for (let i = 0; i < recipients.length; i += 500) {
      await trx
        .insertInto("newsletter_deliveries")
        .values(
          recipients.slice(i, i + 500).map((r, j) => ({
            id: newId(),
            issue_id: issueId,
            subscriber_id: r.id,
            email: r.email,
            batch_no: Math.floor((i + j) / BATCH_SIZE),
            status: "pending" as const,
            resend_id: null,
            sent_at: null,
            event_at: null,
          })),
        )
        .onConflict((oc) => oc.columns(["issue_id", "subscriber_id"]).doNothing())
        .execute();
    }
    const day = copenhagenDate(now());
    let slug = slugify(issue.title, day);
    if (await trx.selectFrom("newsletter_issues").select("id").where("slug", "=", slug).executeTakeFirst())
      slug = `${slug}-${issueId.slice(0, 6).toLowerCase()}`;
    const batches = Math.ceil(recipients.length / BATCH_SIZE);
    await trx
      .updateTable("newsletter_issues")
      .set({
        status: batches ? "sending" : "sent",
        slug,
        rendered_html: rendered.html,
        rendered_text: rendered.text,
        recipients: recipients.length,
        send_started_at: nowIso(),
        sent_at: batches ? null : nowIso(),
        updated_at: nowIso(),
      })
      .where("id", "=", issueId)
      .execute();
    for (let b = 0; b < batches; b++) {
      await enqueueJob(trx, { kind: "newsletter.batch", payload: { issueId, batchNo: b }, dedupeKey: `newsletter:batch:${issueId}:${b}`, maxAttempts: 12 });
    }
    await writeAudit(trx, {
      actor: { kind: "system", id: null },
      action: "newsletter.sending",
      entityType: "newsletter_issue",
      entityId: issueId,
      meta: { recipients: recipients.length, batches },
    });
  });
}

// Pacing: the worker runs one batch at a time; the next call may start no sooner than one interval
// after the previous one finished, so calls stay below the configured rate whatever the latency.
let nextSlot = 0;
async function pace(): Promise<void> {
  const wait = nextSlot - Date.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
}
function paced(): void {
  nextSlot = Math.max(nextSlot, Date.now() + 1000 / env().NEWSLETTER_REQUESTS_PER_SECOND);
}

/** Tests and the benchmark: forget the pacing state. */
export function resetPacing(): void {
  nextSlot = 0;
}

/**
 * One batch of up to 100. On its first attempt, recipients who have left since
 * the send began are skipped; from then on the batch is fixed, so a retry or a
 * resume sends the identical request under the same idempotency key, and
 * Resend (or its stand-in) answers without sending twice.
 */
export async function sendBatchJob(issueId: string, batchNo: number, attempt: number): Promise<void> {
  const issue = await db.selectFrom("newsletter_issues").selectAll().where("id", "=", issueId).executeTakeFirst();
  if (!issue?.rendered_html || !issue.rendered_text) return;
  if (attempt === 1) {
    await db
      .updateTable("newsletter_deliveries")
      .set({ status: "skipped" })
      .where("issue_id", "=", issueId)
      .where("batch_no", "=", batchNo)
      .where("status", "=", "pending")
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom("subscribers")
            .select("subscribers.id")
            .whereRef("subscribers.id", "=", "newsletter_deliveries.subscriber_id")
            .where((e) => e.or([e("subscribers.status", "!=", "confirmed"), e("subscribers.suppressed_at", "is not", null)])),
        ),
      )
      .execute();
  }
  const deliveries = await db
    .selectFrom("newsletter_deliveries")
    .select(["id", "subscriber_id", "email"])
    .where("issue_id", "=", issueId)
    .where("batch_no", "=", batchNo)
    .where("status", "=", "pending")
    .orderBy("email")
    .execute();
  if (deliveries.length) {
    const emails = deliveries.map((d) => {
      const unsubscribe = unsubscribeUrl(d.subscriber_id);
      return {
        to: [d.email],
        subject: issue.title,
        html: issue.rendered_html!.split(UNSUBSCRIBE_PLACEHOLDER).join(unsubscribe),
        text: issue.rendered_text!.split(UNSUBSCRIBE_PLACEHOLDER).join(unsubscribe),
        headers: { "List-Unsubscribe": `<${unsubscribe}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
      };
    });
    await pace();
    const result = await sendBatch(emails, `newsletter-${issueId}-batch-${batchNo}`);
    paced();
    if (!result.ok) {
      if (result.retryAfterSeconds) {
        nextSlot = Date.now() + result.retryAfterSeconds * 1000;
        throw new RetryLaterError(result.error, result.retryAfterSeconds * 1000);
      }
      if (!result.retryable) {
        await db
          .updateTable("newsletter_deliveries")
          .set({ status: "failed" })
          .where(
            "id",
            "in",
            deliveries.map((d) => d.id),
          )
          .execute();
        throw new PermanentJobError(result.error);
      }
      throw new Error(result.error);
    }
    await db.transaction().execute(async (trx) => {
      for (const [i, d] of deliveries.entries()) {
        await trx
          .updateTable("newsletter_deliveries")
          .set({ status: "sent", resend_id: result.ids[i] ?? null, sent_at: nowIso() })
          .where("id", "=", d.id)
          .execute();
      }
    });
  }
  await finishIfDone(issueId);
}

async function finishIfDone(issueId: string) {
  const left = await db.selectFrom("newsletter_deliveries").select("id").where("issue_id", "=", issueId).where("status", "=", "pending").executeTakeFirst();
  if (!left)
    await db
      .updateTable("newsletter_issues")
      .set({ status: "sent", sent_at: nowIso(), updated_at: nowIso() })
      .where("id", "=", issueId)
      .where("status", "=", "sending")
      .execute();
}

/** Per-status counts of an issue's recipients. */
export async function deliveryTotals(issueId: string) {
  const rows = await db
    .selectFrom("newsletter_deliveries")
    .select(["status", (eb) => eb.fn.countAll<number>().as("n")])
    .where("issue_id", "=", issueId)
    .groupBy("status")
    .execute();
  const totals: Record<string, number> = { pending: 0, skipped: 0, sent: 0, delivered: 0, bounced: 0, complained: 0, failed: 0 };
  for (const r of rows) totals[r.status] = Number(r.n);
  return totals;
}

export async function listDeliveries(issueId: string, limit = 200) {
  return db
    .selectFrom("newsletter_deliveries")
    .select(["email", "status", "sent_at", "event_at", "batch_no"])
    .where("issue_id", "=", issueId)
    .orderBy("batch_no")
    .orderBy("email")
    .limit(limit)
    .execute();
}

/** How many would get an issue sent now: confirmed and not suppressed (the same rule as the send), counted in SQL. */
export async function recipientCount(): Promise<number> {
  const row = await db
    .selectFrom("subscribers")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("status", "=", "confirmed")
    .where("suppressed_at", "is", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The subscribers by state, as one SQL aggregate (no row is loaded). */
export async function subscriberCounts() {
  const row = await db
    .selectFrom("subscribers")
    .select([
      sql<number>`coalesce(sum(case when status = 'confirmed' and suppressed_at is null then 1 else 0 end), 0)`.as("confirmed"),
      sql<number>`coalesce(sum(case when status = 'pending' then 1 else 0 end), 0)`.as("pending"),
      sql<number>`coalesce(sum(case when status = 'unsubscribed' then 1 else 0 end), 0)`.as("unsubscribed"),
      sql<number>`coalesce(sum(case when suppressed_at is not null then 1 else 0 end), 0)`.as("suppressed"),
    ])
    .executeTakeFirstOrThrow();
  return { confirmed: Number(row.confirmed), pending: Number(row.pending), unsubscribed: Number(row.unsubscribed), suppressed: Number(row.suppressed) };
}

/** One page of the public archive, newest sent first (keyset on newsletter_issues (send_started_at, id); only sent ones have it). */
export async function pageArchive(page: PageRequest) {
  const q = db
    .selectFrom("newsletter_issues")
    .select(["id", "title", "preview", "slug", "send_started_at"])
    .where("status", "in", ["sending", "sent"])
    .where("slug", "is not", null)
    .where("send_started_at", "is not", null);
  return keysetPage(
    q,
    { key: "newsletter_issues.send_started_at", id: "newsletter_issues.id", direction: "desc", keyOf: (r) => r.send_started_at!, idOf: (r) => r.id },
    page,
  );
}

/** One page of the newsletter's issues, newest first (keyset on newsletter_issues (created_at, id)). */
export async function pageIssues(page: PageRequest) {
  const q = db.selectFrom("newsletter_issues").select(["id", "title", "status", "scheduled_at", "sent_at", "recipients", "updated_at", "created_at"]);
  return keysetPage(
    q,
    { key: "newsletter_issues.created_at", id: "newsletter_issues.id", direction: "desc", keyOf: (r) => r.created_at, idOf: (r) => r.id },
    page,
  );
}

// ---- Resend's events --------------------------------------------------------------------------------

const eventSchema = z.object({
  type: z.string().max(100),
  data: z.object({ email_id: z.string().max(200), to: z.array(z.string()).optional() }).passthrough(),
});

export type WebhookResult = { status: 200 | 400 | 401 | 409; message: string };

/**
 * Resend signs each event (Standard Webhooks, as its SDK verifies): the
 * signature over the raw body, with a timestamp no older than 5 minutes. Each
 * message id is taken once; a replay is refused.
 */
export async function handleResendWebhook(rawBody: string, headers: Headers): Promise<WebhookResult> {
  const secret = env().RESEND_WEBHOOK_SECRET;
  if (!secret) return { status: 401, message: "webhooks are not configured" };
  const id = headers.get("svix-id") ?? headers.get("webhook-id") ?? "";
  const timestamp = headers.get("svix-timestamp") ?? headers.get("webhook-timestamp") ?? "";
  const signature = headers.get("svix-signature") ?? headers.get("webhook-signature") ?? "";
  if (!id || !timestamp || !signature) return { status: 401, message: "unsigned" };
  try {
    verifyResendWebhook(rawBody, { id, timestamp, signature }, secret);
  } catch {
    return { status: 401, message: "bad or stale signature" };
  }
  let event: z.infer<typeof eventSchema>;
  try {
    event = eventSchema.parse(JSON.parse(rawBody));
  } catch {
    return { status: 400, message: "malformed event" };
  }
  return db.transaction().execute(async (trx): Promise<WebhookResult> => {
    const inserted = await trx
      .insertInto("webhook_events")
      .values({ id: id.slice(0, 200), type: event.type, received_at: nowIso() })
      .onConflict((oc) => oc.column("id").doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return { status: 409, message: "replayed" };
    const delivery = await trx
      .selectFrom("newsletter_deliveries")
      .select(["id", "subscriber_id", "status"])
      .where("resend_id", "=", event.data.email_id)
      .executeTakeFirst();
    const status = { "email.delivered": "delivered", "email.bounced": "bounced", "email.complained": "complained" }[event.type] as
      "delivered" | "bounced" | "complained" | undefined;
    if (delivery && status) {
      // A bounce or a complaint wins over a later "delivered".
      if (!(status === "delivered" && (delivery.status === "bounced" || delivery.status === "complained"))) {
        await trx.updateTable("newsletter_deliveries").set({ status, event_at: nowIso() }).where("id", "=", delivery.id).execute();
      }
      if (status !== "delivered") {
        await trx
          .updateTable("subscribers")
          .set({ suppressed_at: nowIso(), suppression_reason: status, updated_at: nowIso() })
          .where("id", "=", delivery.subscriber_id)
          .where("suppressed_at", "is", null)
          .execute();
        await writeAudit(trx, {
          actor: { kind: "system", id: null },
          action: `subscriber.suppressed`,
          entityType: "subscriber",
          entityId: delivery.subscriber_id,
          meta: { reason: status },
        });
      }
    }
    return { status: 200, message: "ok" };
  });
}

// ---- Import -------------------------------------------------------------------------------------------

export type ImportRow = {
  line: number;
  email: string;
  name: string;
  company: string;
  outcome: "added" | "confirmed" | "exists" | "unsubscribed" | "invalid" | "duplicate";
  reason?: string;
};

/** Splits CSV text (comma or semicolon, quotes allowed) into rows of cells. */
export function parseCsv(text: string): string[][] {
  const clean = text.replace(/^\uFEFF/, "");
  const firstLine = clean.split(/\r?\n/, 1)[0] ?? "";
  const sep = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < clean.length; i++) {
    const ch = clean[i];
    if (quoted) {
      if (ch === '"' && clean[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && clean[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim()));
}

const emailCheck = z.email();

/**
 * Subscribers from a CSV file (email, name, company), row by row. New
 * addresses get the confirmation email, unless they consented elsewhere (the
 * source is then recorded and they are confirmed). Someone who unsubscribed is
 * never added back by an import.
 */
export async function importSubscribers(
  staff: StaffUser,
  csv: string,
  consentedElsewhere: string | null,
): Promise<{ ok: true; rows: ImportRow[] } | { ok: false; error: "noHeader" | "tooMany" }> {
  const rows = parseCsv(csv);
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const col = (...names: string[]) => header.findIndex((h) => names.includes(h));
  const iEmail = col("email", "e-mail", "mail");
  const iName = col("name", "navn");
  const iCompany = col("company", "virksomhed", "firma");
  if (iEmail < 0) return { ok: false, error: "noHeader" };
  if (rows.length > 5001) return { ok: false, error: "tooMany" };
  const report: ImportRow[] = [];
  const seen = new Set<string>();
  await db.transaction().execute(async (trx) => {
    for (const [n, cells] of rows.slice(1).entries()) {
      const line = n + 2;
      const email = (cells[iEmail] ?? "").trim().toLowerCase();
      const name = (iName >= 0 ? (cells[iName] ?? "") : "").trim().slice(0, 120);
      const company = (iCompany >= 0 ? (cells[iCompany] ?? "") : "").trim().slice(0, 160);
      const base = { line, email, name, company };
      if (!emailCheck.safeParse(email).success) {
        report.push({ ...base, outcome: "invalid", reason: email ? "email" : "missingEmail" });
        continue;
      }
      if (seen.has(email)) {
        report.push({ ...base, outcome: "duplicate" });
        continue;
      }
      seen.add(email);
      // A subscriber who left long ago is only a suppression hash now (retention): still not imported again.
      const existing = await trx
        .selectFrom("subscribers")
        .select(["id", "status"])
        .where("email", "in", [email, suppressionKey(email)])
        .orderBy("status", "desc")
        .executeTakeFirst();
      if (existing?.status === "unsubscribed") {
        report.push({ ...base, outcome: "unsubscribed" });
        continue;
      }
      if (existing) {
        report.push({ ...base, outcome: "exists" });
        continue;
      }
      const at = nowIso();
      const token = newToken();
      const id = newId();
      await trx
        .insertInto("subscribers")
        .values({
          id,
          email,
          name: name || email,
          company: company || null,
          status: consentedElsewhere ? "confirmed" : "pending",
          source: "import",
          consent_source: consentedElsewhere,
          confirm_token_hash: consentedElsewhere ? null : sha256(token),
          confirm_expires_at: consentedElsewhere ? null : new Date(now().getTime() + CONFIRM_DAYS * DAY).toISOString(),
          confirmed_at: consentedElsewhere ? at : null,
          created_at: at,
          updated_at: at,
        })
        .execute();
      if (!consentedElsewhere) {
        await enqueueEmail(trx, {
          template: "newsletter-confirm",
          to: email,
          props: { name: name || email, url: url(`/nyhedsbrev/bekraeft?t=${token}`), days: CONFIRM_DAYS, already: false },
          dedupeKey: `newsletter-confirm:${id}:import`,
        });
      }
      report.push({ ...base, outcome: consentedElsewhere ? "confirmed" : "added" });
    }
    await writeAudit(trx, {
      actor: userActor(staff),
      action: "subscribers.imported",
      entityType: "newsletter",
      entityId: "subscribers",
      meta: { rows: report.length, added: report.filter((r) => r.outcome === "added" || r.outcome === "confirmed").length, consent_source: consentedElsewhere },
    });
  });
  return { ok: true, rows: report };
}
