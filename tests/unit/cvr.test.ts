import { describe, expect, it } from "vitest";
import { normalizeCvr } from "~/domain/cvr";

describe("CVR validation", () => {
  it("accepts 8 digits that pass the modulus-11 check", () => {
    expect(normalizeCvr("31245672")).toBe("31245672");
    expect(normalizeCvr("10150817")).toBe("10150817");
    expect(normalizeCvr("DK 31 24 56 72")).toBe("31245672");
  });

  it("refuses a wrong check digit", () => {
    expect(normalizeCvr("31245673")).toBeNull();
    expect(normalizeCvr("10150818")).toBeNull();
  });

  it("refuses anything that is not 8 digits", () => {
    for (const input of ["", "1234567", "123456789", "0123456x", "abcdefgh", "01234567"]) {
      expect(normalizeCvr(input)).toBeNull();
    }
  });
});
