import { type NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import {
  contentSecurityPolicy,
  contentSecurityPolicyHeader,
  createNonce,
} from "@insats/web-security/headers";
import { routing } from "./i18n/routing";

const localeRouting = createMiddleware(routing);

/**
 * Every page gets a content security policy with a nonce of its own. Next reads the policy from the request
 * headers while rendering and puts the nonce on each script it sends (every page here is rendered per request;
 * see the locale layout); the browser then runs no other script. next-intl forwards the request headers.
 */
export default function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy({ mode: process.env.NODE_ENV, nonce: createNonce() });
  request.headers.set(contentSecurityPolicyHeader, policy);
  const response = localeRouting(request);
  response.headers.set(contentSecurityPolicyHeader, policy);
  return response;
}

export const config = {
  // /api is the API proxy and the exports: no locale there.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
