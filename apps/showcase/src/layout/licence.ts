/**
 * The licence of the showcase's content and open data (CC BY 4.0: reuse freely, name the source). The API's
 * open data states the same licence in its OpenAPI document; keep the two together.
 */
export const contentLicence = {
  name: "CC BY 4.0",
  url: {
    sv: "https://creativecommons.org/licenses/by/4.0/deed.sv",
    en: "https://creativecommons.org/licenses/by/4.0/",
  },
} as const;

/** The licence as an HTTP header (RFC 8288 `rel="license"`), for the downloadable open data files. */
export const contentLicenceLinkHeader = `<${contentLicence.url.en}>; rel="license"`;
