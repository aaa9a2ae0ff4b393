import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { followUp } from "../follow-up/follow-up.ts";
import { workedExampleFollowUp } from "../follow-up/worked-example.ts";
import { computeScenario } from "./compute.ts";
import { workedExampleScenario } from "./worked-example.ts";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");

describe("README", () => {
  it("shows the worked example as the package exports it, and its figures", () => {
    const block = /```json\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(JSON.parse(block ?? "null")).toEqual(workedExampleScenario);
    const { totals } = computeScenario(workedExampleScenario);
    expect(readme).toMatch(/result\.totals\.npv;\s*\/\/ 8 595 915\.19/);
    expect(totals.npv.toFixed(2)).toBe("8595915.19");
  });

  it("shows the follow-up example's figures as followUp computes them", () => {
    const result = followUp(workedExampleFollowUp);
    expect(readme).toMatch(/result\.realisationRate\.welfare; \/\/ 0\.985222/);
    expect(result.realisationRate.welfare?.toFixed(6)).toBe("0.985222");
    expect(readme).toMatch(/result\.totals\.varianceNpv; \/\/ 477\.55/);
    expect(result.totals.varianceNpv.toFixed(2)).toBe("477.55");
    expect(result.fund?.repaidByOffset).toBe(4);
  });
});
