/**
 * A page's `generateStaticParams` when it is rendered on its first request and then kept and regenerated
 * (ISR): none at build time, so that `next build` needs no API. Pages whose content depends on the query
 * (the initiative list) leave it out and are rendered per request.
 */
export function renderOnFirstRequest() {
  return [];
}
