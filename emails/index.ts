import type { ComponentType } from "react";
import ConsentOutcomeEmail, { type ConsentOutcomeProps } from "./consent-outcome";
import ConsentRequestEmail, { type ConsentRequestProps } from "./consent-request";
import FastTrackReceiptEmail, { type FastTrackReceiptProps } from "./fast-track-receipt";
import EmployeeCodeEmail, { type EmployeeCodeProps } from "./employee-code";
import GuestCodeEmail, { type GuestCodeProps } from "./guest-code";
import InquiryEscalationEmail, { type InquiryEscalationProps } from "./inquiry-escalation";
import InquiryHandoverEmail, { type InquiryHandoverProps } from "./inquiry-handover";
import InquiryNewEmail, { type InquiryNewProps } from "./inquiry-new";
import InquiryReceivedEmail, { type InquiryReceivedProps } from "./inquiry-received";
import InquiryReminderEmail, { type InquiryReminderProps } from "./inquiry-reminder";
import InquiryReplyEmail, { type InquiryReplyProps } from "./inquiry-reply";
import PlanDecidedEmail, { type PlanDecidedProps } from "./plan-decided";
import PlanEvaluationReminderEmail, { type PlanEvaluationReminderProps } from "./plan-evaluation-reminder";
import PlanInvitationEmail, { type PlanInvitationProps } from "./plan-invitation";
import PlanRequestedEmail, { type PlanRequestedProps } from "./plan-requested";
import PlanSignedEmail, { type PlanSignedProps } from "./plan-signed";
import NewsletterEmail, { type NewsletterProps } from "./newsletter";
import NewsletterConfirmEmail, { type NewsletterConfirmProps } from "./newsletter-confirm";
import PlacementCheckinReminderEmail, { type PlacementCheckinReminderProps } from "./placement-checkin-reminder";
import PlacementProposedEmail, { type PlacementProposedProps } from "./placement-proposed";
import PlacementUpdateEmail, { type PlacementUpdateProps } from "./placement-update";
import SignInCodeEmail, { type SignInCodeProps } from "./sign-in-code";
import SignUpAttemptEmail, { type SignUpAttemptProps } from "./signup-attempt";

type Template<P> = { Component: ComponentType<P>; subject: (props: P) => string };

function template<P>(Component: ComponentType<P>, subject: (props: P) => string): Template<P> {
  return { Component, subject };
}

/** Every email the portal sends, by name. The outbox stores the name and the props. */
export const emailTemplates = {
  "sign-in-code": template<SignInCodeProps>(SignInCodeEmail, (p) => `Din kode til Fasthold: ${p.code}`),
  "signup-attempt": template<SignUpAttemptProps>(SignUpAttemptEmail, () => "Nogen har forsøgt at oprette en bruger med din e-mail"),
  "fast-track-receipt": template<FastTrackReceiptProps>(FastTrackReceiptEmail, (p) => `Fast Track modtaget – svar senest ${p.answerBy}`),
  "consent-request": template<ConsentRequestProps>(ConsentRequestEmail, (p) => `${p.companyName} har bedt om Fast Track for dig`),
  "consent-outcome": template<ConsentOutcomeProps>(ConsentOutcomeEmail, (p) =>
    p.outcome === "consented" ? `Samtykke til Fast Track: ${p.employeeName}` : `Fast Track uden samtykke: ${p.employeeName}`,
  ),
  "inquiry-reply": template<InquiryReplyProps>(InquiryReplyEmail, (p) => `Svar fra jobcentret: ${p.subject}`),
  "inquiry-received": template<InquiryReceivedProps>(InquiryReceivedEmail, (p) => `Henvendelse modtaget – svar senest ${p.answerBy}`),
  "inquiry-new": template<InquiryNewProps>(InquiryNewEmail, (p) => `${p.kindLabel} fra ${p.companyName} – svar senest ${p.answerBy}`),
  "inquiry-reminder": template<InquiryReminderProps>(InquiryReminderEmail, (p) => `Påmindelse: svar ${p.companyName} senest ${p.answerBy}`),
  "inquiry-escalation": template<InquiryEscalationProps>(InquiryEscalationEmail, (p) => `Overskredet svarfrist: ${p.companyName}`),
  "inquiry-handover": template<InquiryHandoverProps>(InquiryHandoverEmail, (p) => `Overdraget til dig: ${p.subject}`),
  "guest-code": template<GuestCodeProps>(GuestCodeEmail, (p) => `Din kode: ${p.code}`),
  "employee-code": template<EmployeeCodeProps>(EmployeeCodeEmail, (p) => `Din kode til Fasthold: ${p.code}`),
  "plan-requested": template<PlanRequestedProps>(PlanRequestedEmail, (p) => `${p.employeeName} beder om en fastholdelsesplan`),
  "plan-decided": template<PlanDecidedProps>(PlanDecidedEmail, (p) =>
    p.accepted ? "Jeres fastholdelsesplan er startet" : "Svar på din anmodning om en fastholdelsesplan",
  ),
  "plan-invitation": template<PlanInvitationProps>(PlanInvitationEmail, () => "Vær med til at skrive din fastholdelsesplan"),
  "plan-signed": template<PlanSignedProps>(PlanSignedEmail, (p) => `Fastholdelsesplanen er godkendt: ${p.employeeName}`),
  "placement-proposed": template<PlacementProposedProps>(PlacementProposedEmail, (p) => `Forslag til virksomhedspraktik: ${p.offerTitle}`),
  "placement-update": template<PlacementUpdateProps>(PlacementUpdateEmail, (p) => p.heading),
  "placement-checkin-reminder": template<PlacementCheckinReminderProps>(PlacementCheckinReminderEmail, (p) => `Ugens status for praktikken: ${p.offerTitle}`),
  newsletter: template<NewsletterProps>(NewsletterEmail, (p) => p.title),
  "newsletter-confirm": template<NewsletterConfirmProps>(NewsletterConfirmEmail, (p) =>
    p.already ? "Du er allerede tilmeldt nyhedsbrevet" : "Bekræft dit abonnement på nyhedsbrevet",
  ),
  "plan-evaluation-reminder": template<PlanEvaluationReminderProps>(PlanEvaluationReminderEmail, (p) => `Evaluering af fastholdelsesplan ${p.evaluationDate}`),
};

export type EmailTemplates = typeof emailTemplates;
export type EmailTemplateName = keyof EmailTemplates;
export type EmailProps<N extends EmailTemplateName> = EmailTemplates[N] extends Template<infer P> ? P : never;
