import type { ComponentType } from "react";
import { langOf, type Lang, type WithLang } from "./i18n";
import ConsentOutcomeEmail, { consentOutcomeTexts, type ConsentOutcomeProps } from "./consent-outcome";
import ConsentRequestEmail, { consentRequestTexts, type ConsentRequestProps } from "./consent-request";
import FastTrackReceiptEmail, { fastTrackReceiptTexts, type FastTrackReceiptProps } from "./fast-track-receipt";
import EmployeeCodeEmail, { employeeCodeTexts, type EmployeeCodeProps } from "./employee-code";
import GuestCodeEmail, { guestCodeTexts, type GuestCodeProps } from "./guest-code";
import InquiryEscalationEmail, { inquiryEscalationTexts, type InquiryEscalationProps } from "./inquiry-escalation";
import InquiryHandoverEmail, { inquiryHandoverTexts, type InquiryHandoverProps } from "./inquiry-handover";
import InquiryNewEmail, { inquiryNewTexts, type InquiryNewProps } from "./inquiry-new";
import InquiryReceivedEmail, { inquiryReceivedTexts, type InquiryReceivedProps } from "./inquiry-received";
import InquiryReminderEmail, { inquiryReminderTexts, type InquiryReminderProps } from "./inquiry-reminder";
import MeetingNoticeEmail, { meetingNoticeTexts, type MeetingNoticeProps } from "./meeting-notice";
import InquiryReplyEmail, { inquiryReplyTexts, type InquiryReplyProps } from "./inquiry-reply";
import PlanDecidedEmail, { planDecidedTexts, type PlanDecidedProps } from "./plan-decided";
import PlanEvaluationReminderEmail, { planEvaluationReminderTexts, type PlanEvaluationReminderProps } from "./plan-evaluation-reminder";
import PlanInvitationEmail, { planInvitationTexts, type PlanInvitationProps } from "./plan-invitation";
import PlanRequestedEmail, { planRequestedTexts, type PlanRequestedProps } from "./plan-requested";
import PlanSignedEmail, { planSignedTexts, type PlanSignedProps } from "./plan-signed";
import NewsletterEmail, { newsletterTexts, type NewsletterProps } from "./newsletter";
import NewsletterConfirmEmail, { newsletterConfirmTexts, type NewsletterConfirmProps } from "./newsletter-confirm";
import PlacementCheckinReminderEmail, { placementCheckinReminderTexts, type PlacementCheckinReminderProps } from "./placement-checkin-reminder";
import PlacementProposedEmail, { placementProposedTexts, type PlacementProposedProps } from "./placement-proposed";
import PlacementUpdateEmail, { placementUpdateTexts, type PlacementUpdateProps } from "./placement-update";
import ServiceUpdateEmail, { serviceUpdateTexts, type ServiceUpdateProps } from "./service-update";
import SignInCodeEmail, { signInCodeTexts, type SignInCodeProps } from "./sign-in-code";
import FollowUpReminderEmail, { followUpReminderTexts, type FollowUpReminderProps } from "./follow-up-reminder";
import CaseClosedEmail, { caseClosedTexts, type CaseClosedProps } from "./case-closed";
import CaseClosureProposedEmail, { caseClosureProposedTexts, type CaseClosureProposedProps } from "./case-closure-proposed";
import CaseClosureRejectedEmail, { caseClosureRejectedTexts, type CaseClosureRejectedProps } from "./case-closure-rejected";
import ContactChangedEmail, { contactChangedTexts, type ContactChangedProps } from "./contact-changed";
import SignUpAttemptEmail, { signUpAttemptTexts, type SignUpAttemptProps } from "./signup-attempt";

type Subjects<P> = Record<Lang, { subject: (props: P) => string }>;
type Template<P> = { Component: ComponentType<P & WithLang>; subject: (props: P, lang?: Lang) => string };

/** A template and its subject in both languages (from the template's own text table). */
function template<P>(Component: ComponentType<P & WithLang>, texts: Subjects<P>): Template<P> {
  return { Component, subject: (props, lang) => texts[langOf(lang)].subject(props) };
}

/**
 * Every email the portal sends, by name. The outbox stores the name, the props
 * and the reader's language; each template's texts (subject included) live in
 * a Danish and an English table beside it.
 */
export const emailTemplates = {
  "sign-in-code": template<SignInCodeProps>(SignInCodeEmail, signInCodeTexts),
  "signup-attempt": template<SignUpAttemptProps>(SignUpAttemptEmail, signUpAttemptTexts),
  "fast-track-receipt": template<FastTrackReceiptProps>(FastTrackReceiptEmail, fastTrackReceiptTexts),
  "consent-request": template<ConsentRequestProps>(ConsentRequestEmail, consentRequestTexts),
  "consent-outcome": template<ConsentOutcomeProps>(ConsentOutcomeEmail, consentOutcomeTexts),
  "inquiry-reply": template<InquiryReplyProps>(InquiryReplyEmail, inquiryReplyTexts),
  "inquiry-received": template<InquiryReceivedProps>(InquiryReceivedEmail, inquiryReceivedTexts),
  "inquiry-new": template<InquiryNewProps>(InquiryNewEmail, inquiryNewTexts),
  "inquiry-reminder": template<InquiryReminderProps>(InquiryReminderEmail, inquiryReminderTexts),
  "inquiry-escalation": template<InquiryEscalationProps>(InquiryEscalationEmail, inquiryEscalationTexts),
  "inquiry-handover": template<InquiryHandoverProps>(InquiryHandoverEmail, inquiryHandoverTexts),
  "guest-code": template<GuestCodeProps>(GuestCodeEmail, guestCodeTexts),
  "employee-code": template<EmployeeCodeProps>(EmployeeCodeEmail, employeeCodeTexts),
  "plan-requested": template<PlanRequestedProps>(PlanRequestedEmail, planRequestedTexts),
  "plan-decided": template<PlanDecidedProps>(PlanDecidedEmail, planDecidedTexts),
  "plan-invitation": template<PlanInvitationProps>(PlanInvitationEmail, planInvitationTexts),
  "plan-signed": template<PlanSignedProps>(PlanSignedEmail, planSignedTexts),
  "placement-proposed": template<PlacementProposedProps>(PlacementProposedEmail, placementProposedTexts),
  "placement-update": template<PlacementUpdateProps>(PlacementUpdateEmail, placementUpdateTexts),
  "placement-checkin-reminder": template<PlacementCheckinReminderProps>(PlacementCheckinReminderEmail, placementCheckinReminderTexts),
  newsletter: template<NewsletterProps>(NewsletterEmail, newsletterTexts),
  "newsletter-confirm": template<NewsletterConfirmProps>(NewsletterConfirmEmail, newsletterConfirmTexts),
  "plan-evaluation-reminder": template<PlanEvaluationReminderProps>(PlanEvaluationReminderEmail, planEvaluationReminderTexts),
  "follow-up-reminder": template<FollowUpReminderProps>(FollowUpReminderEmail, followUpReminderTexts),
  "case-closed": template<CaseClosedProps>(CaseClosedEmail, caseClosedTexts),
  "case-closure-proposed": template<CaseClosureProposedProps>(CaseClosureProposedEmail, caseClosureProposedTexts),
  "case-closure-rejected": template<CaseClosureRejectedProps>(CaseClosureRejectedEmail, caseClosureRejectedTexts),
  "meeting-notice": template<MeetingNoticeProps>(MeetingNoticeEmail, meetingNoticeTexts),
  "service-update": template<ServiceUpdateProps>(ServiceUpdateEmail, serviceUpdateTexts),
  "contact-changed": template<ContactChangedProps>(ContactChangedEmail, contactChangedTexts),
};

export type EmailTemplates = typeof emailTemplates;
export type EmailTemplateName = keyof EmailTemplates;
export type EmailProps<N extends EmailTemplateName> = EmailTemplates[N] extends Template<infer P> ? P : never;
