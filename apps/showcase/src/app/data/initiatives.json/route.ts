import { connection } from "next/server";
import { contentLicence, contentLicenceLinkHeader } from "@/layout/licence";
import { initiativeRows } from "@/open-data/initiative-rows";

export async function GET(request: Request) {
  // Rendered per request (never at build); the API answers come from the data cache.
  await connection();
  const rows = await initiativeRows(request);
  const body = {
    items: rows.map(({ initiative, urls }) => ({ ...initiative, urls })),
    total: rows.length,
    licence: { name: contentLicence.name, url: contentLicence.url.en },
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": 'attachment; filename="insats-initiativ.json"',
      "cache-control": "public, max-age=15",
      link: contentLicenceLinkHeader,
    },
  });
}
