// The members page (issue 11) and invitations that only the address's owner can use (issue 13.8): an admin invites
// and changes a role, the last admin stays, and an account a stranger registered in advance with the invited
// address gets nothing. Axe on every new page in both languages, and at 390 px. Every address a test invites is
// its own (uniqueId); the one state the tests share is the seeded admin, whom the `onlyAdmin` fixture names.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { type Browser, type Page } from "@playwright/test";
import { trpcQuery } from "../trpc";
import { expect, test as base, uniqueId } from "./fixtures";
import { norrkopingPlanner, signIn } from "./session";

const norrkopingAdmin = "admin@norrkoping.demo.insats.se";
const screenshots = join(import.meta.dirname, "..", "..", ".test-results", "members");
mkdirSync(screenshots, { recursive: true });

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function newPage(browser: Browser, width = 1280): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: width < 500 ? 844 : 900 } });
  return context.newPage();
}

/** Invites `email` with `role` from the members page and returns the link the page shows. Never as an admin: see `onlyAdmin`. */
async function invite(page: Page, email: string, role: "planerare" | "redaktör"): Promise<string> {
  await page.getByLabel("E-postadress", { exact: true }).fill(email);
  await page.getByLabel("Roll", { exact: true }).selectOption({ label: role });
  await page.getByRole("button", { name: "Bjud in", exact: true }).click();
  const panel = page.getByTestId("invitation-link");
  await expect(panel).toContainText(`Skicka länken till ${email}`);
  return panel.getByLabel("Inbjudningslänk").inputValue();
}

/** Opens an invitation link signed out and creates the account it offers; lands on the scenario list. */
async function acceptAsNewAccount(page: Page, link: string, name: string, password: string) {
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 2, name: "Skapa ditt konto" })).toBeVisible();
  await page.getByLabel("Namn", { exact: true }).fill(name);
  await page.getByLabel("Lösenord", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Skapa konto och tacka ja" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Kalkyler" })).toBeVisible();
  await expect(page.locator(".app-header__organisation")).toHaveText("Norrköpings kommun");
}

function memberRow(page: Page, email: string) {
  return page.getByTestId("member-row").filter({ hasText: email });
}

const test = base.extend<{ onlyAdmin: Page }>({
  /**
   * The members page signed in as Anna Admin, the seeded admin of Norrköping, who must stay its only admin: tests
   * here invite planners and editors, never an admin. Checked first, so that a second admin fails here and says so
   * rather than as a refusal that did not come.
   */
  onlyAdmin: async ({ signedIn }, use) => {
    const admin = await signedIn(norrkopingAdmin);
    const members = await trpcQuery<{ email: string; role: string }[]>(admin.request, "member.list");
    expect(members.filter((member) => member.role === "admin").map((member) => member.email)).toEqual([norrkopingAdmin]);
    await admin.goto("/organisation/medlemmar");
    await use(admin);
  },
});

// No test here needs another to have run first: with more than one worker they run at once.
test.describe.configure({ mode: "parallel" });

test("an admin invites a colleague with the keyboard, the colleague accepts, and the admin changes the role", async ({ browser }) => {
  const admin = await newPage(browser);
  await signIn(admin, norrkopingAdmin);
  await admin.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Medlemmar" }).click();
  await expect(admin).toHaveURL(/\/organisation\/medlemmar$/);
  await expect(admin.getByRole("heading", { level: 1, name: "Medlemmar" })).toBeVisible();
  await expect(memberRow(admin, norrkopingPlanner)).toContainText("planerare");

  // Validation at the field, in Swedish, before anything is sent.
  const email = admin.getByLabel("E-postadress", { exact: true });
  await email.focus();
  await admin.keyboard.type("ny.kollega");
  await admin.keyboard.press("Tab");
  await expect(admin.locator("#invite-email-error")).toHaveText("Skriv en hel e-postadress, till exempel namn@kommun.se.");
  await expect(email).toHaveAttribute("aria-invalid", "true");

  // The rest with the keyboard alone: the address, the role, the button.
  const colleague = `ny.kollega.${uniqueId()}@example.test`;
  await email.focus();
  await admin.keyboard.press("ControlOrMeta+A");
  await admin.keyboard.type(colleague);
  await admin.keyboard.press("Tab");
  await expect(admin.getByLabel("Roll", { exact: true })).toBeFocused();
  await admin.keyboard.press("Tab");
  await expect(admin.getByRole("button", { name: "Bjud in", exact: true })).toBeFocused();
  await admin.keyboard.press("Enter");
  const panel = admin.getByTestId("invitation-link");
  await expect(panel).toContainText("Ingen e-postserver är inställd");
  const link = await panel.getByLabel("Inbjudningslänk").inputValue();
  expect(link).toMatch(/\/inbjudan\/[A-Za-z0-9_-]{43}$/);
  await expect(admin.getByTestId("invitation-row").filter({ hasText: colleague })).toContainText("planerare");
  // Invited is not a member yet.
  await expect(memberRow(admin, colleague)).toHaveCount(0);

  const invitee = await newPage(browser);
  await acceptAsNewAccount(invitee, link, "Nils Nykomling", "nils-eget-lösenord");
  // A link is used once.
  await invitee.goto(link);
  await expect(invitee.getByText("Inbjudan är redan använd.")).toBeVisible();

  await admin.reload();
  await expect(memberRow(admin, colleague)).toContainText("Nils Nykomling");
  await expect(admin.getByTestId("invitation-row").filter({ hasText: colleague })).toHaveCount(0);
  const row = memberRow(admin, colleague);
  await row.getByLabel("Roll för Nils Nykomling").selectOption("editor");
  await row.getByRole("button", { name: "Ändra roll" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Nils Nykomling är nu redaktör." })).toBeVisible();
  await admin.reload();
  await expect(memberRow(admin, colleague).getByLabel("Roll för Nils Nykomling")).toHaveValue("editor");
  await admin.context().close();
  await invitee.context().close();
});

test("the last admin can be neither removed nor demoted, and removing asks first", async ({ onlyAdmin: admin }) => {
  const self = memberRow(admin, norrkopingAdmin);

  await self.getByRole("button", { name: "Ta bort" }).click();
  const dialog = admin.getByRole("dialog", { name: "Ta bort Anna Admin ur Norrköpings kommun?" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Du tar bort dig själv");
  await admin.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);

  await self.getByRole("button", { name: "Ta bort" }).click();
  await dialog.getByRole("button", { name: "Ta bort ur organisationen" }).click();
  await expect(admin.locator(".form-error").filter({ hasText: "Organisationen måste ha minst en administratör." })).toBeVisible();
  await admin.reload();
  await expect(memberRow(admin, norrkopingAdmin).getByLabel("Roll för Anna Admin")).toHaveValue("admin");

  await memberRow(admin, norrkopingAdmin).getByLabel("Roll för Anna Admin").selectOption("planner");
  await memberRow(admin, norrkopingAdmin).getByRole("button", { name: "Ändra roll" }).click();
  await expect(admin.locator(".form-error").filter({ hasText: "Organisationen måste ha minst en administratör." })).toBeVisible();
  await admin.reload();
  await expect(memberRow(admin, norrkopingAdmin).getByLabel("Roll för Anna Admin")).toHaveValue("admin");
});

test("an account a stranger registered in advance with the invited address gets nothing", async ({ browser }) => {
  const address = `redaktor.${uniqueId()}@example.test`;
  const strangerPassword = "framlingens-losenord";
  const stranger = await newPage(browser);
  // The stranger signs up first; sign-up answers as it would for any address.
  const signUp = await stranger.request.post("/api/auth/sign-up/email", {
    data: { email: address, password: strangerPassword, name: "Främling" },
  });
  expect(signUp.status()).toBe(200);
  expect((await signUp.json()).token).toBeNull();
  await stranger.goto("/login");
  await stranger.getByLabel("E-postadress").fill(address);
  await stranger.getByLabel("Lösenord").fill(strangerPassword);
  await stranger.getByRole("button", { name: "Logga in", exact: true }).click();
  await expect(stranger.getByText("Ditt konto hör inte till någon organisation ännu.")).toBeVisible();

  const admin = await newPage(browser);
  await signIn(admin, norrkopingAdmin);
  await admin.goto("/organisation/medlemmar");
  const link = await invite(admin, address, "redaktör");

  // Inviting the address gives the stranger's account nothing.
  await stranger.goto("/");
  await expect(stranger.getByText("Ditt konto hör inte till någon organisation ännu.")).toBeVisible();
  const me = await stranger.request.get("/api/trpc/me.get");
  expect((await me.json()).result.data).toMatchObject({ email: address, memberships: [] });

  // The person the link was sent to accepts; the address becomes theirs.
  const invitee = await newPage(browser);
  await acceptAsNewAccount(invitee, link, "Rut Redaktör", "ruts-eget-lösenord");

  // The stranger is signed out and can no longer sign in.
  await stranger.goto("/");
  await expect(stranger).toHaveURL(/\/login/);
  await stranger.getByLabel("E-postadress").fill(address);
  await stranger.getByLabel("Lösenord").fill(strangerPassword);
  await stranger.getByRole("button", { name: "Logga in", exact: true }).click();
  await expect(stranger.locator(".form-error")).toHaveText("Fel e-postadress eller lösenord.");

  await admin.reload();
  await expect(memberRow(admin, address)).toContainText("Rut Redaktör");
  await expect(memberRow(admin, address).getByLabel("Roll för Rut Redaktör")).toHaveValue("editor");
  for (const page of [stranger, admin, invitee]) await page.context().close();
});

test("a planner gets no link to the members page and is sent back from it", async ({ browser }) => {
  const planner = await newPage(browser);
  await signIn(planner, norrkopingPlanner);
  await expect(planner.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Medlemmar" })).toHaveCount(0);
  await planner.goto("/organisation/medlemmar");
  await expect(planner.getByRole("heading", { level: 1, name: "Kalkyler" })).toBeVisible();
  await planner.goto("/en/organisation/members");
  await expect(planner.getByRole("heading", { level: 1, name: "Scenarios" })).toBeVisible();
  await planner.context().close();
});

for (const width of [1280, 390]) {
  test(`the members and invitation pages have no axe violations in both languages at ${width} px`, async ({ browser }) => {
    // Four pages, each analysed by axe, and an invitation accepted: more than a minute on a busy machine.
    test.setTimeout(180_000);
    const admin = await newPage(browser, width);
    await signIn(admin, norrkopingAdmin);
    await admin.goto("/organisation/medlemmar");
    const link = await invite(admin, `axe.${width}.${uniqueId()}@example.test`, "planerare");
    await expectNoViolations(admin);
    await admin.screenshot({ path: join(screenshots, `members-sv-${width}.png`), fullPage: true });
    const overflow = await admin.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);

    // The language switch keeps the page: the English path.
    await admin.getByRole("link", { name: "English" }).click();
    await expect(admin).toHaveURL(/\/en\/organisation\/members$/);
    await expect(admin.getByRole("heading", { level: 1, name: "Members" })).toBeVisible();
    await expectNoViolations(admin);
    await admin.screenshot({ path: join(screenshots, `members-en-${width}.png`), fullPage: true });
    // The confirmation dialog too.
    await memberRow(admin, norrkopingPlanner).getByRole("button", { name: "Remove" }).click();
    await expect(admin.getByRole("dialog")).toBeVisible();
    await expectNoViolations(admin);
    await admin.keyboard.press("Escape");

    const invitee = await newPage(browser, width);
    for (const [locale, path] of [["sv", new URL(link).pathname], ["en", new URL(link).pathname.replace("/inbjudan/", "/en/invitation/")]] as const) {
      await invitee.goto(path);
      await expect(invitee.getByRole("heading", { level: 1, name: locale === "sv" ? "Inbjudan till Norrköpings kommun" : "Invitation to Norrköpings kommun" })).toBeVisible();
      // Sent empty: the messages at the fields.
      await invitee.getByRole("button", { name: locale === "sv" ? "Skapa konto och tacka ja" : "Create the account and accept" }).click();
      await expect(invitee.locator("#accept-name-error")).toHaveText(locale === "sv" ? "Skriv ditt namn." : "Enter your name.");
      await expectNoViolations(invitee);
      await invitee.screenshot({ path: join(screenshots, `invitation-${locale}-${width}.png`), fullPage: true });
    }
    // The language switch on the Swedish link leads to the English one.
    await invitee.goto(new URL(link).pathname);
    await invitee.getByRole("link", { name: "English" }).click();
    await expect(invitee).toHaveURL(/\/en\/invitation\/[A-Za-z0-9_-]{43}$/);
    await invitee.goto("/inbjudan/not-a-real-token-at-all-xxxxxxxx");
    await expect(invitee.getByText("Länken fungerar inte.")).toBeVisible();
    await expectNoViolations(invitee);
    await admin.context().close();
    await invitee.context().close();
  });
}
