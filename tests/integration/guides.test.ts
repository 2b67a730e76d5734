import { describe, expect, it } from "vitest";
import { db } from "~db/index";
import { loader as fastTrackLoader } from "~/routes/virksomhed.fast-track";
import { loader as praktikLoader } from "~/routes/virksomhed.praktik.anmod";
import { loader as contactLoader } from "~/routes/kontakt._index";
import { loader as planEditLoader } from "~/routes/plan.$planId.rediger";
import { loader as guidesLoader } from "~/routes/vejledning._index";
import { loader as searchLoader } from "~/routes/soeg";
import { loader as staffGuidesLoader } from "~/routes/jobcenter.vejledning._index";
import { copenhagenToUtc } from "~/utils/dates";
import { setNow } from "~/utils/clock";
import { cookieFor, makeEmployer, makeUser } from "../support/factories";
import { employerWithCase, startPlanAsEmployer } from "../support/plans";
import { editorValues, guideCounts, guideHistory, postGuide, publicGuide } from "../support/guides";
import { callLoader, getRequest, jsonOf } from "../support/requests";

async function consultant() {
  const user = await makeUser("consultant");
  return { user, cookie: await cookieFor(user.id) };
}

describe("guides", () => {
  it("are public, in Danish and English, with stable section anchors and the day they were updated", async () => {
    const list = await jsonOf(await callLoader(guidesLoader, getRequest("/vejledning")));
    expect(list.guides.map((g: any) => g.slug)).toEqual(
      expect.arrayContaining(["fast-track", "fastholdelsesplan", "delvis-raskmelding", "virksomhedspraktik", "helbredsoplysninger", "24-timers-loefte"]),
    );
    const { guide } = await jsonOf(await publicGuide("fast-track"));
    expect(guide.title).toBe("Fast Track – tidlig opfølgning");
    expect(guide.sections.map((s: any) => s.anchor)).toEqual(["hvem", "hvornaar", "spoergsmaal", "samtykke", "hvad-sker-der", "kilder"]);
    expect(guide.sections[1].markdown).toContain("første fraværsdag + 34 dage");
    expect(guide.updatedOn).toBe("2026-12-02");
    const en = await callLoader(
      (await import("~/routes/vejledning.$slug")).loader,
      new Request("http://localhost:3999/vejledning/fast-track", { headers: { Cookie: "lang=en" } }),
      { params: { slug: "fast-track" } },
    );
    expect(en.status).toBe(200);
    expect((await publicGuide("findes-ikke")).status).toBe(404);
    expect((await publicGuide("../etc")).status).toBe(404);
  });

  it("a consultant previews (nothing saved), saves a new version; the public page shows it, 'updated' and the history both versions with who and when", async () => {
    setNow(copenhagenToUtc("2026-12-10", "10:00:00"));
    const { user, cookie } = await consultant();
    const values = await editorValues(cookie, "delvis-raskmelding");
    expect(values.basedOn).toBe("1");
    const edited = { ...values, "sections.0.markdown_da": "Ny tekst om **4 timer** <script>alert(1)</script> [farlig](javascript:alert(2))" };

    const before = await guideCounts();
    const preview = await postGuide(cookie, "delvis-raskmelding", { ...edited, intent: "preview" });
    expect(preview.status).toBe(200);
    expect((await jsonOf(preview)).preview.sections[0].markdown).toContain("Ny tekst om **4 timer**");
    expect(await guideCounts()).toEqual(before);

    const saved = await postGuide(cookie, "delvis-raskmelding", { ...edited, intent: "save" });
    expect(saved.status).toBe(302);
    expect(saved.headers.get("Location")).toBe("/jobcenter/vejledning/delvis-raskmelding?gemt=2");
    const { guide } = await jsonOf(await publicGuide("delvis-raskmelding"));
    expect(guide.sections[0].markdown).toContain("Ny tekst om **4 timer**");
    expect(guide.updatedOn).toBe("2026-12-10");
    const audit = await db.selectFrom("audit_log").selectAll().where("action", "=", "guide.updated").where("actor_id", "=", user.id).execute();
    expect(audit).toHaveLength(1);

    const history = await jsonOf(await guideHistory(cookie, "delvis-raskmelding"));
    expect(history.versions.map((v: any) => [v.version, v.author])).toEqual([
      [2, user.name],
      [1, "Jobcentret"],
    ]);
    expect(history.versions[0].at).toBe("2026-12-10T09:00:00.000Z");

    // Saving again on version 1 (someone else saved in between): refused, what was typed kept, nothing written.
    const mid = await guideCounts();
    const stale = await postGuide(cookie, "delvis-raskmelding", { ...values, "sections.0.markdown_da": "Min ældre tekst", intent: "save" });
    expect(stale.status).toBe(409);
    const body = await jsonOf(stale);
    expect(body.values["sections.0.markdown_da"]).toBe("Min ældre tekst");
    expect(body.values.basedOn).toBe("2");
    expect(await guideCounts()).toEqual(mid);
  });

  it("bad input gets a message by the field and writes nothing; a draft is not public", async () => {
    const { cookie } = await consultant();
    const values = await editorValues(cookie, "helbredsoplysninger");
    const before = await guideCounts();
    const bad = await postGuide(cookie, "helbredsoplysninger", { ...values, title_da: "", "sections.0.anchor": "Ikke gyldigt!", intent: "save" });
    expect(bad.status).toBe(400);
    const body = await jsonOf(bad);
    expect(body.errors.title_da).toBe("Udfyld feltet.");
    expect(body.errors["sections.0.anchor"]).toMatch(/små bogstaver/);
    expect(body.values["sections.0.anchor"]).toBe("Ikke gyldigt!");
    const noIntent = await postGuide(cookie, "helbredsoplysninger", { ...values, intent: "drop" });
    expect(noIntent.status).toBe(400);
    expect(await guideCounts()).toEqual(before);

    expect((await postGuide(cookie, "helbredsoplysninger", { ...values, status: "draft", intent: "save" })).status).toBe(302);
    expect((await publicGuide("helbredsoplysninger")).status).toBe(404);
    const staffList = await jsonOf(await callLoader(staffGuidesLoader, getRequest("/jobcenter/vejledning", cookie)));
    expect(staffList.guides.find((g: any) => g.slug === "helbredsoplysninger")).toMatchObject({ status: "draft", version: 2 });
  });

  it("only staff edit: an employer and a visitor are turned away and nothing is written", async () => {
    const employer = await makeEmployer();
    const before = await guideCounts();
    const asEmployer = await postGuide(employer.cookie, "fast-track", { basedOn: "1", title_da: "Hacket", summary_da: "x", intent: "save" });
    expect(asEmployer.status).toBe(404);
    const asVisitor = await postGuide(undefined as any, "fast-track", { basedOn: "1", title_da: "Hacket", summary_da: "x", intent: "save" });
    expect(asVisitor.status).toBe(302);
    expect(asVisitor.headers.get("Location")).toMatch(/^\/log-ind/);
    expect(await guideCounts()).toEqual(before);
  });

  it("the Fast Track form, the praktik request, Kontakt and the plan editor carry the guide's sections where the questions arise", async () => {
    const employer = await makeEmployer();
    const data = await jsonOf(await callLoader(fastTrackLoader, getRequest("/virksomhed/fast-track", employer.cookie)));
    expect(data.hints.when).toMatchObject({ heading: "Hvornår: 5-ugers-reglen", href: "/vejledning/fast-track#hvornaar" });
    expect(data.hints.questions.href).toBe("/vejledning/fast-track#spoergsmaal");
    // The section arrives rendered on the server (the page needs no Markdown parser): a list and bold text.
    expect(data.hints.questions.html).toContain("<li>Hvilke arbejdsfunktioner er påvirket af sygdommen?</li>");
    expect(data.hints.questions.html).toContain("<strong>Skriv ikke en diagnose</strong>");

    const praktik = await jsonOf(await callLoader(praktikLoader, getRequest("/virksomhed/praktik/anmod", employer.cookie)));
    expect(praktik.hint).toMatchObject({ heading: "Hvor længe?", href: "/vejledning/virksomhedspraktik#varighed" });
    const contact = await jsonOf(await callLoader(contactLoader, getRequest("/kontakt")));
    expect(contact.hint.href).toBe("/vejledning/24-timers-loefte#loeftet");
    const a = await employerWithCase();
    const planId = await startPlanAsEmployer(a.cookie, a.caseId);
    const plan = await jsonOf(await callLoader(planEditLoader, getRequest(`/plan/${planId}/rediger`, a.cookie), { params: { planId } }));
    expect(plan.hint).toMatchObject({ heading: "Hvad står der i planen?", href: "/vejledning/fastholdelsesplan#indhold" });
  });

  it("one search over guides and services finds Danish words across forms and æ/ø/å", async () => {
    const search = async (q: string) => jsonOf(await callLoader(searchLoader, getRequest(`/soeg?q=${encodeURIComponent(q)}`)));
    const sick = await search("sygemelding");
    expect(sick.hits.length).toBeGreaterThan(0);
    expect(sick.hits.some((h: any) => h.href.startsWith("/vejledning/"))).toBe(true);
    const services = await search("tilbuddene");
    expect(services.hits.some((h: any) => h.kind === "guide" || h.kind === "service")).toBe(true);
    const ergo = await search("ergonomiske vurderinger");
    expect(ergo.hits[0]).toMatchObject({ kind: "service", href: "/tilbud/ergonomisk-vurdering" });
    const aids = await search("hjaelpemidler");
    expect(aids.hits.map((h: any) => h.href)).toContain("/tilbud/hjaelpemidler-og-tilpasning");
    const when = await search("5 uger");
    expect(when.hits.map((h: any) => h.href)).toContain("/vejledning/fast-track#hvornaar");
    expect((await search("")).hits).toEqual([]);
    expect((await search("x".repeat(500))).q).toBe("");
  });
});
