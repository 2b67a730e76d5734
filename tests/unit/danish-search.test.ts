import { describe, expect, it } from "vitest";
import { foldDanish, matchScore, queryStems, stemDanish, stems } from "~/domain/danishSearch";
import { anchorFrom, parseGuideForm } from "~/domain/guideForm";
import { medianDays, nextStatus, serviceFiguresCsv } from "~/domain/serviceForm";
import { translator } from "~/utils/i18n.server";

const same = (a: string, b: string) => expect(stems(a), `${a} ~ ${b}`).toEqual(stems(b));
const finds = (query: string, text: string) => matchScore(queryStems(query), stems(text)) > 0;

describe("Danish search", () => {
  it("folds æ, ø and å and case, drops punctuation", () => {
    expect(foldDanish("Ærø, Søren & Åbenrå!")).toBe("aeroe soeren aabenraa");
    expect(foldDanish("Hjælpemidler")).toBe("hjaelpemidler");
  });

  it("meets singular, plural, definite and participle forms on one stem", () => {
    same("sygemelding", "sygemeldt");
    same("sygemelding", "sygemeldinger");
    same("sygemeldte", "sygemeldt");
    same("tilbud", "tilbuddene");
    same("tilbud", "tilbuddet");
    same("medarbejder", "medarbejdere");
    same("medarbejder", "medarbejderen");
    same("medarbejder", "medarbejderne");
    same("plan", "planer");
    same("hjælpemiddel", "hjælpemidlet".replace("midlet", "middel"));
  });

  it("keeps short words whole", () => {
    expect(stemDanish("ret")).toBe("ret");
    expect(stemDanish("er")).toBe("er");
  });

  it("finds every word of the query, also inside compounds and across æ/ø/å spellings", () => {
    expect(finds("sygemelding", "Når en medarbejder er sygemeldt")).toBe(true);
    expect(finds("tilbuddene", "Jobcentrets tilbud")).toBe(true);
    expect(finds("medarbejdere", "den sygemeldte medarbejder")).toBe(true);
    expect(finds("plan", "fastholdelsesplanen")).toBe(true);
    expect(finds("hjaelpemidler", "Hjælpemidler og tilpasning")).toBe(true);
    expect(finds("praktik hjælpemidler", "virksomhedspraktik")).toBe(false);
    expect(finds("", "alt")).toBe(false);
  });

  it("scores a title hit above a body hit", () => {
    const q = queryStems("praktik");
    expect(matchScore(q, stems("noget"), stems("Virksomhedspraktik"))).toBeGreaterThan(matchScore(q, stems("om praktik"), stems("Andet")));
  });
});

describe("guide form", () => {
  const t = translator("da");
  const valid = {
    basedOn: "1",
    status: "published",
    title_da: "Fast Track",
    summary_da: "Kort",
    "sections.0.anchor": "hvem",
    "sections.0.heading_da": "Hvem",
    "sections.0.markdown_da": "Tekst",
  };

  it("takes Danish text with English optional and derives a missing anchor from the heading", () => {
    const r = parseGuideForm({ ...valid, "sections.1.heading_da": "Hvornår gælder det?", "sections.1.markdown_da": "Senere" }, t);
    expect(r.ok && r.data.content.sections.map((s) => s.anchor)).toEqual(["hvem", "hvornaar-gaelder-det"]);
    expect(anchorFrom("Æbler på ø")).toBe("aebler-paa-oe");
  });

  it("refuses bad anchors, doubled anchors, missing text and no sections, field by field", () => {
    const r = parseGuideForm({ ...valid, "sections.0.anchor": "Bad anchor!", "sections.1.anchor": "x", "sections.1.heading_da": "To" }, t);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors["sections.0.anchor"]).toBe(t("guides.error.anchor"));
      expect(r.errors["sections.1.markdown_da"]).toBe(t("error.required"));
    }
    const twice = parseGuideForm({ ...valid, "sections.1.anchor": "hvem", "sections.1.heading_da": "To", "sections.1.markdown_da": "x" }, t);
    expect(!twice.ok && twice.errors["sections.1.anchor"]).toBe(t("guides.error.anchorTaken"));
    const none = parseGuideForm({ basedOn: "1", title_da: "T", summary_da: "S" }, t);
    expect(!none.ok && none.errors["sections.0.heading_da"]).toBe(t("guides.error.noSections"));
  });
});

describe("service requests", () => {
  it("goes agreed → scheduled → delivered → evaluated, or declined before delivery", () => {
    expect(nextStatus("requested", "agree")).toBe("agreed");
    expect(nextStatus("agreed", "schedule")).toBe("scheduled");
    expect(nextStatus("scheduled", "deliver")).toBe("delivered");
    expect(nextStatus("delivered", "evaluate")).toBe("evaluated");
    expect(nextStatus("requested", "decline")).toBe("declined");
    expect(nextStatus("requested", "deliver")).toBeNull();
    expect(nextStatus("delivered", "decline")).toBeNull();
    expect(nextStatus("evaluated", "evaluate")).toBeNull();
    expect(nextStatus("declined", "agree")).toBeNull();
  });

  it("takes the median of the days to delivery", () => {
    expect(medianDays([])).toBeNull();
    expect(medianDays([5, 1, 3])).toBe(3);
    expect(medianDays([1, 2, 3, 10])).toBe(2.5);
  });

  it("writes CSV for Danish spreadsheets and never a formula", () => {
    const csv = serviceFiguresCsv([
      { title: "=HYPERLINK(1)", status: "active", requests: 2, open: 1, delivered: 1, declined: 0, medianDaysToDelivery: 2.5, ratings: 1, averageRating: 4 },
    ]);
    expect(csv.startsWith("\uFEFFtilbud;status;")).toBe(true);
    expect(csv).toContain("'=HYPERLINK(1);active;2;1;1;0;2,5;1;4");
  });
});
