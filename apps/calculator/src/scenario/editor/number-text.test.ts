import { describe, expect, it } from "vitest";
import { readTypedNumber } from "./number-text";

describe("readTypedNumber", () => {
  it.each([
    ["sv", "1 234,5", 1234.5],
    ["sv", "1\u00a0234,5", 1234.5],
    ["sv", "1.234,5", 1234.5],
    ["sv", "3,5", 3.5],
    ["sv", "3.5", 3.5],
    ["sv", "\u22120,2", -0.2],
    ["sv", "12,", 12],
    ["en", "1,234.5", 1234.5],
    ["en", "1,234", 1234],
    ["en", "1234.5", 1234.5],
    ["en", "0,5", 0.5],
  ])("reads %s %j as %d", (locale, text, value) => {
    expect(readTypedNumber(locale, text)).toEqual({ value });
  });

  it.each([
    ["sv", "1,234.5", "ambiguousNumber"],
    ["en", "1.234,5", "ambiguousNumber"],
    ["sv", "1,2,3", "number"],
    ["sv", "", "number"],
    ["sv", "-", "number"],
    ["sv", "12 kr", "number"],
  ])("refuses %s %j", (locale, text, error) => {
    expect(readTypedNumber(locale, text)).toEqual({ error });
  });
});
