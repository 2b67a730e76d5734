import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { parseIssueForm } from "~/domain/newsletterForm";
import { parseCsv } from "~/services/newsletter.server";
import { translator } from "~/utils/i18n.server";
import { Markdown } from "~/utils/markdown";

const html = (md: string) => renderToStaticMarkup(Markdown({ source: md }));

describe("newsletter Markdown", () => {
  it("renders headings, emphasis, links and lists", () => {
    expect(html("## Nyt\n\nHej **alle** og *velkommen*. Se [borger.dk](https://www.borger.dk).\n\n- en\n- to")).toBe(
      '<h3>Nyt</h3><p>Hej <strong>alle</strong> og <em>velkommen</em>. Se <a href="https://www.borger.dk">borger.dk</a>.</p><ul><li>en</li><li>to</li></ul>',
    );
  });

  it("never lets markup or script through", () => {
    const out = html('Hej <script>alert(1)</script> <img src=x onerror="alert(2)"> [klik](javascript:alert(3)) <a href="https://evil">x</a>');
    expect(out).not.toMatch(/<script|<img|<a |href="javascript/); // tags come out as text, never as elements
    expect(out).toContain("&lt;script&gt;");
    expect(out).toContain("klik");
  });

  it("keeps mailto links and drops other schemes", () => {
    expect(html("[skriv](mailto:job@example.dk) [data](data:text/html,x)")).toBe('<p><a href="mailto:job@example.dk">skriv</a> data</p>');
  });
});

describe("CSV import parsing", () => {
  it("reads commas or semicolons, quotes, a BOM and Windows line ends", () => {
    expect(parseCsv('\uFEFFemail;navn;virksomhed\r\na@x.dk;"Hansen; Mette";"Firma ""A"""\r\n\r\nb@x.dk;Bo;\r\n')).toEqual([
      ["email", "navn", "virksomhed"],
      ["a@x.dk", "Hansen; Mette", 'Firma "A"'],
      ["b@x.dk", "Bo", ""],
    ]);
    expect(parseCsv("email,name\nc@x.dk,Carl")).toEqual([
      ["email", "name"],
      ["c@x.dk", "Carl"],
    ]);
  });
});

describe("the issue form", () => {
  const t = translator("da");
  it("keeps filled sections, drops empty and removed ones, and names what is missing", () => {
    const ok = parseIssueForm(
      {
        title: "Nr. 1",
        preview: "Kort",
        "sections.0.heading": "A",
        "sections.0.markdown": "tekst",
        "sections.1.heading": "B",
        "sections.1.markdown": "x",
        "sections.1.remove": "on",
        "sections.2.heading": "",
        "sections.2.markdown": "",
      },
      t,
    );
    expect(ok).toEqual({ ok: true, data: { title: "Nr. 1", preview: "Kort", sections: [{ heading: "A", markdown: "tekst" }] } });
    const bad = parseIssueForm({ title: "", preview: "p", "sections.0.heading": "A", "sections.0.markdown": "" }, t);
    expect(bad).toEqual({ ok: false, errors: { title: "Udfyld feltet.", "sections.0.markdown": "Udfyld feltet." } });
    expect(parseIssueForm({ title: "T", preview: "P" }, t)).toEqual({ ok: false, errors: { "sections.0.heading": "Skriv mindst ét afsnit." } });
  });
});
