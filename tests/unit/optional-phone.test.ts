// The optional phone fields (staff profile, company sign-up, Kontakt) share one rule and one message.
import { describe, expect, it } from "vitest";
import { staffProfileSchema } from "~/schemas/jobcenter.server";
import { inquiryFields } from "~/schemas/public.server";
import { signupSchema } from "~/schemas/virksomhed.server";
import { parseForm } from "~/utils/forms.server";
import { translator } from "~/utils/i18n.server";

const t = translator("da");
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};
const PHONE_MESSAGE = "Skriv et telefonnummer med mindst 8 cifre, fx 12 34 56 78.";

describe("optional phone fields", () => {
  it("the staff profile: empty (or left out) empties the phone, a number is kept trimmed, anything else gets the phone message", () => {
    const parse = (phone?: string) => parseForm(staffProfileSchema, form(phone === undefined ? {} : { phone }), t);
    expect(parse("  ")).toMatchObject({ ok: true, data: { phone: null } });
    expect(parse()).toMatchObject({ ok: true, data: { phone: null } });
    expect(parse(" +45 12 34-56 78 ")).toMatchObject({ ok: true, data: { phone: "+45 12 34-56 78" } });
    expect(parse("abc")).toMatchObject({ ok: false, failure: { errors: { phone: PHONE_MESSAGE } } });
  });

  it("a company's sign-up and Kontakt: empty is no phone, anything but a number gets the phone message", () => {
    const signup = { cvr: "", companyName: "A", name: "B", email: "b@example.test" };
    const empty = parseForm(signupSchema, form({ ...signup, phone: "" }), t);
    expect(empty.ok ? undefined : empty.failure.errors.phone).toBeUndefined();
    expect(parseForm(signupSchema, form({ ...signup, phone: "abc" }), t)).toMatchObject({ ok: false, failure: { errors: { phone: PHONE_MESSAGE } } });

    const inquiry = { subject: "S", message: "M", preferredContact: "email", contactName: "N", contactEmail: "n@example.test" };
    const noPhone = parseForm(inquiryFields, form({ ...inquiry, contactPhone: " " }), t);
    expect(noPhone.ok && noPhone.data.contactPhone).toBeUndefined();
    expect(parseForm(inquiryFields, form({ ...inquiry, contactPhone: "12 34 56 78" }), t)).toMatchObject({ ok: true, data: { contactPhone: "12 34 56 78" } });
    expect(parseForm(inquiryFields, form({ ...inquiry, contactPhone: "12" }), t)).toMatchObject({
      ok: false,
      failure: { errors: { contactPhone: PHONE_MESSAGE } },
    });
  });
});
