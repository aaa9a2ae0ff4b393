// The content workspace's list (innehall: see src/content/paths.ts for the twin in the other language).
import { ContentListPage, contentListMetadata } from "@/content/pages/ContentListPage";
import type { SearchParams } from "@/routing/search-params";

export const generateMetadata = contentListMetadata;

export default function Page(props: { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }) {
  return <ContentListPage root="innehall" {...props} />;
}
