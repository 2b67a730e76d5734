import type { Kysely } from "kysely";
import { db } from "~db/index";
import type { Database } from "~db/schema";

const headers = { "Content-Type": "text/plain", "Cache-Control": "no-store" };

/** 200 while the database answers, else 503: the load balancer takes the process out of rotation. */
export async function health(handle: Kysely<Database>): Promise<Response> {
  try {
    // A real table: on SQLite "select 1" would answer even when the file is not the portal's database.
    await handle.selectFrom("app_meta").select("key").limit(1).execute();
    return new Response("ok", { headers });
  } catch {
    return new Response("database unavailable", { status: 503, headers });
  }
}

export const loader = () => health(db);
