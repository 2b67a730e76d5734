import { db } from "~db/index";
import { runDueJobs } from "~/services/jobs.server";

/** Runs the job worker until nothing is due, as the server would after commit. */
export async function deliverAll(): Promise<number> {
  let total = 0;
  for (;;) {
    const ran = await runDueJobs(100);
    total += ran;
    if (ran < 100) return total;
  }
}

export async function mailsTo(address: string) {
  return db.selectFrom("dev_mailbox").selectAll().where("to_address", "like", `%${address.toLowerCase()}%`).orderBy("created_at", "asc").execute();
}

/** The newest mail to an address (of those whose subject matches, when given: with a fixed clock several share a timestamp). */
export async function lastMailTo(address: string, subject?: RegExp) {
  const mails = (await mailsTo(address)).filter((m) => !subject || subject.test(m.subject));
  const mail = mails.at(-1);
  if (!mail) throw new Error(`no mail to ${address}`);
  return mail;
}

export function codeIn(text: string): string {
  const m = /\b(\d{6})\b/.exec(text);
  if (!m) throw new Error("no code in mail");
  return m[1];
}

export function linkIn(text: string, pathPrefix: string): string {
  const m = new RegExp(`https?://[^\\s\\]\\)]+${pathPrefix.replace(/\//g, "\\/")}[^\\s\\]\\)]*`).exec(text);
  if (!m) throw new Error(`no link to ${pathPrefix} in mail`);
  return m[0];
}

export async function emailJobs() {
  const rows = await db.selectFrom("jobs").selectAll().where("kind", "=", "email").orderBy("created_at").execute();
  return rows.map((r) => ({ ...r, payload: JSON.parse(r.payload) as { template: string; to: string[]; props: any } }));
}

/** Row counts of the tables a form could write to. */
export async function tableCounts() {
  const tables = ["companies", "users", "absence_cases", "fast_track_requests", "inquiries", "inquiry_messages", "audit_log", "jobs"] as const;
  const counts: Record<string, number> = {};
  for (const t of tables) {
    const row = await db
      .selectFrom(t)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    counts[t] = Number(row.n);
  }
  return counts;
}
