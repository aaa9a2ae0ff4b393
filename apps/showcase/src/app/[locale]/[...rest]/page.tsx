import { notFound } from "next/navigation";
import { asLocale } from "@/i18n/locale";

// Addresses that match no page get the localized 404 page (app/[locale]/not-found.tsx), inside the site frame.
export default async function UnknownPage({ params }: PageProps<"/[locale]/[...rest]">) {
  asLocale((await params).locale);
  notFound();
}
