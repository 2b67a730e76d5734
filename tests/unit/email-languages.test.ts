import { describe, expect, it } from "vitest";
import { emailTemplates, type EmailTemplateName } from "~emails/index";
import { renderEmail } from "~/services/outbox.server";

const names = Object.keys(emailTemplates) as EmailTemplateName[];
const previewProps = (name: EmailTemplateName) => (emailTemplates[name].Component as unknown as { PreviewProps: never }).PreviewProps;

/** Danish words that must not be left in an English email (the props' own Danish examples aside). */
const danishWords = /\b(og|ikke|til|fra|svar|kode|koden|henvendelse|jobcentret|virksomheden|senest|skal|kan|har|Kære|Åbn|Se|Din|Du|Vi|Jeres|Bekræft|e-mail)\b/;

/** The Danish the preview props bring (names, dates, titles), cut out before looking for Danish words. */
function withoutProps(text: string, props: Record<string, unknown>): string {
  let out = text;
  const values = Object.values(props).flatMap((v) =>
    typeof v === "string" ? [v] : Array.isArray(v) ? v.flatMap((s) => Object.values(s as Record<string, string>)) : [],
  );
  for (const v of values.sort((a, b) => b.length - a.length)) out = out.split(v).join(" ");
  return out;
}

describe("every email in both languages", () => {
  for (const name of names) {
    it(`${name}: renders in Danish and English with a subject, lang attribute and plain-text part`, async () => {
      const props = previewProps(name);
      const da = await renderEmail(name, props, "da");
      const en = await renderEmail(name, props, "en");
      expect(da.html).toMatch(/<html[^>]* lang="da"/);
      expect(en.html).toMatch(/<html[^>]* lang="en"/);
      expect(en.html).not.toContain('lang="da"');
      expect(da.text.length).toBeGreaterThan(50);
      expect(en.text.length).toBeGreaterThan(50);
      expect(da.subject.length).toBeGreaterThan(5);
      expect(en.subject.length).toBeGreaterThan(5);
      expect(en.text).toContain("This email was sent from Fasthold");
      expect(da.text).toContain("Denne e-mail er sendt fra Fasthold");
      if (name !== "newsletter" && name !== "placement-update") {
        // Their subject and body are written by the sender; every other email has its own words in each language.
        expect(en.subject).not.toBe(da.subject);
        expect(withoutProps(en.text, props)).not.toMatch(danishWords);
      }
    });
  }

  it("no Danish left in key English emails: subject and a sentence", async () => {
    const signIn = await renderEmail("sign-in-code", previewProps("sign-in-code"), "en");
    expect(signIn.subject).toBe("Your Fasthold code: 482913");
    expect(signIn.text).toContain("The code works for 10 minutes and only once.");

    const reply = await renderEmail("inquiry-reply", previewProps("inquiry-reply"), "en");
    expect(reply.subject).toBe("Answer from the jobcentre: Fast Track: Mette Hansen");
    expect(reply.text).toContain("Karin Lund has answered:");

    const reminder = await renderEmail("inquiry-reminder", previewProps("inquiry-reminder"), "en");
    expect(reminder.subject).toBe("Reminder: answer Vestjysk Stål A/S by tirs. 24. nov. 2026 kl. 10.15");
    expect(reminder.text).toContain("An unassigned inquiry from Vestjysk Stål A/S has not been answered yet.");

    const consent = await renderEmail("consent-request", previewProps("consent-request"), "en");
    expect(consent.subject).toBe("Vestjysk Stål A/S has asked for Fast Track for you");
    expect(consent.text).toContain("This needs your consent.");
  });

  it("keeps the Danish wording", async () => {
    const signIn = await renderEmail("sign-in-code", previewProps("sign-in-code"));
    expect(signIn.subject).toBe("Din kode til Fasthold: 482913");
    expect(signIn.text).toContain("Koden virker i 10 minutter og kun én gang. Har du ikke bedt om den, kan du se bort fra denne e-mail.");
    const reminder = await renderEmail("inquiry-reminder", previewProps("inquiry-reminder"));
    expect(reminder.subject).toBe("Påmindelse: svar Vestjysk Stål A/S senest tirs. 24. nov. 2026 kl. 10.15");
  });
});
