/**
 * Where to go after signing in or choosing an organisation. Only a page of this app is accepted, so that a link
 * cannot send a planner on to another site after login.
 *
 * Checking the text is not enough: browsers drop tabs and line breaks from a URL and read `\` as `/`, so
 * `/\t/evil.example` is `//evil.example`, another origin. The value is therefore parsed as the browser parses it,
 * against a stand-in origin, and what is returned is the parsed path (never the raw text), parsed once more to
 * make sure it still means the same page (`/.//evil.example` would otherwise come out as `//evil.example`).
 */
const appOrigin = "https://calculator.invalid";

/** The proxy to the API, the exports and Next's own files are no page to come back to. */
const notPages = /^\/(?:api|_next)(?:[/?#]|$)/;

export function safeReturnTo(value: unknown, fallback: string): string {
  const raw: unknown = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== "string" || !raw.startsWith("/")) return fallback;
  const path = sameOriginPath(raw);
  if (path === null || sameOriginPath(path) !== path || notPages.test(path)) return fallback;
  return path;
}

function sameOriginPath(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text, `${appOrigin}/`);
  } catch {
    return null;
  }
  if (url.origin !== appOrigin || url.username !== "" || url.password !== "") return null;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // A path that starts with two slashes (or a slash and a backslash) is read as another host by the browser.
  return path.startsWith("/") && !/^\/[/\\]/.test(path) ? path : null;
}
