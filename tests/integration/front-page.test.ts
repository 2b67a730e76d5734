import { afterEach, describe, expect, it } from "vitest";
import { loader as frontLoader } from "~/routes/_index";
import { resetEnvCache } from "~/utils/env.server";
import { cookieFor, makeEmployer, makeUser } from "../support/factories";
import { callLoader, getRequest, jsonOf } from "../support/requests";

afterEach(() => {
  delete process.env.AUTHORITY_NAME;
  delete process.env.AUTHORITY_PHONE;
  resetEnvCache();
});

describe("the front page", () => {
  it("signed out: a direct way to report a sick employee (through sign-in, back to the form) and the jobcenter's name and phone", async () => {
    const res = await callLoader(frontLoader, getRequest("/"));
    expect(res.status).toBe(200);
    const page = await jsonOf(res);
    expect(page.fastTrackHref).toBe("/log-ind?redirectTo=%2Fvirksomhed%2Ffast-track");
    expect(page.authority).toEqual({ name: "Jobcenter Eksempelby", phone: "70 10 20 30", email: "jobcenter@jobcenter.example" });
  });

  it("signed-in HR: the front page too, with the action straight to the form and the jobcenter's own settings", async () => {
    Object.assign(process.env, { AUTHORITY_NAME: "Jobcenter Holstebro", AUTHORITY_PHONE: "96 11 50 00" });
    resetEnvCache();
    const { cookie } = await makeEmployer();
    const page = await jsonOf(await callLoader(frontLoader, getRequest("/", cookie)));
    expect(page.fastTrackHref).toBe("/virksomhed/fast-track");
    expect(page.authority).toMatchObject({ name: "Jobcenter Holstebro", phone: "96 11 50 00" });
  });

  it("staff go on to the desk", async () => {
    const staff = await makeUser("consultant");
    const res = await callLoader(frontLoader, getRequest("/", await cookieFor(staff.id)));
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/jobcenter");
  });
});
