import { describe, expect, it } from "vitest";
import { getAt, setAt, toContent } from "./draft";

describe("the form's draft", () => {
  it("sets a value deep inside without touching the original", () => {
    const draft = { evaluations: [{ groups: [{ label: { sv: "A", en: "" } }] }] };
    const next = setAt(draft, ["evaluations", 0, "groups", 0, "label", "en"], "B");
    expect(getAt(next, ["evaluations", 0, "groups", 0, "label"])).toEqual({ sv: "A", en: "B" });
    expect(draft.evaluations[0]!.groups[0]!.label.en).toBe("");
  });

  it("leaves blank texts and empty optional objects out, but keeps list items so the schema can name them", () => {
    expect(
      toContent({
        title: { sv: "Läsning", en: "" },
        background: { sv: " ", en: "" },
        participants: 30,
        highlights: [{ sv: "", en: "" }],
      }),
    ).toEqual({ title: { sv: "Läsning" }, participants: 30, highlights: [{}] });
  });
});
