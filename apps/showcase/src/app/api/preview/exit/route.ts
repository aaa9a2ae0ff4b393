import { cookies, draftMode } from "next/headers";
import { type NextRequest, NextResponse } from "next/server";
import { previewCookie } from "@/preview/draft";

export const dynamic = "force-dynamic";

/** Ends the preview and returns to the public site. */
export async function GET(request: NextRequest) {
  (await draftMode()).disable();
  (await cookies()).delete(previewCookie);
  const locale = request.nextUrl.searchParams.get("locale") === "en" ? "/en" : "/";
  return new NextResponse(null, { status: 303, headers: { location: locale } });
}
