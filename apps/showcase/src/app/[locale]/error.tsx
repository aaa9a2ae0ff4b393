"use client";
// Error boundaries run in the browser and load with every page, so this one carries its own few words in both
// languages rather than the whole message catalogue.
import { useParams } from "next/navigation";

const text = {
  sv: {
    title: "Något gick fel",
    intro:
      "Sidan kunde inte visas just nu. Det beror oftast på ett tillfälligt fel hos oss, inte på något du gjort.",
    retry: "Försök igen",
    home: "Till startsidan",
    initiatives: "Alla insatser",
    homeHref: "/",
    initiativesHref: "/insatser",
    reference: "Felkod",
  },
  en: {
    title: "Something went wrong",
    intro:
      "The page could not be shown just now. This is usually a temporary fault on our side, not something you did.",
    retry: "Try again",
    home: "Home page",
    initiatives: "All initiatives",
    homeHref: "/en",
    initiativesHref: "/en/initiatives",
    reference: "Error reference",
  },
} as const;

export default function LocalizedError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const params = useParams<{ locale?: string }>();
  const t = params.locale === "en" ? text.en : text.sv;
  return (
    <main id="main" tabIndex={-1} className="site-main">
      <div className="page-intro">
        <h1>{t.title}</h1>
        <p className="lead">{t.intro}</p>
        <p>
          <button type="button" className="button button--primary" onClick={reset}>
            {t.retry}
          </button>
        </p>
        <ul>
          <li>
            <a href={t.homeHref}>{t.home}</a>
          </li>
          <li>
            <a href={t.initiativesHref}>{t.initiatives}</a>
          </li>
        </ul>
        {error.digest ? (
          <p className="source-note">
            {t.reference}: <code>{error.digest}</code>
          </p>
        ) : null}
      </div>
    </main>
  );
}
