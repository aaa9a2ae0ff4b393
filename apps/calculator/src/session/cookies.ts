// The cookies the calculator relies on: better-auth's session (set by the API through our proxy, so it is
// first-party) and the organisation the planner works in.

/** The organisation the planner works in; becomes the API's `x-insats-organisation` header. */
export const organisationCookie = "insats-organisation";

/** better-auth's cookies: `better-auth.*`, or `__Secure-better-auth.*` when served over https. */
export function isAuthCookie(name: string): boolean {
  return name.startsWith("better-auth.") || name.startsWith("__Secure-better-auth.");
}

/** A `Cookie` header with only the cookies the API needs: nothing else of the app's leaves the server. */
export function authCookieHeader(cookies: readonly { name: string; value: string }[]): string {
  return cookies
    .filter((cookie) => isAuthCookie(cookie.name))
    .map((cookie) => `${cookie.name}=${cookie.value}`)
    .join("; ");
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The organisation id from the cookie, if it looks like one (anything else is ignored, never forwarded). */
export function organisationFromCookie(value: string | undefined): string | null {
  return value && uuidPattern.test(value) ? value : null;
}
