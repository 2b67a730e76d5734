import PDFDocument from "pdfkit";
import { db } from "~db/index";
import { userActor, writeAudit, type Actor } from "~/models/audit.server";
import type { StaffUser } from "~/models/user.server";
import { nowIso } from "~/utils/clock";
import { formatDateTime } from "~/utils/dates";

/**
 * Art. 15: everything the portal holds about one person, found by the keyed
 * CPR hash (staff) or by the employee's own case (their link). The employee's
 * own copy leaves out the jobcenter's internal notes and hand-overs.
 */
export type PersonExport = Awaited<ReturnType<typeof buildExport>>;

async function buildExport(caseIds: string[], audience: "staff" | "employee") {
  const cases = caseIds.length
    ? await db
        .selectFrom("absence_cases")
        .innerJoin("companies", "companies.id", "absence_cases.company_id")
        .select([
          "absence_cases.id",
          "absence_cases.employee_name",
          "absence_cases.employee_email",
          "absence_cases.cpr_masked",
          "companies.name as company_name",
          "absence_cases.first_absence_day",
          "absence_cases.absence_type",
          "absence_cases.weekly_hours_worked",
          "absence_cases.contact_name",
          "absence_cases.contact_email",
          "absence_cases.contact_phone",
          "absence_cases.status",
          "absence_cases.closed_on",
          "absence_cases.outcome",
          "absence_cases.created_at",
        ])
        .where("absence_cases.id", "in", caseIds)
        .orderBy("absence_cases.created_at")
        .execute()
    : [];
  const out = [];
  for (const c of cases) {
    const consent = await db
      .selectFrom("fast_track_requests")
      .select([
        "requested_at",
        "consent_status",
        "consent_answered_at",
        "consent_deadline",
        "affected_functions",
        "affected_duration",
        "work_adapted",
        "employee_affected_functions",
        "employee_affected_duration",
        "employee_work_adapted",
      ])
      .where("case_id", "=", c.id)
      .execute();
    const plans = await db
      .selectFrom("retention_plans")
      .select(["id", "status", "current_version", "signed_version", "signed_at", "created_at"])
      .where("case_id", "=", c.id)
      .execute();
    const planOut = [];
    for (const p of plans) {
      const versions = await db
        .selectFrom("retention_plan_versions")
        .select(["version", "author_kind", "author_name", "created_at", "content"])
        .where("plan_id", "=", p.id)
        .orderBy("version")
        .execute();
      const comments = await db
        .selectFrom("plan_comments")
        .select(["section", "author_kind", "author_name", "body", "created_at"])
        .where("plan_id", "=", p.id)
        .orderBy("created_at")
        .execute();
      const approvals = await db
        .selectFrom("plan_approvals")
        .select(["version", "party", "actor_name", "approved_at"])
        .where("plan_id", "=", p.id)
        .orderBy("approved_at")
        .execute();
      planOut.push({
        status: p.status,
        created_at: p.created_at,
        signed_version: p.signed_version,
        signed_at: p.signed_at,
        versions: versions.map((v) => ({ ...v, content: JSON.parse(v.content) as unknown })),
        comments,
        approvals,
      });
    }
    const meetings = await db
      .selectFrom("meetings")
      .select(["kind", "form", "location", "starts_at", "ends_at", "status", "employee_response", "held_at", "summary"])
      .where("case_id", "=", c.id)
      .orderBy("starts_at")
      .execute();
    const progression = await db
      .selectFrom("progression_ratings")
      .select(["rated_at", "ratings", "comment"])
      .where("case_id", "=", c.id)
      .orderBy("rated_at")
      .execute();
    const sharing = await db.selectFrom("progression_sharing").select("share_with_employer").where("case_id", "=", c.id).executeTakeFirst();
    const inquiries = await db
      .selectFrom("inquiries")
      .select(["id", "kind", "subject", "message", "received_at", "status", "closed_at"])
      .where("case_id", "=", c.id)
      .orderBy("received_at")
      .execute();
    const inquiryOut = [];
    for (const i of inquiries) {
      let messages = db.selectFrom("inquiry_messages").select(["kind", "body", "created_at"]).where("inquiry_id", "=", i.id);
      if (audience === "employee") messages = messages.where("kind", "in", ["reply", "call"]);
      inquiryOut.push({
        kind: i.kind,
        subject: i.subject,
        message: i.message,
        received_at: i.received_at,
        status: i.status,
        messages: await messages.orderBy("created_at").execute(),
      });
    }
    // Corrections (art. 16) from the audit log: when, which fields, by whom; never the values.
    const corrections = await db
      .selectFrom("audit_log")
      .select(["at", "meta", "actor_kind"])
      .where("entity_type", "=", "absence_case")
      .where("entity_id", "=", c.id)
      .where("action", "=", "absence_case.corrected")
      .orderBy("at")
      .execute();
    const { id: _id, ...caseData } = c;
    void _id;
    out.push({
      case: caseData,
      fast_track: consent,
      plans: planOut,
      meetings,
      progression: {
        shared_with_employer: sharing?.share_with_employer === 1,
        ratings: progression.map((r) => ({ rated_at: r.rated_at, ratings: JSON.parse(r.ratings) as unknown, comment: r.comment })),
      },
      inquiries: audience === "staff" ? inquiryOut : [],
      corrections: corrections.map((r) => ({
        corrected_at: r.at,
        fields: correctedFields(r.meta),
        corrected_by: r.actor_kind === "employee" ? "medarbejderen" : "jobcentret",
      })),
    });
  }
  return { generated_at: nowIso(), portal: "Fasthold", cases: out };
}

/** A consultant's export for one person (keyed CPR hash); audited. */
export async function exportForPerson(staff: StaffUser, ref: string, format: "json" | "pdf") {
  const cases = await db.selectFrom("absence_cases").select("id").where("cpr_hmac", "=", ref).execute();
  const data = await buildExport(
    cases.map((c) => c.id),
    "staff",
  );
  await audit(userActor(staff), ref, format, cases.length);
  return data;
}

/** The employee's own export, from their link's session: their case only; audited. */
export async function exportForEmployee(caseId: string, format: "json" | "pdf") {
  const data = await buildExport([caseId], "employee");
  await audit({ kind: "employee", id: caseId }, caseId, format, 1);
  return data;
}

async function audit(actor: Actor, ref: string, format: string, cases: number) {
  await writeAudit(db, { actor, action: "person.exported", entityType: "person", entityId: ref, meta: { format, cases } });
}

const FIELD_NAMES: Record<string, string> = {
  employeeName: "navn",
  employeeEmail: "e-mail",
  cpr: "CPR-nummer",
  contactName: "arbejdsgiverens kontaktperson",
  contactPhone: "kontaktpersonens telefon",
  contactEmail: "kontaktpersonens e-mail",
};

/** "navn, e-mail": the fields an `absence_case.corrected` entry names (its meta holds no values). */
function correctedFields(meta: string | null): string {
  const fields = meta ? String((JSON.parse(meta) as { fields?: unknown }).fields ?? "") : "";
  return fields
    .split(",")
    .filter(Boolean)
    .map((f) => FIELD_NAMES[f] ?? f)
    .join(", ");
}

const LABELS: Record<string, string> = {
  corrections: "Rettelser (art. 16)",
  corrected_at: "Rettet",
  fields: "Felter",
  corrected_by: "Rettet af",
  case: "Sag",
  fast_track: "Fast Track og samtykke",
  plans: "Fastholdelsesplaner",
  versions: "Versioner",
  comments: "Kommentarer",
  approvals: "Godkendelser",
  meetings: "Møder",
  progression: "Fremgang",
  ratings: "Vurderinger",
  rated_at: "Vurderet",
  shared_with_employer: "Delt med arbejdsgiveren",
  inquiries: "Henvendelser",
  messages: "Beskeder",
  content: "Indhold",
  employee_name: "Navn",
  employee_email: "E-mail",
  cpr_masked: "CPR-nummer (maskeret)",
  company_name: "Virksomhed",
  first_absence_day: "Første fraværsdag",
  absence_type: "Fraværstype",
  status: "Status",
  consent_status: "Samtykke",
  consent_answered_at: "Samtykke besvaret",
  requested_at: "Anmodet",
  created_at: "Oprettet",
  starts_at: "Starter",
  summary: "Referat",
  body: "Tekst",
  subject: "Emne",
};

const isDateTime = (v: unknown) => typeof v === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v);

/** The export on paper: the same content, headed and labelled in Danish. */
export function exportPdf(data: PersonExport): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margin: 50, info: { Title: "Indsigt – Fasthold", Author: "Fasthold" } });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on("end", () => resolve(Buffer.concat(chunks))));
  doc.font("Helvetica-Bold").fontSize(18).text("Indsigt i dine oplysninger i Fasthold");
  doc
    .font("Helvetica")
    .fontSize(10.5)
    .text(`Udtrukket ${formatDateTime(data.generated_at, "da")}. Sager: ${data.cases.length}.`);
  const show = (v: unknown) => (v === null || v === undefined || v === "" ? "–" : isDateTime(v) ? formatDateTime(String(v), "da") : String(v));
  const walk = (value: unknown, depth: number) => {
    if (Array.isArray(value)) {
      if (value.length === 0) doc.font("Helvetica").text("(ingen)", { indent: depth * 12 });
      value.forEach((item, i) => {
        if (item && typeof item === "object") {
          doc
            .moveDown(0.2)
            .font("Helvetica-Oblique")
            .text(`${i + 1}.`, { indent: depth * 12 });
          walk(item, depth + 1);
        } else doc.font("Helvetica").text(`• ${show(item)}`, { indent: depth * 12 });
      });
      return;
    }
    if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) {
        const label = LABELS[k] ?? k.replace(/_/g, " ");
        if (v && typeof v === "object") {
          doc
            .moveDown(0.4)
            .font("Helvetica-Bold")
            .fontSize(depth === 0 ? 13 : 11)
            .text(label, { indent: depth * 12 })
            .fontSize(10.5);
          walk(v, depth + 1);
        } else
          doc
            .font("Helvetica-Bold")
            .text(`${label}: `, { indent: depth * 12, continued: true })
            .font("Helvetica")
            .text(show(v));
      }
    }
  };
  data.cases.forEach((c, i) => {
    doc
      .moveDown(1)
      .font("Helvetica-Bold")
      .fontSize(15)
      .text(`Sag ${i + 1}`)
      .fontSize(10.5);
    walk(c, 0);
  });
  doc.end();
  return done;
}
