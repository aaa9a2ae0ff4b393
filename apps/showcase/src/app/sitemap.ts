import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { listAllInitiatives } from "@/initiative/queries";
import { listAllNews } from "@/news/queries";
import type { PageHref } from "@/i18n/paths";
import { localizedUrls } from "@/seo/metadata";

/** Every page in both languages, each entry naming its translation (hreflang). */
function entry(href: PageHref, lastModified?: string): MetadataRoute.Sitemap[number][] {
  const urls = localizedUrls(href);
  return Object.values(urls).map((url) => ({
    url,
    lastModified,
    alternates: { languages: urls },
  }));
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  // Built per request from the API (through the data cache), never at build time.
  await connection();
  const [initiatives, news] = await Promise.all([listAllInitiatives(), listAllNews()]);
  return [
    ...(["/", "/initiatives", "/news", "/about", "/open-data", "/accessibility"] as const).flatMap((href) => entry(href)),
    ...initiatives.flatMap((initiative) =>
      entry({ pathname: "/initiatives/[slug]", params: { slug: initiative.slug } }, initiative.updatedAt),
    ),
    ...news.flatMap((item) =>
      entry({ pathname: "/news/[slug]", params: { slug: item.slug } }, item.updatedAt),
    ),
  ];
}
