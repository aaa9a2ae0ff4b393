"use client";
// The last resort, when even the page frame fails: a document of its own, in both languages.
export default function GlobalError({ reset }: { reset: () => void }) {
  return (
    <html lang="sv">
      <body>
        <main id="main">
          <h1>Något gick fel</h1>
          <p>Sidan kunde inte visas just nu.</p>
          <p lang="en">Something went wrong; the page could not be shown just now.</p>
          <p>
            <button type="button" onClick={reset}>
              Försök igen / <span lang="en">Try again</span>
            </button>{" "}
            {/* A full load, not Next's router: the app that failed is not one to navigate within. */}
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
            <a href="/">Startsidan</a>
          </p>
        </main>
      </body>
    </html>
  );
}
