import { describe, expect, it } from "vitest";
import { guideSeeds } from "~db/content/guides";
import { markdownHtml as html } from "~/utils/markdown.server";

describe("guides use the newsletter's safe Markdown renderer", () => {
  it("shows HTML as text and drops javascript: links", () => {
    const out = html(
      '## Vejledning\n\n<script>alert(1)</script>\n\nTekst <b onclick="x">fed</b> [klik her](javascript:alert(2)) [ok](https://www.retsinformation.dk)',
    );
    expect(out).not.toMatch(/<script|<b |href="javascript/);
    expect(out).toContain("&lt;script&gt;");
    expect(out).toContain("klik her");
    expect(out).toContain('<a href="https://www.retsinformation.dk">ok</a>');
  });

  it("every seeded guide has a title, a summary and sections with unique anchors in both languages", () => {
    for (const g of guideSeeds) {
      expect(g.content.title.da && g.content.title.en, g.slug).toBeTruthy();
      const anchors = g.content.sections.map((s) => s.anchor);
      expect(new Set(anchors).size, g.slug).toBe(anchors.length);
      for (const s of g.content.sections) {
        expect(s.anchor).toMatch(/^[a-z0-9][a-z0-9-]{0,39}$/);
        expect(s.markdown.da && s.markdown.en, `${g.slug}#${s.anchor}`).toBeTruthy();
        expect(html(s.markdown.da)).not.toMatch(/<script|javascript:/);
      }
    }
  });

  it("names its sources and says where a rule is local practice", () => {
    const all = JSON.stringify(guideSeeds);
    for (const source of ["§ 7 b", "§ 7 c", "§ 7 e", "bekendtgørelse om opfølgning i sygedagpengesager", "helbredsoplysningsloven", "§ 58", "§ 61"]) {
      expect(all).toContain(source);
    }
    expect(all).toContain("lokal praksis");
    expect(all).toContain("ikke et lovkrav");
  });
});
