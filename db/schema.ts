import type { ColumnType, Insertable, Selectable, Updateable } from "kysely";

/**
 * The database, one interface per table. Times are ISO-8601 UTC strings,
 * dates without a time are YYYY-MM-DD, booleans are 0/1, JSON is text.
 */
export interface Database {
  app_meta: AppMetaTable;
  companies: CompanyTable;
  users: UserTable;
  sessions: SessionTable;
  recovery_codes: RecoveryCodeTable;
  login_codes: LoginCodeTable;
  rate_limit_counters: RateLimitCounterTable;
  absence_cases: AbsenceCaseTable;
  fast_track_requests: FastTrackRequestTable;
  inquiries: InquiryTable;
  inquiry_messages: InquiryMessageTable;
  audit_log: AuditLogTable;
  jobs: JobTable;
  dev_mailbox: DevMailboxTable;
  employee_sessions: EmployeeSessionTable;
  retention_plans: RetentionPlanTable;
  retention_plan_versions: RetentionPlanVersionTable;
  plan_approvals: PlanApprovalTable;
  plan_comments: PlanCommentTable;
  placement_offers: PlacementOfferTable;
  placements: PlacementTable;
  placement_events: PlacementEventTable;
  placement_checkins: PlacementCheckinTable;
  placement_evaluations: PlacementEvaluationTable;
  subscribers: SubscriberTable;
  newsletter_issues: NewsletterIssueTable;
  newsletter_deliveries: NewsletterDeliveryTable;
  webhook_events: WebhookEventTable;
  availability_rules: AvailabilityRuleTable;
  availability_exceptions: AvailabilityExceptionTable;
  meetings: MeetingTable;
  case_steps: CaseStepTable;
  progression_ratings: ProgressionRatingTable;
  progression_sharing: ProgressionSharingTable;
  guides: GuideTable;
  guide_versions: GuideVersionTable;
  services: ServiceTable;
  service_requests: ServiceRequestTable;
}

export interface AppMetaTable {
  key: string;
  value: string;
}

export interface CompanyTable {
  id: string;
  cvr: string;
  name: string;
  verified_at: string | null;
  verified_by: string | null;
  created_at: string;
  /** The company's named consultant; new inquiries go to them unless they are away. */
  contact_consultant_id: string | null;
}
export type Company = Selectable<CompanyTable>;

export type UserRole = "employer" | "consultant" | "team_lead";

export interface UserTable {
  id: string;
  email: string;
  name: string;
  phone: string | null;
  role: UserRole;
  /** Set for employer users only. */
  company_id: string | null;
  created_at: string;
  disabled_at: string | null;
  /** YYYY-MM-DD, inclusive: away until the end of this day. */
  away_until: string | null;
  /** "da" or "en": chosen at /sprog while signed in; the language of every email to this address. */
  lang: ColumnType<string, string | undefined, string>;
  /** Staff: the authenticator (TOTP) secret, encrypted like CPR; set while enrolling, kept once confirmed. */
  totp_secret: ColumnType<string | null, string | null | undefined, string | null>;
  /** Staff: when the authenticator was confirmed; null means the next sign-in enrols. */
  totp_enrolled_at: ColumnType<string | null, string | null | undefined, string | null>;
}
export type User = Selectable<UserTable>;
export type NewUser = Insertable<UserTable>;

export interface SessionTable {
  /** SHA-256 of the token in the cookie: a leaked database holds no usable session. */
  id: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  /** Staff: when the second factor was given; until then the session reaches only the second-factor page. */
  second_factor_at: ColumnType<string | null, string | null | undefined, string | null>;
  /** The last request seen (staff sessions end after a time idle). */
  last_seen_at: ColumnType<string | null, string | null | undefined, string | null>;
  /** The browser, as it said at sign-in (shown in the list of one's sessions). */
  user_agent: ColumnType<string | null, string | null | undefined, string | null>;
}

/** Staff: one-time recovery codes for the second factor, stored hashed. */
export interface RecoveryCodeTable {
  id: string;
  user_id: string;
  code_hash: string;
  created_at: string;
  used_at: string | null;
}

export type CodePurpose = "sign_in" | "guest_inquiry" | "employee_access";

/** One-time codes sent by email: for signing in, or to confirm a guest's address. */
export interface LoginCodeTable {
  id: string;
  purpose: CodePurpose;
  email: string;
  code_hash: string;
  created_at: string;
  expires_at: string;
  attempts: number;
  used_at: string | null;
  /** JSON: what the code confirms (a guest's inquiry draft). */
  payload: string | null;
}

export interface RateLimitCounterTable {
  key: string;
  /** ISO start of the fixed window the hits are counted in. */
  window_start: string;
  hits: number;
}

export type AbsenceType = "full" | "partial";

export interface AbsenceCaseTable {
  id: string;
  company_id: string;
  created_by: string;
  employee_name: string;
  employee_email: string;
  /** AES-256-GCM, see app/utils/crypto.server.ts */
  cpr_encrypted: string;
  /** ddmmyy-xxxx, safe to show */
  cpr_masked: string;
  /** keyed hash, to find the same employee again without decrypting */
  cpr_hmac: string;
  first_absence_day: string;
  absence_type: AbsenceType;
  /** Hours a week still worked, when the absence is partial. */
  weekly_hours_worked: number | null;
  contact_name: string;
  contact_phone: string;
  contact_email: string;
  created_at: string;
  updated_at: string;
  /** SHA-256 of the employee's secure link token, set when the link is first sent. */
  employee_token_hash: string | null;
  /** The consultant who follows the case; null = the team's. */
  consultant_id: string | null;
  status: ColumnType<CaseStatus, CaseStatus | undefined, CaseStatus>;
  closed_at: string | null;
  /** YYYY-MM-DD, the day the case ended (may be before closed_at). */
  closed_on: string | null;
  outcome: CaseOutcome | null;
  /** Short, non-health text when the outcome is "other". */
  outcome_note: string | null;
  closed_by: string | null;
  /** An employer's proposal to close, until the consultant confirms or rejects it. */
  closure_proposed_at: string | null;
  closure_proposed_on: string | null;
  closure_proposed_outcome: CaseOutcome | null;
  closure_proposed_by: string | null;
  /** The employer's short note with a proposal whose outcome is "other". */
  closure_proposed_note: string | null;
  /** The case's next open step (case_steps.id), refreshed with every change to its steps; null when none. */
  next_step_id: string | null;
  /** Its due date; '9999-12-31' when nothing is due (sorts last on the worklist). */
  next_step_due_on: ColumnType<string, string | undefined, string>;
  /** Retention: when the personal data was removed (the row stays for the figures). */
  anonymised_at: ColumnType<string | null, string | null | undefined, string | null>;
  /** The newest change anyone made to the case (set by writeAudit in the change's transaction); the worklist flags a quiet open case. */
  last_activity_at: ColumnType<string | null, string | null | undefined, string | null>;
}
export type AbsenceCase = Selectable<AbsenceCaseTable>;
export type CaseStatus = "open" | "closed";
/** How a case ended: back in full, partial return continuing, other job at the same company, left the company, other. */
export type CaseOutcome = "returned_full" | "partial_return" | "other_job_same_company" | "left_company" | "other";

export type ConsentStatus = "awaiting" | "consented" | "declined" | "expired";

export interface FastTrackRequestTable {
  id: string;
  case_id: string;
  company_id: string;
  requested_by: string;
  requested_at: string;
  /** The three optional questions of the order, as the employer answered them. */
  affected_functions: string | null;
  affected_duration: string | null;
  work_adapted: string | null;
  consent_token_hash: string;
  consent_deadline: string;
  consent_status: ConsentStatus;
  consent_answered_at: string | null;
  /** The employee's own answers: for the jobcenter only, never shown to the employer. */
  employee_affected_functions: string | null;
  employee_affected_duration: string | null;
  employee_work_adapted: string | null;
  /** Retention: when the free texts were removed. */
  anonymised_at: ColumnType<string | null, string | null | undefined, string | null>;
  /** YYYY-MM-DD: the jobcenter's first conversation is held no later than this day. */
  first_conversation_due: string;
}
export type FastTrackRequest = Selectable<FastTrackRequestTable>;

export type InquiryKind = "fast_track" | "general" | "plan_comment" | "placement" | "service";
export type InquiryStatus = "open" | "answered" | "closed";
export type PreferredContact = "phone" | "email" | "meeting";
export type AnswerKind = "reply" | "call";

export interface InquiryTable {
  id: string;
  company_id: string;
  case_id: string | null;
  kind: InquiryKind;
  subject: string;
  message: string | null;
  preferred_contact: PreferredContact | null;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  /** Null for a company without an account (a guest). */
  created_by: string | null;
  guest_token_hash: string | null;
  received_at: string;
  due_at: string;
  status: InquiryStatus;
  assigned_to: string | null;
  assigned_at: string | null;
  /** The first reply or logged call stops the clock. */
  first_answered_at: string | null;
  first_answered_by: string | null;
  first_answer_kind: AnswerKind | null;
  closed_at: string | null;
  closed_by: string | null;
  /** 1 when the sick-listed employee wrote it: never shown to the employer. */
  from_employee: number;
  /** Retention: when the contact details and texts were removed (the row stays for the response-time figures). */
  anonymised_at: ColumnType<string | null, string | null | undefined, string | null>;
}
export type Inquiry = Selectable<InquiryTable>;

/** reply and call are answers the company sees; note and handover stay inside the jobcenter. */
export type InquiryMessageKind = "reply" | "call" | "note" | "handover";
export const companyVisibleMessageKinds: InquiryMessageKind[] = ["reply", "call"];

export interface InquiryMessageTable {
  id: string;
  inquiry_id: string;
  kind: InquiryMessageKind;
  author_id: string | null;
  handed_to: string | null;
  body: string;
  created_at: string;
}
export type InquiryMessage = Selectable<InquiryMessageTable>;

export type ActorKind = "user" | "employee" | "system";

export interface AuditLogTable {
  id: string;
  at: string;
  actor_kind: ActorKind;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  company_id: string | null;
  /** JSON; never health data */
  meta: string | null;
}
export type AuditEntry = Selectable<AuditLogTable>;

export type JobStatus = "pending" | "running" | "done" | "failed" | "cancelled";

export interface JobTable {
  id: string;
  kind: string;
  /** JSON */
  payload: string;
  /** Unique: enqueuing the same thing twice is a no-op; also the email idempotency key. */
  dedupe_key: string;
  run_at: string;
  status: JobStatus;
  attempts: number;
  max_attempts: number;
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
  updated_at: string;
  done_at: string | null;
}
export type Job = Selectable<JobTable>;
export type JobUpdate = Updateable<JobTable>;

export interface DevMailboxTable {
  id: string;
  idempotency_key: string;
  from_address: string;
  to_address: string;
  subject: string;
  html: string;
  text: string;
  /** JSON */
  headers: string | null;
  created_at: string;
  /** JSON: [{ filename, contentType, content (base64) }], e.g. a meeting's .ics */
  attachments: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface EmployeeSessionTable {
  /** SHA-256 of the token in the employee's cookie. */
  id: string;
  case_id: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export type PlanStatus = "requested" | "declined" | "active" | "closed";
/** The three parties of a retention plan. */
export type PlanParty = "employer" | "employee" | "consultant";

export interface RetentionPlanTable {
  id: string;
  case_id: string;
  company_id: string;
  status: PlanStatus;
  started_by_kind: PlanParty;
  /** The user who started it; null when the employee asked. */
  started_by: string | null;
  requested_at: string;
  decided_at: string | null;
  decided_by: string | null;
  decline_reason: string | null;
  current_version: number;
  signed_version: number | null;
  signed_at: string | null;
  closed_at: string | null;
  created_at: string;
}
export type RetentionPlan = Selectable<RetentionPlanTable>;

export interface RetentionPlanVersionTable {
  id: string;
  plan_id: string;
  version: number;
  /** The version the author edited; a save on top of anything newer is refused. */
  based_on: number;
  /** JSON: PlanContent (app/models/planContent.ts) */
  content: string;
  author_kind: PlanParty;
  author_id: string | null;
  author_name: string;
  created_at: string;
}
export type RetentionPlanVersion = Selectable<RetentionPlanVersionTable>;

export interface PlanApprovalTable {
  id: string;
  plan_id: string;
  version: number;
  party: PlanParty;
  actor_id: string | null;
  actor_name: string;
  approved_at: string;
}

export interface PlanCommentTable {
  id: string;
  plan_id: string;
  section: string;
  author_kind: PlanParty;
  author_id: string | null;
  author_name: string;
  body: string;
  /** 1: addressed to the jobcenter, so an inquiry on the 24-hour desk. */
  to_jobcenter: number;
  inquiry_id: string | null;
  created_at: string;
}

export type OfferStatus = "active" | "paused" | "withdrawn";

/** A company's standing offer in the praktikpladsbank. */
export interface PlacementOfferTable {
  id: string;
  company_id: string;
  title: string;
  tasks: string;
  industry: string;
  address: string;
  postcode: string;
  municipality: string;
  hours_min: number;
  hours_max: number;
  available_from: string;
  max_weeks: number;
  /** JSON array of accommodation keys */
  accommodations: string;
  contact_name: string;
  contact_phone: string;
  contact_email: string;
  places: number;
  status: OfferStatus;
  created_by: string;
  created_at: string;
  updated_at: string;
}
export type PlacementOffer = Selectable<PlacementOfferTable>;

export type PlacementPurpose = "retention" | "hosting";
export type PlacementStatus = "requested" | "proposed" | "accepted" | "approved" | "active" | "completed" | "cancelled";
export type TargetGroup = "sick_leave" | "job_ready" | "activity_ready";

/** Placement: a company's request for virksomhedspraktik and the match the jobcenter makes for it. */
export interface PlacementTable {
  id: string;
  company_id: string;
  purpose: PlacementPurpose;
  /** Retention: the company's own sick-listed employee (a case, or name and CPR given here). */
  case_id: string | null;
  employee_name: string | null;
  cpr_encrypted: string | null;
  cpr_masked: string | null;
  wished_start: string;
  wished_weeks: number;
  wished_hours: number;
  wished_tasks: string;
  inquiry_id: string | null;
  requested_by: string;
  requested_at: string;
  status: PlacementStatus;
  offer_id: string | null;
  host_company_id: string | null;
  /** Hosting: the jobcenter's candidate, by name only. */
  candidate_name: string | null;
  target_group: TargetGroup | null;
  start_date: string | null;
  weeks: number | null;
  hours: number | null;
  /** Weeks added by extensions, each with a recorded reason (placement_events). */
  extra_weeks: number;
  staff_rep_name: string | null;
  staff_rep_consent_at: string | null;
  first_proposed_at: string | null;
  updated_at: string;
}
export type Placement = Selectable<PlacementTable>;

export interface PlacementEventTable {
  id: string;
  placement_id: string;
  from_status: PlacementStatus | null;
  to_status: PlacementStatus;
  /** the transition's name, or "extended" */
  kind: string;
  actor_id: string | null;
  actor_name: string;
  note: string | null;
  at: string;
}

export interface PlacementCheckinTable {
  id: string;
  placement_id: string;
  /** Monday of the week checked in for */
  week_start: string;
  attendance: "all" | "partly" | "none";
  hours: number;
  how: "good" | "ok" | "difficult";
  comment: string | null;
  created_by: string;
  created_at: string;
}

export interface PlacementEvaluationTable {
  id: string;
  placement_id: string;
  party: "host" | "consultant";
  how: "good" | "ok" | "difficult";
  outcome: string | null;
  text: string;
  created_by: string;
  created_at: string;
}

export type SubscriberStatus = "pending" | "confirmed" | "unsubscribed";

/** Subscriber: someone who receives (or asked to receive) the newsletter. */
export interface SubscriberTable {
  id: string;
  email: string;
  name: string;
  company: string | null;
  cvr: string | null;
  status: SubscriberStatus;
  source: "form" | "profile" | "import";
  consent_source: string | null;
  confirm_token_hash: string | null;
  confirm_expires_at: string | null;
  confirmed_at: string | null;
  unsubscribed_at: string | null;
  /** Set by a bounce or a complaint: never sent to again. */
  suppressed_at: string | null;
  suppression_reason: "bounced" | "complained" | null;
  user_id: string | null;
  created_at: string;
  updated_at: string;
}
export type Subscriber = Selectable<SubscriberTable>;

export type IssueStatus = "draft" | "scheduled" | "sending" | "sent";

/** NewsletterIssue: one quarterly issue. */
export interface NewsletterIssueTable {
  id: string;
  title: string;
  preview: string;
  /** JSON: { heading: string; markdown: string }[] */
  sections: string;
  status: IssueStatus;
  scheduled_at: string | null;
  slug: string | null;
  rendered_html: string | null;
  rendered_text: string | null;
  recipients: number | null;
  send_started_at: string | null;
  sent_at: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}
export type NewsletterIssue = Selectable<NewsletterIssueTable>;

export type DeliveryStatus = "pending" | "skipped" | "sent" | "delivered" | "bounced" | "complained" | "failed";

export interface NewsletterDeliveryTable {
  id: string;
  issue_id: string;
  subscriber_id: string;
  email: string;
  batch_no: number;
  status: DeliveryStatus;
  resend_id: string | null;
  sent_at: string | null;
  event_at: string | null;
}

export interface WebhookEventTable {
  id: string;
  type: string;
  received_at: string;
}

export type MeetingKind = "first_conversation" | "follow_up" | "round_table";
export type MeetingForm = "workplace" | "jobcenter" | "video" | "phone";
export type MeetingStatus = "booked" | "cancelled" | "held";

/** A consultant's weekly pattern of bookable times (Danish local time). */
export interface AvailabilityRuleTable {
  id: string;
  consultant_id: string;
  /** 1 = Monday … 7 = Sunday */
  weekday: number;
  start_time: string;
  end_time: string;
  slot_minutes: number;
  /** JSON array of MeetingKind */
  kinds: string;
  /** JSON array of MeetingForm */
  forms: string;
  location: string | null;
  valid_from: string;
  valid_to: string | null;
  created_at: string;
}
export type AvailabilityRule = Selectable<AvailabilityRuleTable>;

/** A day or period taken out of the pattern (blocked; no times = the whole day), or an extra period. */
export interface AvailabilityExceptionTable {
  id: string;
  consultant_id: string;
  type: "blocked" | "extra";
  date: string;
  start_time: string | null;
  end_time: string | null;
  slot_minutes: number | null;
  kinds: string | null;
  forms: string | null;
  location: string | null;
  created_at: string;
}
export type AvailabilityException = Selectable<AvailabilityExceptionTable>;

export interface MeetingTable {
  id: string;
  case_id: string;
  company_id: string;
  consultant_id: string;
  kind: MeetingKind;
  form: MeetingForm;
  location: string | null;
  video_url: string | null;
  starts_at: string;
  ends_at: string;
  status: MeetingStatus;
  /** iCalendar UID, stable for the meeting's life; SEQUENCE rises with every change. */
  ics_uid: string;
  ics_sequence: ColumnType<number, number | undefined, number>;
  /** users.id of who booked; null when the employee booked from their link. */
  booked_by: string | null;
  employee_response: ColumnType<"pending" | "accepted" | "declined", "pending" | "accepted" | "declined" | undefined, "pending" | "accepted" | "declined">;
  employee_responded_at: string | null;
  union_rep_name: string | null;
  cancel_reason: string | null;
  cancelled_at: string | null;
  cancelled_by: string | null;
  held_at: string | null;
  /** 1 when the employer took part (recorded when held). */
  employer_present: number | null;
  /** The referat shown to the parties (health-word guard applies). */
  summary: string | null;
  created_at: string;
  updated_at: string;
}
export type Meeting = Selectable<MeetingTable>;

export type CaseStepKind =
  "consent" | "first_conversation" | "first_follow_up" | "follow_up" | "reassessment_w22" | "week_52" | "plan_evaluation" | "placement_end";

/** One due step of a case's follow-up (app/domain/followUp.ts says which and when). */
export interface CaseStepTable {
  id: string;
  case_id: string;
  company_id: string;
  /** Stable per case: consent, follow_up:1…4, reassessment:22, week:52, plan_evaluation:<plan>:<date>, placement_end:<placement>. */
  key: string;
  kind: CaseStepKind;
  /** The follow-up's number (1–4) in the first 6 months. */
  seq: number | null;
  /** YYYY-MM-DD: the step is due by the end of this Danish day. */
  due_on: string;
  /** The plan or placement the step comes from. */
  source_id: string | null;
  done_at: string | null;
  /** YYYY-MM-DD: the day it was done (a meeting's day, or the recorded date). */
  done_on: string | null;
  done_by: string | null;
  /** The held meeting that fulfilled it. */
  meeting_id: string | null;
  created_at: string;
  updated_at: string;
}
export type CaseStep = Selectable<CaseStepTable>;
/** The employee's own 0–10 ratings of statements about their way back, at one moment. */
export interface ProgressionRatingTable {
  id: string;
  case_id: string;
  rated_at: string;
  /** JSON: { [ProgressionStatement]: 0..10 } (app/domain/progression.ts) */
  ratings: string;
  /** Optional, passed through the health-word guard; shown with the ratings. */
  comment: string | null;
}
export type ProgressionRating = Selectable<ProgressionRatingTable>;

/** The employee's choice whether the employer sees the ratings; no row = not shared. */
export interface ProgressionSharingTable {
  case_id: string;
  share_with_employer: number;
  updated_at: string;
}
// ---- Guides and the service catalogue (issue 16) -------------------------------------------

export type Bilingual = { da: string; en: string };
export type GuideSection = { anchor: string; heading: Bilingual; markdown: Bilingual };
/** A guide's text in both languages; JSON in guides.content and guide_versions.content. */
export type GuideContent = { title: Bilingual; summary: Bilingual; sections: GuideSection[] };
export type GuideStatus = "published" | "draft";

export interface GuideTable {
  id: string;
  /** Stable address: /vejledning/<slug>; section anchors are stable too. */
  slug: string;
  position: number;
  status: GuideStatus;
  /** The current version's number; guide_versions holds every version. */
  version: number;
  content: string;
  updated_at: string;
  updated_by: string | null;
  created_at: string;
}
export type Guide = Selectable<GuideTable>;

export interface GuideVersionTable {
  id: string;
  guide_id: string;
  version: number;
  status: GuideStatus;
  content: string;
  /** Null for the first, seeded version. */
  author_id: string | null;
  author_name: string;
  created_at: string;
}
export type GuideVersion = Selectable<GuideVersionTable>;

export type ServiceFields = { title: string; what: string; forWhom: string; cost: string; duration: string; documents: string };
/** A service's text; English fields may be empty and then fall back to Danish. JSON in services.content. */
export type ServiceContent = { da: ServiceFields; en: ServiceFields };
export type ServiceStatus = "active" | "paused";

export interface ServiceTable {
  id: string;
  slug: string;
  position: number;
  status: ServiceStatus;
  team: string;
  content: string;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
}
export type Service = Selectable<ServiceTable>;

export type ServiceRequestStatus = "requested" | "agreed" | "scheduled" | "delivered" | "evaluated" | "declined";

export interface ServiceRequestTable {
  id: string;
  service_id: string;
  company_id: string;
  case_id: string | null;
  /** The request's inquiry on the 24-hour desk. */
  inquiry_id: string | null;
  requested_by: string;
  message: string;
  status: ServiceRequestStatus;
  /** YYYY-MM-DD, with an optional note (where, who). */
  scheduled_on: string | null;
  schedule_note: string | null;
  decline_reason: string | null;
  rating: number | null;
  rating_comment: string | null;
  created_at: string;
  agreed_at: string | null;
  scheduled_at: string | null;
  delivered_at: string | null;
  evaluated_at: string | null;
  declined_at: string | null;
  updated_at: string;
}
export type ServiceRequest = Selectable<ServiceRequestTable>;
