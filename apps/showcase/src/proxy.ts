import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing.ts";

export default createMiddleware(routing);

export const config = {
  // Everything but the API proxy, Next's own files and files with an extension (robots.txt, sitemap.xml,
  // the open data downloads).
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
