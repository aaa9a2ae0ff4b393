// The members pages have a path in each language (/organisation/medlemmar, /en/organisation/members). The routing
// keeps one set of paths for both languages elsewhere, so these are two page files that render the same page;
// the one opened in the wrong language (the language switch keeps the path) sends the visitor to the right one.
// The API builds invitation links with the same paths (packages/api/src/mail/mailer.ts).

const localised = {
  members: { sv: "/organisation/medlemmar", en: "/organisation/members" },
  invitation: { sv: "/inbjudan", en: "/invitation" },
} as const;

const languageOf = (locale: string): "sv" | "en" => (locale === "en" ? "en" : "sv");

/** The members page's path without the locale prefix. */
export function membersPath(locale: string): string {
  return localised.members[languageOf(locale)];
}

/** An invitation link's path without the locale prefix. */
export function invitationPath(locale: string, token: string): string {
  return `${localised.invitation[languageOf(locale)]}/${token}`;
}

/** Whether the page opened under `pathLanguage`'s path is the one of the request's locale. */
export function isLocalisedFor(pathLanguage: "sv" | "en", locale: string): boolean {
  return languageOf(locale) === pathLanguage;
}

/** Tokens of invitation links: 32 random bytes in base64url (anything else is not worth asking the API about). */
export const invitationTokenPattern = /^[A-Za-z0-9_-]{20,100}$/;
