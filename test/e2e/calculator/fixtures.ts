// Each test its own signed-in planner and its own scenario under a name no other test uses, so that tests share no
// state: they run in any order or at the same time, and one that fails leaves the others as they were.
import { randomUUID } from "node:crypto";
import { test as base, type Page } from "@playwright/test";
import { createFromShowcaseLink, norrkopingPlanner, signIn } from "./session";

export { expect } from "@playwright/test";

/** Lower-case letters and digits that make a name or a web address of one test its own. */
export function uniqueId(): string {
  return randomUUID().replace(/-/g, "").slice(0, 10);
}

export function uniqueName(name: string): string {
  return `${name} ${uniqueId()}`;
}

export interface Scenario {
  name: string;
  /** The editor's address, e.g. /scenarios/<id>. */
  path: string;
  id: string;
}

export const test = base.extend<{ scenarioName: string; planner: Page; scenario: Scenario }>({
  /** The start of the scenario's name; `test.use({ scenarioName })` per file. */
  scenarioName: ["E2E kalkyl", { option: true }],
  /** The test's page, signed in as Norrköping's demo planner, on the scenario list. */
  planner: async ({ page }, use) => {
    await signIn(page, norrkopingPlanner);
    await use(page);
  },
  /** A scenario made the way the showcase links to it; the planner's page is left on its editor. */
  scenario: async ({ planner, scenarioName }, use) => {
    const name = uniqueName(scenarioName);
    const path = await createFromShowcaseLink(planner, name);
    await use({ name, path, id: path.split("/").at(-1) ?? "" });
  },
});
