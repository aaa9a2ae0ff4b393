// Shared steps of the calculator's end-to-end tests: signing in as a demo user and creating a scenario.
import { expect, type Page } from "@playwright/test";

export const demoPassword = "insats-demo-2026";
export const norrkopingPlanner = "planerare@norrkoping.demo.insats.se";
export const orebroPlanner = "planerare@orebro.demo.insats.se";

export async function signIn(page: Page, email: string, locale: "sv" | "en" = "sv") {
  await page.goto(locale === "sv" ? "/login" : "/en/login");
  await page.getByLabel(locale === "sv" ? "E-postadress" : "Email address").fill(email);
  await page.getByLabel(locale === "sv" ? "Lösenord" : "Password").fill(demoPassword);
  await page.getByRole("button", { name: locale === "sv" ? "Logga in" : "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: locale === "sv" ? "Kalkyler" : "Scenarios" })).toBeVisible();
}

/** Creates a scenario the way the showcase links to it from an initiative's page and returns its editor's address. */
export async function createFromShowcaseLink(page: Page, name: string, initiative = "servicetrainee"): Promise<string> {
  await page.goto(`/scenarios/new?template=social-assistance&initiative=${initiative}&effectLow=0.44&effectHigh=0.54`);
  await expect(page.getByTestId("evidence-level")).toBeVisible();
  await page.getByLabel("Kalkylens namn").fill(name);
  await page.getByRole("button", { name: "Skapa kalkylen" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** "8 595 915 kr", "−200 000 kr" or "SEK 1,234" as a number. */
export function moneyFromText(text: string): number {
  const negative = /[−-]/.test(text);
  const digits = text.replace(/[^0-9]/g, "");
  return (negative ? -1 : 1) * Number(digits);
}
