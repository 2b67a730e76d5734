import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "~/utils/redirect";
import { hostileReturnAddresses } from "../support/hostileRedirects";

describe("safeRedirectPath", () => {
  it.each(hostileReturnAddresses)("refuses %s and gives the fallback", (_name, value) => {
    expect(safeRedirectPath(value, "/home")).toBe("/home");
    expect(safeRedirectPath(value)).toBe("/");
  });

  it("refuses what is not a string", () => {
    for (const value of [undefined, null, 42, ["/x"], { toString: () => "/x" }]) expect(safeRedirectPath(value, "/home")).toBe("/home");
  });

  it.each([
    "/",
    "/virksomhed",
    "/jobcenter/henvendelser/abc123?tab=noter#svar",
    "/log-ind?redirectTo=%2Fvirksomhed",
    "/plan/abc?version=2&x=%2F%2Fnot-at-the-start",
    "/a\\b",
  ])("keeps the path %s on this site", (value) => {
    expect(safeRedirectPath(value, "/home")).toBe(value);
  });
});
