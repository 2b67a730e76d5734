import { Button, Text } from "react-email";
import { emailTexts, langOf, type WithLang } from "./i18n";
import { EmailLayout, styles } from "./layout";

/**
 * Every email about a meeting: booked, changed, cancelled, the reminder the day before (each with the
 * .ics invitation attached by the outbox), the employee's answer, and the referat once held.
 */
export type MeetingNoticeProps = {
  variant: "booked" | "changed" | "cancelled" | "reminder" | "response" | "held";
  kind: "first_conversation" | "follow_up" | "round_table";
  form: "workplace" | "jobcenter" | "video" | "phone";
  /** Written in the reader's language when queued: "mandag 29. marts 2027 kl. 10.00". */
  when: string;
  place: string | null;
  videoUrl: string | null;
  employeeName: string;
  companyName: string;
  consultantName: string;
  reason?: string | null;
  response?: "accepted" | "declined" | null;
  url: string;
};

type P = MeetingNoticeProps;

const kindDa: Record<P["kind"], string> = {
  first_conversation: "Første samtale",
  follow_up: "Opfølgningssamtale",
  round_table: "Rundbordssamtale på arbejdspladsen",
};
const kindEn: Record<P["kind"], string> = {
  first_conversation: "First conversation",
  follow_up: "Follow-up conversation",
  round_table: "Round-table at the workplace",
};

export const meetingNoticeTexts = emailTexts(
  {
    kind: kindDa,
    form: { workplace: "På arbejdspladsen", jobcenter: "På jobcentret", video: "Video", phone: "Telefon" } as Record<P["form"], string>,
    subject: (p: P) =>
      ({
        booked: `Mødeindkaldelse: ${kindDa[p.kind]} ${p.when}`,
        changed: `Mødet er flyttet: ${kindDa[p.kind]} ${p.when}`,
        cancelled: `Aflyst: ${kindDa[p.kind]} ${p.when}`,
        reminder: `Påmindelse: ${kindDa[p.kind]} i morgen ${p.when}`,
        response: `${p.employeeName} har ${p.response === "declined" ? "afslået" : "accepteret"} mødet ${p.when}`,
        held: `Referat af mødet ${p.when}`,
      })[p.variant],
    heading: (p: P) =>
      ({
        booked: "Et møde er booket",
        changed: "Mødet er flyttet",
        cancelled: "Mødet er aflyst",
        reminder: "Påmindelse om mødet i morgen",
        response: p.response === "declined" ? "Medarbejderen har afslået mødet" : "Medarbejderen har accepteret mødet",
        held: "Mødet er holdt – læs referatet",
      })[p.variant],
    about: (p: P) => `${kindDa[p.kind]} om ${p.employeeName}, ${p.companyName}, med ${p.consultantName} fra jobcentret.`,
    when: "Tidspunkt",
    where: "Sted",
    video: "Videolink",
    reason: "Begrundelse",
    ics: "Kalenderinvitationen er vedhæftet (.ics) – åbn den for at lægge mødet i din kalender.",
    icsCancel: "Den vedhæftede fil (.ics) fjerner mødet fra din kalender.",
    button: "Se mødet",
  },
  {
    kind: kindEn,
    form: { workplace: "At the workplace", jobcenter: "At the jobcentre", video: "Video", phone: "Phone" },
    subject: (p) =>
      ({
        booked: `Meeting invitation: ${kindEn[p.kind]} ${p.when}`,
        changed: `Meeting moved: ${kindEn[p.kind]} ${p.when}`,
        cancelled: `Cancelled: ${kindEn[p.kind]} ${p.when}`,
        reminder: `Reminder: ${kindEn[p.kind]} tomorrow ${p.when}`,
        response: `${p.employeeName} has ${p.response === "declined" ? "declined" : "accepted"} the meeting ${p.when}`,
        held: `Summary of the meeting ${p.when}`,
      })[p.variant],
    heading: (p) =>
      ({
        booked: "A meeting has been booked",
        changed: "The meeting has been moved",
        cancelled: "The meeting has been cancelled",
        reminder: "Reminder of tomorrow's meeting",
        response: p.response === "declined" ? "The employee has declined the meeting" : "The employee has accepted the meeting",
        held: "The meeting was held – read the summary",
      })[p.variant],
    about: (p) => `${kindEn[p.kind]} about ${p.employeeName}, ${p.companyName}, with ${p.consultantName} from the jobcentre.`,
    when: "Time",
    where: "Place",
    video: "Video link",
    reason: "Reason",
    ics: "The calendar invitation is attached (.ics) – open it to add the meeting to your calendar.",
    icsCancel: "The attached file (.ics) removes the meeting from your calendar.",
    button: "See the meeting",
  },
);

export default function MeetingNoticeEmail({ lang, ...p }: P & WithLang) {
  const t = meetingNoticeTexts[langOf(lang)];
  const withIcs = ["booked", "changed", "cancelled", "reminder"].includes(p.variant);
  return (
    <EmailLayout lang={lang} preview={t.subject(p)} heading={t.heading(p)}>
      <Text style={styles.text}>{t.about(p)}</Text>
      <Text style={styles.text}>
        {t.when}: {p.when}
        <br />
        {t.where}: {t.form[p.form]}
        {p.place ? `, ${p.place}` : ""}
        {p.videoUrl ? (
          <>
            <br />
            {t.video}: {p.videoUrl}
          </>
        ) : null}
      </Text>
      {p.reason ? (
        <Text style={styles.text}>
          {t.reason}: {p.reason}
        </Text>
      ) : null}
      {withIcs ? <Text style={styles.muted}>{p.variant === "cancelled" ? t.icsCancel : t.ics}</Text> : null}
      <Button href={p.url} style={styles.button}>
        {t.button}
      </Button>
    </EmailLayout>
  );
}

MeetingNoticeEmail.PreviewProps = {
  variant: "booked",
  kind: "round_table",
  form: "workplace",
  when: "mandag 29. marts 2027 kl. 10.00",
  place: "Industrivej 4, 6700 Esbjerg",
  videoUrl: null,
  employeeName: "Mette Hansen",
  companyName: "Vestjysk Stål A/S",
  consultantName: "Karin Konsulent",
  reason: null,
  response: null,
  url: "http://localhost:3000/virksomhed/sager/abc",
} satisfies MeetingNoticeProps;
