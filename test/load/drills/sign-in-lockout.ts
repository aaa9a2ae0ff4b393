// A stranger's failed sign-ins, sent through the calculator as in a real deployment (a load balancer in front of
// the app appends the client's address to X-Forwarded-For; the app vouches for it to the API with the shared
// INSATS_PROXY_SECRET), must lock out the stranger and the account guessed at, and no one else: before, the API saw
// the app server's address for every user, so 20 wrong passwords from one client locked out everybody.
import { join } from "node:path";
import { demoPlanner, startApi, startApp, temporaryDirectory } from "../services.ts";
import { runDrill } from "./drill.ts";

const ports = { api: 4644, calculator: 4645 };
const proxySecret = "drill-sign-in-proxy-secret-0123456789abc";
const stranger = "198.51.100.66";
const colleague = "203.0.113.20";
/** The API's default budgets (env.ts): attempts per address, failed sign-ins per account. */
const perAddress = 20;
const perAccount = 10;

await runDrill("a stranger's failed sign-ins lock out no one else", 420_000, async ({ check, log }) => {
  const pgliteDir = join(temporaryDirectory("insats-drill-lockout-"), "data");
  const api = await startApi({
    port: ports.api,
    database: { pgliteDir },
    env: { INSATS_PROXY_SECRET: proxySecret, TRUSTED_ORIGINS: `http://127.0.0.1:${ports.calculator}` },
    // The first start migrates and seeds; on a busy machine that takes more than the default minute.
    readyTimeoutMs: 240_000,
  });
  const calculator = await startApp({
    app: "calculator",
    port: ports.calculator,
    apiUrl: api.url,
    env: { INSATS_PROXY_SECRET: proxySecret },
  });

  const signIn = (from: string, email: string, password: string, spoofed?: string) =>
    fetch(`${calculator.url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: calculator.url,
        // What the load balancer appends; whatever the client wrote itself stands to its left.
        "x-forwarded-for": spoofed ? `${spoofed}, ${from}` : from,
      },
      body: JSON.stringify({ email, password }),
    });

  // The stranger guesses passwords of many accounts, each time claiming another address of its own.
  const strangerStatuses: number[] = [];
  for (let attempt = 0; attempt < perAddress + 5; attempt += 1) {
    const response = await signIn(stranger, `guess-${attempt}@example.test`, "wrong-password-1", `10.9.0.${attempt}`);
    strangerStatuses.push(response.status);
  }
  const limitedAt = strangerStatuses.indexOf(429);
  log(`stranger: ${strangerStatuses.filter((s) => s === 401).length} × 401, then 429 from attempt ${limitedAt + 1}`);
  check(limitedAt === perAddress, `the stranger was limited at attempt ${limitedAt + 1}, not ${perAddress + 1}: ${strangerStatuses.join(",")}`);

  // Another address, another account: the colleague signs in at once.
  const colleagueSignIn = await signIn(colleague, demoPlanner.email, demoPlanner.password);
  check(colleagueSignIn.status === 200, `a colleague at another address got ${colleagueSignIn.status}`);
  const cookie = colleagueSignIn.headers.getSetCookie().map((line) => line.split(";")[0]).join("; ");
  const signOut = await fetch(`${calculator.url}/api/auth/sign-out`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: calculator.url, cookie, "x-forwarded-for": stranger },
    body: "{}",
  });
  check(signOut.status === 200, `signing out from the limited address answered ${signOut.status}`);

  // The stranger now guesses one account's password from many addresses: that account is locked, no other.
  const victim = "kollega@example.test";
  const victimStatuses: number[] = [];
  for (let attempt = 0; attempt < perAccount + 2; attempt += 1) {
    victimStatuses.push((await signIn(`192.0.2.${attempt + 1}`, victim, "wrong-password-1")).status);
  }
  const accountLimitedAt = victimStatuses.indexOf(429);
  log(`one account from ${perAccount + 2} addresses: 429 from attempt ${accountLimitedAt + 1}`);
  check(accountLimitedAt === perAccount, `the guessed account was limited at ${accountLimitedAt + 1}: ${victimStatuses.join(",")}`);
  const fromSameAddress = await signIn(`192.0.2.${perAccount + 2}`, demoPlanner.email, demoPlanner.password);
  check(fromSameAddress.status === 200, `another account from one of those addresses got ${fromSameAddress.status}`);

  await calculator.stop();
  await api.stop();
});
