import { describe, expect, it } from "vitest";
import { centuryOf, maskCpr, parseCpr } from "~/domain/cpr";

const weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
const passesModulus11 = (cpr: string) => [...cpr].reduce((sum, d, i) => sum + Number(d) * weights[i], 0) % 11 === 0;

describe("CPR validation", () => {
  it("accepts a number that passes modulus-11", () => {
    expect(passesModulus11("1506901002")).toBe(true);
    expect(parseCpr("150690-1002")).toEqual({ ok: true, cpr: "1506901002", birthDate: "1990-06-15", masked: "150690-xxxx" });
  });

  it("accepts valid numbers that fail modulus-11 (issued since 2007)", () => {
    for (const cpr of ["0101901234", "1204851234", "2512914000"]) {
      expect(passesModulus11(cpr)).toBe(false);
      expect(parseCpr(cpr).ok).toBe(true);
    }
  });

  it("accepts the usual ways of writing it", () => {
    expect(parseCpr("010190-1234")).toMatchObject({ ok: true, cpr: "0101901234" });
    expect(parseCpr("010190 1234")).toMatchObject({ ok: true, cpr: "0101901234" });
    expect(parseCpr("  0101901234 ")).toMatchObject({ ok: true, cpr: "0101901234" });
  });

  it("refuses what is not 10 digits", () => {
    for (const input of ["", "010190123", "01019012345", "010190-123A", "01-01-90-1234", "abcdefghij", "0101901234; drop table"]) {
      expect(parseCpr(input)).toEqual({ ok: false, reason: "format" });
    }
  });

  it("refuses impossible dates", () => {
    expect(parseCpr("3102901234")).toEqual({ ok: false, reason: "date" }); // 31 February
    expect(parseCpr("0013901234")).toEqual({ ok: false, reason: "date" }); // month 13
    expect(parseCpr("0001901234")).toEqual({ ok: false, reason: "date" }); // day 0
    expect(parseCpr("3104901234")).toEqual({ ok: false, reason: "date" }); // 31 April
  });

  it("reads the century from the 7th digit", () => {
    expect(centuryOf(0, 50)).toBe(1900);
    expect(centuryOf(3, 10)).toBe(1900);
    expect(centuryOf(4, 36)).toBe(2000);
    expect(centuryOf(4, 37)).toBe(1900);
    expect(centuryOf(9, 36)).toBe(2000);
    expect(centuryOf(9, 37)).toBe(1900);
    expect(centuryOf(5, 57)).toBe(2000);
    expect(centuryOf(8, 58)).toBe(1800);
  });

  it("knows leap days by century: 29 Feb 2000 exists, 29 Feb 1900 does not", () => {
    expect(parseCpr("2902004123")).toMatchObject({ ok: true, birthDate: "2000-02-29" }); // digit 4, yy 00 -> 2000
    expect(parseCpr("2902000123")).toEqual({ ok: false, reason: "date" }); // digit 0 -> 1900
    expect(parseCpr("2902585123")).toEqual({ ok: false, reason: "date" }); // digit 5, yy 58 -> 1858, not a leap year
    expect(parseCpr("2902805123")).toMatchObject({ ok: true, birthDate: "1880-02-29" }); // 1880 is a leap year
  });

  it("refuses a birth date after today", () => {
    expect(parseCpr("0101304123", "2026-11-23")).toEqual({ ok: false, reason: "date" }); // 2030
    expect(parseCpr("0101254123", "2026-11-23")).toMatchObject({ ok: true, birthDate: "2025-01-01" });
  });

  it("masks as ddmmyy-xxxx", () => {
    expect(maskCpr("0101901234")).toBe("010190-xxxx");
  });
});
