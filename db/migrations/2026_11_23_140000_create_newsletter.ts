import type { Kysely } from "kysely";

/** The quarterly newsletter: subscribers with double opt-in, issues, per-recipient deliveries, Resend's events. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("subscribers")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("company", "text")
    .addColumn("cvr", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    // Where consent was given when it was not through our confirmation email (imports)
    .addColumn("consent_source", "text")
    .addColumn("confirm_token_hash", "text", (c) => c.unique())
    .addColumn("confirm_expires_at", "text")
    .addColumn("confirmed_at", "text")
    .addColumn("unsubscribed_at", "text")
    .addColumn("suppressed_at", "text")
    .addColumn("suppression_reason", "text")
    .addColumn("user_id", "text", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("subscribers_status_idx").on("subscribers").columns(["status", "suppressed_at"]).execute();

  await db.schema
    .createTable("newsletter_issues")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("preview", "text", (c) => c.notNull())
    // JSON array of { heading, markdown }
    .addColumn("sections", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("scheduled_at", "text")
    .addColumn("slug", "text", (c) => c.unique())
    // Rendered once when sending starts; every batch and every retry sends exactly this.
    .addColumn("rendered_html", "text")
    .addColumn("rendered_text", "text")
    .addColumn("recipients", "integer")
    .addColumn("send_started_at", "text")
    .addColumn("sent_at", "text")
    .addColumn("created_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("newsletter_deliveries")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("issue_id", "text", (c) => c.notNull().references("newsletter_issues.id"))
    .addColumn("subscriber_id", "text", (c) => c.notNull().references("subscribers.id"))
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("batch_no", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("resend_id", "text")
    .addColumn("sent_at", "text")
    .addColumn("event_at", "text")
    .execute();
  await db.schema.createIndex("newsletter_deliveries_unique").on("newsletter_deliveries").columns(["issue_id", "subscriber_id"]).unique().execute();
  await db.schema.createIndex("newsletter_deliveries_batch_idx").on("newsletter_deliveries").columns(["issue_id", "batch_no", "status"]).execute();
  await db.schema.createIndex("newsletter_deliveries_resend_idx").on("newsletter_deliveries").column("resend_id").execute();

  // Each webhook message once: a replay is refused.
  await db.schema
    .createTable("webhook_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("received_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ["webhook_events", "newsletter_deliveries", "newsletter_issues", "subscribers"]) await db.schema.dropTable(t).execute();
}
