import type { Kysely } from "kysely";
import { randomUUID } from "node:crypto";
import { guideSeeds } from "../content/guides";
import { serviceSeeds } from "../content/services";

/**
 * Guides for employers with their version history, and the jobcentre's service catalogue with the
 * companies' requests (issue 16). The first guides and services are written here, so every
 * database has the public pages the forms link to.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("guides")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("content", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("updated_by", "text", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("guide_versions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("guide_id", "text", (c) => c.notNull().references("guides.id"))
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("content", "text", (c) => c.notNull())
    .addColumn("author_id", "text", (c) => c.references("users.id"))
    .addColumn("author_name", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  // One row per version; the history pages backwards along this index.
  await db.schema.createIndex("guide_versions_guide_version_idx").on("guide_versions").columns(["guide_id", "version"]).unique().execute();

  await db.schema
    .createTable("services")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("team", "text", (c) => c.notNull())
    .addColumn("content", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("updated_by", "text", (c) => c.references("users.id"))
    .execute();
  await db.schema
    .createTable("service_requests")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("service_id", "text", (c) => c.notNull().references("services.id"))
    .addColumn("company_id", "text", (c) => c.notNull().references("companies.id"))
    .addColumn("case_id", "text", (c) => c.references("absence_cases.id"))
    .addColumn("inquiry_id", "text", (c) => c.references("inquiries.id"))
    .addColumn("requested_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("message", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("scheduled_on", "text")
    .addColumn("schedule_note", "text")
    .addColumn("decline_reason", "text")
    .addColumn("rating", "integer")
    .addColumn("rating_comment", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("agreed_at", "text")
    .addColumn("scheduled_at", "text")
    .addColumn("delivered_at", "text")
    .addColumn("evaluated_at", "text")
    .addColumn("declined_at", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  // The company's list (newest first, keyset on created_at, id), the staff list (all, or by state) and the requests per service.
  await db.schema.createIndex("service_requests_company_idx").on("service_requests").columns(["company_id", "created_at", "id"]).execute();
  await db.schema.createIndex("service_requests_service_idx").on("service_requests").columns(["service_id", "created_at", "id"]).execute();
  await db.schema.createIndex("service_requests_created_idx").on("service_requests").columns(["created_at", "id"]).execute();
  await db.schema.createIndex("service_requests_status_idx").on("service_requests").columns(["status", "created_at", "id"]).execute();

  const at = "2026-12-02T12:00:00.000Z";
  for (const g of guideSeeds) {
    const id = randomUUID();
    const content = JSON.stringify(g.content);
    await db
      .insertInto("guides")
      .values({ id, slug: g.slug, position: g.position, status: "published", version: 1, content, updated_at: at, updated_by: null, created_at: at })
      .execute();
    await db
      .insertInto("guide_versions")
      .values({ id: randomUUID(), guide_id: id, version: 1, status: "published", content, author_id: null, author_name: "Jobcentret", created_at: at })
      .execute();
  }
  for (const s of serviceSeeds) {
    await db
      .insertInto("services")
      .values({
        id: randomUUID(),
        slug: s.slug,
        position: s.position,
        status: "active",
        team: s.team,
        content: JSON.stringify(s.content),
        created_at: at,
        updated_at: at,
        updated_by: null,
      })
      .execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("service_requests").execute();
  await db.schema.dropTable("services").execute();
  await db.schema.dropTable("guide_versions").execute();
  await db.schema.dropTable("guides").execute();
}
