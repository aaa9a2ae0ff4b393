// The security headers of both Next apps, defined once. Each app applies them where Next lets it: the headers
// that never change in `next.config.ts` (every response, pages, /api and static files alike), the content
// security policy of the calculator's pages in its proxy, where a fresh nonce is made for every request.

export type Mode = "development" | "production" | "test";

export interface Header {
  key: string;
  value: string;
}

/** Two years, as the HSTS preload list asks; only browsers that reached the site over HTTPS keep it. */
const hstsMaxAgeSeconds = 63_072_000;

/**
 * Headers for every response. HSTS only in production: a development server on http://localhost must not
 * make the browser insist on HTTPS for localhost afterwards.
 */
export function securityHeaders(mode: Mode): Header[] {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    // Nothing in either app uses these; a page that is ever made to load a stranger's script still cannot.
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
    },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    ...(mode === "production"
      ? [{ key: "Strict-Transport-Security", value: `max-age=${hstsMaxAgeSeconds}; includeSubDomains` }]
      : []),
  ];
}

export interface PolicyOptions {
  mode: Mode;
  /**
   * The request's nonce. Next reads it from the policy in the request headers and puts it on every script it
   * renders; then only those scripts run ('strict-dynamic' lets them load the chunks and workers they need; browsers without it fall back to 'self').
   * Without one (pages that are rendered once and cached, as the showcase's are, cannot carry a per-request
   * nonce) inline scripts are allowed, but scripts still come only from the app's own origin.
   */
  nonce?: string;
}

/** The Content-Security-Policy of a page: everything from the app's own origin, no framing, no plugins. */
export function contentSecurityPolicy({ mode, nonce }: PolicyOptions): string {
  // React's development build evaluates code to rebuild server stacks; the production build never does.
  const evaluation = mode === "development" ? ["'unsafe-eval'"] : [];
  const scripts = nonce ? ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"] : ["'self'", "'unsafe-inline'"];
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": [...scripts, ...evaluation],
    // Next and React may write style attributes (the route announcer); a style cannot run code.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    // The calculator's simulation runs in a worker loaded from the app's own chunks.
    "worker-src": ["'self'", "blob:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(" ")}`)
    .join("; ");
}

/** 128 random bits, base64: what CSP asks of a nonce. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** The header name, for proxies that set the policy on the request (for Next) and on the response. */
export const contentSecurityPolicyHeader = "Content-Security-Policy";
