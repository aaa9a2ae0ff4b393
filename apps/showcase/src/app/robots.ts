import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { absoluteUrl } from "@/seo/metadata";

export default async function robots(): Promise<MetadataRoute.Robots> {
  // The site address is read when the app runs, not when it is built.
  await connection();
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/trpc/"] },
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
