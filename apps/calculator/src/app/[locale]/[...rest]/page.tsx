import { notFound } from "next/navigation";

// An address that matches no page gets the localized 404 page ([locale]/not-found.tsx), rendered per request
// like every page here. Left to Next's own 404, it would be the one page prerendered at build time, whose
// scripts carry no nonce and are refused by the content security policy.
export default function UnknownPage() {
  notFound();
}
