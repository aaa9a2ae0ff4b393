// A page's address in a language, from the route names of `routing.pathnames`. next-intl's own getPathname
// lives in a module that also registers its client-side Link, which would put its i18n runtime in every
// page's JavaScript; the showcase needs none in the browser.
import { routing, type AppPathname, type Locale } from "./routing.ts";

type ParamNames<Path extends string> = Path extends `${string}[${infer Name}]${infer Rest}`
  ? Name | ParamNames<Rest>
  : never;

/** A page: its route name, the route's parameters and an optional query. */
export type PageHref =
  | { [Path in AppPathname]: ParamNames<Path> extends never ? Path : never }[AppPathname]
  | {
      [Path in AppPathname]: {
        pathname: Path;
        query?: Record<string, string>;
      } & (ParamNames<Path> extends never
        ? { params?: undefined }
        : { params: Record<ParamNames<Path>, string> });
    }[AppPathname];

export function localizedPath(href: PageHref, locale: Locale): string {
  const { pathname, params, query } =
    typeof href === "string" ? { pathname: href, params: undefined, query: undefined } : href;
  const template = routing.pathnames[pathname];
  let path: string = typeof template === "string" ? template : template[locale];
  for (const [name, value] of Object.entries(params ?? {})) {
    path = path.replace(`[${name}]`, encodeURIComponent(value));
  }
  if (locale !== routing.defaultLocale) path = path === "/" ? `/${locale}` : `/${locale}${path}`;
  const search = new URLSearchParams(query).toString();
  return search ? `${path}?${search}` : path;
}
