import { describe, expect, it } from "vitest";
import { draftOfContent, fillEnglish } from "./translation";

describe("English left to the Swedish text", () => {
  it("fills each missing English text from the Swedish one and says so", () => {
    const filled = fillEnglish({ title: { sv: "Läsning" }, highlights: [{ sv: "Böcker", en: "Books" }] });
    expect(filled).toEqual({ content: { title: { sv: "Läsning", en: "Läsning" }, highlights: [{ sv: "Böcker", en: "Books" }] }, untranslated: true });
    expect(fillEnglish({ title: { sv: "Läsning", en: "Reading" } }).untranslated).toBe(false);
  });

  it("shows those English fields empty again when the record is edited", () => {
    expect(draftOfContent({ untranslated: true, title: { sv: "Läsning", en: "Läsning" }, summary: { sv: "A", en: "B" } })).toEqual({
      title: { sv: "Läsning", en: "" },
      summary: { sv: "A", en: "B" },
    });
    expect(draftOfContent({ title: { sv: "Servicetrainee", en: "Servicetrainee" } })).toEqual({ title: { sv: "Servicetrainee", en: "Servicetrainee" } });
  });
});
