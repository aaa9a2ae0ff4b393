import { cookies, draftMode } from "next/headers";
import { type NextRequest, NextResponse } from "next/server";
import { previewApi } from "@/api/client";
import { localizedPath } from "@/i18n/paths";
import { previewCookie } from "@/preview/draft";

export const dynamic = "force-dynamic";

/** Quarter of an hour, as long as the API keeps the token. */
const maxAge = 15 * 60;

/**
 * Opens an editor's preview: checks the token with the API, turns on Draft Mode and goes to the record's page.
 * An unknown or expired token is a 404 and changes nothing.
 */
export async function GET(request: NextRequest) {
  const token = request.nextUrl.searchParams.get("token") ?? "";
  const locale = request.nextUrl.searchParams.get("locale") === "en" ? "en" : "sv";
  if (token.length < 20 || token.length > 200) return new NextResponse("Not found", { status: 404 });
  const api = previewApi();
  const [initiative, newsItem] = await Promise.all([
    api.preview.initiative.query({ token }).catch(() => null),
    api.preview.newsItem.query({ token }).catch(() => null),
  ]);
  const href = initiative
    ? ({ pathname: "/initiatives/[slug]", params: { slug: initiative.slug } } as const)
    : newsItem
      ? ({ pathname: "/news/[slug]", params: { slug: newsItem.slug } } as const)
      : null;
  if (!href) return new NextResponse("Not found", { status: 404 });
  (await draftMode()).enable();
  (await cookies()).set(previewCookie, token, { httpOnly: true, sameSite: "lax", path: "/", maxAge });
  // A relative Location: behind a proxy, or at 127.0.0.1, the request's own origin as Next sees it may differ
  // from the one the browser used, and the cookies just set would not go along.
  return new NextResponse(null, { status: 303, headers: { location: localizedPath(href, locale) } });
}
