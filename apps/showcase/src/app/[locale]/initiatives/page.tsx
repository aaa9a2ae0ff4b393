import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { findMunicipality, focusAreaLabels, initiativeStatusLabels } from "@insats/domain";
import { getTranslations } from "next-intl/server";
import { localizedPath } from "@/i18n/paths";
import { asLocale } from "@/i18n/locale";
import { FilterFields } from "@/initiative/filter-fields";
import { FilterForm } from "@/initiative/filter-form";
import { FilterPanel } from "@/initiative/filter-panel";
import { InitiativeCard } from "@/initiative/initiative-card";
import { Pagination } from "@/initiative/pagination";
import { countyName } from "@/initiative/place";
import {
  getInitiativeFacets,
  getSearchSuggestion,
  initiativePageSize,
  listInitiativePage,
} from "@/initiative/queries";
import {
  initiativeSearchQuery,
  parseInitiativeSearch,
  searchFieldValues,
  withoutField,
  type InitiativeSearch,
  type InitiativeSearchField,
} from "@/initiative/search-params";
import { PageFrame } from "@/layout/page-frame";
import { pageMetadata } from "@/seo/metadata";
import type { PageHref } from "@/i18n/paths";

// No generateStaticParams: the list depends on its query, so it is rendered per request. The API answers
// behind it still come from the data cache (src/api/client.ts).

export async function generateMetadata({ params }: PageProps<"/[locale]/initiatives">): Promise<Metadata> {
  const locale = asLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "InitiativeList" });
  const site = await getTranslations({ locale, namespace: "Site" });
  return pageMetadata({
    locale,
    href: "/initiatives",
    title: t("title"),
    description: t("description"),
    siteName: site("name"),
    imageAlt: site("imageAlt"),
  });
}

export default async function InitiativesPage({ params, searchParams }: PageProps<"/[locale]/initiatives">) {
  const locale = asLocale((await params).locale);
  const search = parseInitiativeSearch(await searchParams);
  const [page, facets, t, tDesign, tEvidence] = await Promise.all([
    listInitiativePage(search, locale),
    getInitiativeFacets(search.filter, locale),
    getTranslations({ locale, namespace: "InitiativeList" }),
    getTranslations({ locale, namespace: "Design" }),
    getTranslations({ locale, namespace: "Evidence" }),
  ]);
  const pageHref = (state: InitiativeSearch): PageHref => {
    const query = initiativeSearchQuery(state);
    // An empty query would leave a bare "?" on the address.
    return Object.keys(query).length > 0 ? { pathname: "/initiatives", query } : "/initiatives";
  };
  const listHref = (state: InitiativeSearch) => localizedPath(pageHref(state), locale);
  const valueLabel: Record<InitiativeSearchField, (value: string) => string> = {
    q: (value) => t("searchWordsValue", { q: value }),
    county: countyName,
    municipality: (value) => findMunicipality(value)?.name ?? value,
    focusArea: (value) => focusAreaLabels[value as keyof typeof focusAreaLabels][locale],
    age: (value) => t("ageValue", { age: Number(value) }),
    status: (value) => initiativeStatusLabels[value as keyof typeof initiativeStatusLabels][locale],
    design: (value) => tDesign(value),
    minLevel: (value) => tEvidence("atLeast", { level: Number(value) }),
  };
  const active = Object.entries(searchFieldValues(search.filter)) as [InitiativeSearchField, string][];
  const first = (search.page - 1) * initiativePageSize + 1;
  const last = first + page.items.length - 1;
  const pageCount = Math.max(1, Math.ceil(page.total / initiativePageSize));
  // A page past the end (an old link, after initiatives were unpublished) shows the last one instead.
  if (search.page > pageCount) redirect(listHref({ filter: search.filter, page: pageCount }));
  // "Menade du …?" only where the search found nothing: it costs a look through the showcase's words.
  const suggestion = page.total === 0 ? await getSearchSuggestion(search.filter, locale) : null;
  const csvQuery = new URLSearchParams(searchFieldValues(search.filter)).toString();

  return (
    <PageFrame locale={locale} href={pageHref(search)} section="/initiatives">
      <div className="page-intro">
        <h1>{t("title")}</h1>
        <p className="lead">{t("intro")}</p>
      </div>
      <div className="list-layout">
        <section className="list-layout__filters" aria-labelledby="filters-heading">
          <h2 id="filters-heading" className="heading-small">
            {t("filtersHeading")}
          </h2>
          <FilterPanel formId="filter-form" showLabel={t("showFilters")} hideLabel={t("hideFilters")}>
            <FilterForm
              id="filter-form"
              action={listHref({ filter: {}, page: 1 })}
              label={t("filtersHeading")}
            >
              <FilterFields
                locale={locale}
                filter={search.filter}
                facets={facets}
                clearHref={listHref({ filter: {}, page: 1 })}
              />
            </FilterForm>
          </FilterPanel>
        </section>
        <section className="list-layout__results" aria-labelledby="results-heading">
          <h2 id="results-heading" className="visually-hidden">
            {t("resultsHeading")}
          </h2>
          <p className="result-count" role="status">
            {page.total === 0
              ? t("countNone")
              : page.items.length === page.total
                ? t("countAll", { total: page.total })
                : t("countRange", { first, last, total: page.total })}
          </p>
          {active.length > 0 ? (
            <div className="active-filters">
              <h3 className="heading-small" id="active-filters-heading">
                {t("activeFilters")}
              </h3>
              <ul className="chips" aria-labelledby="active-filters-heading">
                {active.map(([field, value]) => (
                  <li key={field}>
                    <Link className="chip" href={listHref(withoutField(search.filter, field))}>
                      <span>
                        {t(`field.${field}`)}: {valueLabel[field](value)}
                      </span>
                      <span className="chip__remove">{t("removeFilter")}</span>
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {page.items.length === 0 ? (
            <div className="empty-state">
              <h3>{t("emptyHeading")}</h3>
              {suggestion ? (
                <p className="empty-state__suggestion">
                  {t.rich("emptySuggestion", {
                    suggestion,
                    link: (chunks) => (
                      <Link href={listHref({ filter: { ...search.filter, q: suggestion }, page: 1 })}>
                        {chunks}
                      </Link>
                    ),
                  })}
                </p>
              ) : null}
              <p>{t("emptyIntro")}</p>
              <ul>
                {active.length > 1 ? <li>{t("emptyRemoveOne")}</li> : null}
                {search.filter.q ? <li>{t("emptyOtherWords")}</li> : null}
                {search.filter.q ? (
                  <li>
                    <Link
                      href={localizedPath({ pathname: "/search", query: { q: search.filter.q } }, locale)}
                    >
                      {t("emptySearchEverything", { q: search.filter.q })}
                    </Link>
                  </li>
                ) : null}
                <li>
                  <Link href={listHref({ filter: {}, page: 1 })}>{t("emptyShowAll")}</Link>
                </li>
              </ul>
            </div>
          ) : (
            <ol className="card-list" aria-labelledby="results-heading">
              {page.items.map((initiative) => (
                <li key={initiative.slug}>
                  <InitiativeCard initiative={initiative} locale={locale} />
                </li>
              ))}
            </ol>
          )}
          {page.total > 0 ? (
            <p className="download-link">
              <a href={`/data/initiatives.csv${csvQuery ? `?${csvQuery}` : ""}`} download>
                {t("downloadCsv")}
              </a>
            </p>
          ) : null}
          {pageCount > 1 ? (
            <Pagination
              locale={locale}
              current={search.page}
              count={pageCount}
              href={(number) => listHref({ filter: search.filter, page: number })}
            />
          ) : null}
        </section>
      </div>
    </PageFrame>
  );
}
