// An editor's preview: the workspace gets a short-lived token from the API and opens /api/preview with it, which
// turns on Next's Draft Mode and keeps the token in a cookie. The detail pages then read the draft through the
// API's preview procedures, uncached, and render it exactly as they would render it published.
import "server-only";
import { cookies, draftMode } from "next/headers";
import { cache } from "react";
import { previewApi } from "@/api/client";

export const previewCookie = "insats-preview";

/** The token of the preview in progress, or null outside Draft Mode. Cookies are read only in Draft Mode, so ISR holds. */
async function previewToken(): Promise<string | null> {
  if (!(await draftMode()).isEnabled) return null;
  return (await cookies()).get(previewCookie)?.value ?? null;
}

/** The draft initiative being previewed, when it is the one with this slug. */
export const previewedInitiative = cache(async (slug: string) => {
  const token = await previewToken();
  if (!token) return null;
  const record = await previewApi().preview.initiative.query({ token }).catch(() => null);
  return record?.slug === slug ? record : null;
});

/** The draft news item being previewed, when it is the one with this slug. */
export const previewedNewsItem = cache(async (slug: string) => {
  const token = await previewToken();
  if (!token) return null;
  const record = await previewApi().preview.newsItem.query({ token }).catch(() => null);
  return record?.slug === slug ? record : null;
});
