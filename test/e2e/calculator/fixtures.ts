// Each test its own signed-in page and its own scenario under a name no other test uses, so that tests share no
// data: they run in any order or at the same time, and one that fails leaves the others as they were.
import { randomInt } from "node:crypto";
import { test as base, type Browser, expect, type Page } from "@playwright/test";
import { newScenarioInput } from "../../../apps/calculator/src/scenario/create/new-scenario";
import { trpcMutation } from "../trpc";
import { demoPassword, norrkopingPlanner } from "./session";

export { expect } from "@playwright/test";

/**
 * Ten digits that make a name or a web address of one test its own. Digits, not hex: a PDF's text layer splits
 * the ligature of "ff" ("d6d ff 6ba88"), and a name must read back as it was written.
 */
export function uniqueId(): string {
  return String(randomInt(10_000_000_000)).padStart(10, "0");
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

type StorageState = Awaited<ReturnType<Awaited<ReturnType<Browser["newContext"]>>["storageState"]>>;

export const test = base.extend<
  { scenarioName: string; signedIn: (email: string) => Promise<Page>; planner: Page; scenario: Scenario },
  { sessions: (email: string) => Promise<StorageState> }
>({
  /**
   * A demo user's session, signed in once per worker: sessions are no data a test changes, and the API allows
   * 20 sign-ins a minute from one address (RATE_LIMIT_AUTH_PER_MINUTE), which a sign-in per test would pass.
   */
  sessions: [
    async ({ browser }, use, workerInfo) => {
      const signedIn = new Map<string, Promise<StorageState>>();
      await use((email) => {
        const known = signedIn.get(email);
        if (known) return known;
        const session = (async () => {
          const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL });
          const response = await context.request.post("/api/auth/sign-in/email", { data: { email, password: demoPassword } });
          expect(response.status(), `sign-in of ${email}`).toBe(200);
          const state = await context.storageState();
          await context.close();
          return state;
        })();
        signedIn.set(email, session);
        return session;
      });
    },
    { scope: "worker" },
  ],
  /** The start of the scenario's name; `test.use({ scenarioName })` per file. */
  scenarioName: ["E2E kalkyl", { option: true }],
  /** A page of a context of its own (axe needs one) with `email`'s session, on the scenario list. */
  signedIn: async ({ browser, sessions }, use) => {
    const contexts: Awaited<ReturnType<Browser["newContext"]>>[] = [];
    await use(async (email) => {
      const context = await browser.newContext({ storageState: await sessions(email) });
      contexts.push(context);
      const page = await context.newPage();
      await page.goto("/");
      await expect(page.getByRole("heading", { level: 1, name: "Kalkyler" })).toBeVisible();
      return page;
    });
    for (const context of contexts) await context.close();
  },
  /** Norrköping's demo planner. */
  planner: async ({ signedIn }, use) => {
    await use(await signedIn(norrkopingPlanner));
  },
  /**
   * A scenario as the showcase's link makes it (the same input as the new-scenario page's action, over the API;
   * scenarios.spec.ts follows the link itself); the planner's page is left on its editor.
   */
  scenario: async ({ planner, scenarioName }, use) => {
    const name = uniqueName(scenarioName);
    const input = newScenarioInput({
      templateId: "social-assistance",
      name,
      startYear: new Date().getFullYear(),
      effect: { low: 0.44, high: 0.54 },
    });
    const created = await trpcMutation<{ id: string }>(planner.request, "scenario.create", {
      name,
      input,
      templateId: "social-assistance",
      initiativeSlug: "servicetrainee",
    });
    const path = `/scenarios/${created.id}`;
    await planner.goto(path);
    await expect(planner.getByRole("heading", { level: 1, name })).toBeVisible();
    await use({ name, path, id: created.id });
  },
});
