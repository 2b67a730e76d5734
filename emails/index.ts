import type { ComponentType } from "react";
import ConsentOutcomeEmail, { type ConsentOutcomeProps } from "./consent-outcome";
import ConsentRequestEmail, { type ConsentRequestProps } from "./consent-request";
import FastTrackNewRequestEmail, { type FastTrackNewRequestProps } from "./fast-track-new-request";
import FastTrackReceiptEmail, { type FastTrackReceiptProps } from "./fast-track-receipt";
import InquiryReplyEmail, { type InquiryReplyProps } from "./inquiry-reply";
import SignInCodeEmail, { type SignInCodeProps } from "./sign-in-code";

type Template<P> = { Component: ComponentType<P>; subject: (props: P) => string };

function template<P>(Component: ComponentType<P>, subject: (props: P) => string): Template<P> {
  return { Component, subject };
}

/** Every email the portal sends, by name. The outbox stores the name and the props. */
export const emailTemplates = {
  "sign-in-code": template<SignInCodeProps>(SignInCodeEmail, (p) => `Din kode til Fasthold: ${p.code}`),
  "fast-track-receipt": template<FastTrackReceiptProps>(FastTrackReceiptEmail, (p) => `Fast Track modtaget – svar senest ${p.answerBy}`),
  "fast-track-new-request": template<FastTrackNewRequestProps>(FastTrackNewRequestEmail, (p) => `Ny Fast Track-anmodning fra ${p.companyName}`),
  "consent-request": template<ConsentRequestProps>(ConsentRequestEmail, (p) => `${p.companyName} har bedt om Fast Track for dig`),
  "consent-outcome": template<ConsentOutcomeProps>(ConsentOutcomeEmail, (p) =>
    p.outcome === "consented" ? `Samtykke til Fast Track: ${p.employeeName}` : `Fast Track uden samtykke: ${p.employeeName}`,
  ),
  "inquiry-reply": template<InquiryReplyProps>(InquiryReplyEmail, (p) => `Svar fra jobcentret: ${p.subject}`),
};

export type EmailTemplates = typeof emailTemplates;
export type EmailTemplateName = keyof EmailTemplates;
export type EmailProps<N extends EmailTemplateName> = EmailTemplates[N] extends Template<infer P> ? P : never;
