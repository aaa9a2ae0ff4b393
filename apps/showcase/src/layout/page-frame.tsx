import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { localizedPath } from "@/i18n/paths";
import { routing, type AppPathname, type Locale } from "@/i18n/routing";
import type { PageHref } from "@/i18n/paths";
import { showcaseEnv } from "@/env";
import { contentLicence } from "./licence.ts";
import { Publisher } from "./publisher.tsx";

const sections = [
  { pathname: "/initiatives", label: "initiatives" },
  { pathname: "/news", label: "news" },
  { pathname: "/about", label: "about" },
  { pathname: "/open-data", label: "openData" },
  { pathname: "/search", label: "search" },
] as const satisfies readonly { pathname: AppPathname; label: string }[];

export type Section = (typeof sections)[number]["pathname"] | "/";
type FooterPathname = Section | "/accessibility";

const languageNames: Record<Locale, string> = { sv: "Svenska", en: "English" };

export interface PageFrameProps {
  locale: Locale;
  /** This page, for the link to it in the other language. */
  href: PageHref;
  /** The top-level section the page belongs to; its menu item is marked current. */
  section: Section | null;
  children: ReactNode;
}

/**
 * Header, main landmark and footer of every page. Pages render it themselves because only they know their own
 * address in the other language: the language link keeps the reader on the same page.
 */
export async function PageFrame({ locale, href, section, children }: PageFrameProps) {
  const t = await getTranslations({ locale, namespace: "Site" });
  const other = routing.locales.find((candidate) => candidate !== locale) ?? routing.defaultLocale;
  const path = (pathname: FooterPathname) => localizedPath(pathname, locale);
  const { SITE_CONTACT_EMAIL: contact } = showcaseEnv();
  return (
    <>
      <header className="site-header">
        <div className="site-header__inner">
          <Link
            href={path("/")}
            className="site-header__brand"
            aria-current={section === "/" ? "page" : undefined}
          >
            <span className="site-header__logo" aria-hidden="true" />
            <span className="site-header__name">{t("name")}</span>
            <span className="site-header__tagline">{t("tagline")}</span>
          </Link>
          {/* A plain link: the other language is another document (<html lang>), loaded afresh. */}
          <a
            className="site-header__language"
            href={localizedPath(href, other)}
            hrefLang={other}
            lang={other}
          >
            <span className="visually-hidden">{t("languageSwitchLabel")} </span>
            {languageNames[other]}
          </a>
        </div>
        <nav className="site-nav" aria-label={t("mainNavigation")}>
          <ul className="site-nav__list">
            {sections.map((item) => (
              <li key={item.pathname}>
                <Link
                  href={path(item.pathname)}
                  className="site-nav__link"
                  aria-current={section === item.pathname ? "page" : undefined}
                >
                  {t(`nav.${item.label}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="site-main">
        {children}
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <div>
            <p className="site-footer__name">{t("name")}</p>
            <p>{t("footer.about")}</p>
            <p>
              <Publisher locale={locale} />
              {contact ? (
                <>
                  {" "}
                  {t.rich("footer.contact", { link: () => <a href={`mailto:${contact}`}>{contact}</a> })}
                </>
              ) : null}
            </p>
          </div>
          <nav aria-label={t("footer.navigation")}>
            <ul className="site-footer__links">
              <li>
                <Link href={path("/about")}>{t("nav.about")}</Link>
              </li>
              <li>
                <Link href={path("/open-data")}>{t("nav.openData")}</Link>
              </li>
              <li>
                <a href="/api/v1/openapi.json">{t("footer.openApi")}</a>
              </li>
              <li>
                <Link href={path("/accessibility")}>{t("footer.accessibility")}</Link>
              </li>
            </ul>
          </nav>
          <div className="site-footer__licence">
            <p>
              {t.rich("footer.contentLicence", {
                link: (chunks) => (
                  <a href={contentLicence.url[locale]} rel="license">
                    {chunks}
                  </a>
                ),
              })}
            </p>
            <p>{t("footer.licence")}</p>
          </div>
        </div>
      </footer>
    </>
  );
}
