// One search of the showcase: the initiatives and the "På gång" items a search finds, each list best first, and
// "Menade du …?" when neither finds anything.
import type { Database } from "../client.ts";
import { listInitiatives } from "../queries/initiatives.ts";
import { listNews } from "../queries/news.ts";
import type { InitiativePage, NewsPage } from "../queries/outputs.ts";
import { type SearchLanguage, suggestionThatFinds } from "./suggest.ts";

export interface ShowcaseSearchParams {
  q: string;
  language?: SearchLanguage;
  /** How many of each the answer holds (1–100, default 20); the totals count all. */
  limit?: number;
}

export interface ShowcaseSearch {
  initiatives: InitiativePage;
  news: NewsPage;
  /** A search that finds something when this one finds nothing at all; otherwise null. */
  suggestion: string | null;
}

/** The first `limit` initiatives and news items `q` finds (published ones), with their totals. */
export async function searchShowcase(db: Database, params: ShowcaseSearchParams): Promise<ShowcaseSearch> {
  const { q, language = "sv", limit = 20 } = params;
  const [initiatives, news] = await Promise.all([
    listInitiatives(db, { q, language, limit }),
    listNews(db, { q, language, limit }),
  ]);
  const suggestion =
    initiatives.total + news.total > 0
      ? null
      : await suggestionThatFinds(db, q, language, async (suggested) => {
          const [someInitiative, someNews] = await Promise.all([
            listInitiatives(db, { q: suggested, language, limit: 1 }),
            listNews(db, { q: suggested, language, limit: 1 }),
          ]);
          return someInitiative.total + someNews.total > 0;
        });
  return { initiatives, news, suggestion };
}
