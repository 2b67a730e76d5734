// Every place that takes a return address sends a hostile one to the default page instead.
import { describe, expect, it } from "vitest";
import { action as codeAction, loader as codeLoader } from "~/routes/log-ind.kode";
import { action as signInAction, loader as signInLoader } from "~/routes/log-ind._index";
import { action as languageAction } from "~/routes/sprog";
import { makeEmployer } from "../support/factories";
import { hostileReturnAddresses } from "../support/hostileRedirects";
import { codeIn, deliverAll, lastMailTo } from "../support/mail";
import { callAction, callLoader, formRequest, getRequest, jsonOf } from "../support/requests";

let ipCount = 0;
/** A fresh address per request, so the per-IP sign-in limits never decide a case here. */
const nextIp = () => `198.51.100.${(ipCount++ % 250) + 1}`;

describe("no open redirect through a return address", () => {
  it.each(hostileReturnAddresses)("/log-ind does not carry %s on to the code page", async (_name, value) => {
    const page = await callLoader(signInLoader, getRequest(`/log-ind?${new URLSearchParams({ redirectTo: value })}`));
    expect(page.status).toBe(200);
    expect((await jsonOf(page)).redirectTo).toBe("");

    const { user } = await makeEmployer();
    const sent = await callAction(signInAction, formRequest("/log-ind", { email: user.email, redirectTo: value }), { ip: nextIp() });
    expect(sent.status).toBe(302);
    const location = new URL(sent.headers.get("Location")!, "http://localhost:3999");
    expect(location.pathname).toBe("/log-ind/kode");
    expect(location.searchParams.has("redirectTo")).toBe(false);
  });

  it.each(hostileReturnAddresses)("/log-ind/kode signs in to the home page, not to %s", async (_name, value) => {
    const { user } = await makeEmployer();
    const page = await callLoader(codeLoader, getRequest(`/log-ind/kode?${new URLSearchParams({ email: user.email, redirectTo: value })}`));
    expect(page.status).toBe(200);
    expect((await jsonOf(page)).redirectTo).toBe("");

    const ip = nextIp();
    await callAction(signInAction, formRequest("/log-ind", { email: user.email }), { ip });
    await deliverAll();
    const code = codeIn((await lastMailTo(user.email, /kode/i)).text);
    const signedIn = await callAction(codeAction, formRequest("/log-ind/kode", { email: user.email, code, redirectTo: value }), { ip });
    expect(signedIn.status).toBe(302);
    expect(signedIn.headers.get("Location")).toBe("/virksomhed");
    expect(signedIn.headers.get("Set-Cookie")).toMatch(/^fasthold_session=/);
  });

  it.each(hostileReturnAddresses)("/sprog changes the language and goes to the front page, not to %s", async (_name, value) => {
    const res = await callAction(languageAction, formRequest("/sprog", { lang: "en", redirectTo: value }));
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/");
    expect(res.headers.get("Set-Cookie")).toMatch(/^lang=/);
  });

  it("still returns to a path on this site everywhere", async () => {
    const back = "/plan/abc?version=2";
    expect((await jsonOf(await callLoader(signInLoader, getRequest(`/log-ind?redirectTo=${encodeURIComponent(back)}`)))).redirectTo).toBe(back);

    const { user } = await makeEmployer();
    const ip = nextIp();
    const sent = await callAction(signInAction, formRequest("/log-ind", { email: user.email, redirectTo: back }), { ip });
    expect(new URL(sent.headers.get("Location")!, "http://localhost:3999").searchParams.get("redirectTo")).toBe(back);
    const page = await callLoader(codeLoader, getRequest(`/log-ind/kode?${new URLSearchParams({ email: user.email, redirectTo: back })}`));
    expect((await jsonOf(page)).redirectTo).toBe(back);
    await deliverAll();
    const code = codeIn((await lastMailTo(user.email, /kode/i)).text);
    const signedIn = await callAction(codeAction, formRequest("/log-ind/kode", { email: user.email, code, redirectTo: back }), { ip });
    expect(signedIn.headers.get("Location")).toBe(back);

    const language = await callAction(languageAction, formRequest("/sprog", { lang: "da", redirectTo: back }));
    expect(language.headers.get("Location")).toBe(back);
  });
});
