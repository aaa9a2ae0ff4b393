import { ContentHistoryPage, contentHistoryMetadata } from "@/content/pages/ContentHistoryPage";
import type { SearchParams } from "@/routing/search-params";

export const generateMetadata = contentHistoryMetadata;

export default function Page(props: { params: Promise<{ locale: string; kind: string; slug: string }>; searchParams: Promise<SearchParams> }) {
  return <ContentHistoryPage root="content" {...props} />;
}
