import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

export default createMiddleware(routing);

export const config = {
  // /api is the API proxy and the exports: no locale there.
  matcher: ["/((?!api|_next|_vercel|.*\\..*).*)"],
};
