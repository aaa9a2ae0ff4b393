import { connection } from "next/server";
import { contentLicenceLinkHeader } from "@/layout/licence";
import { toCsv } from "@/open-data/csv";
import { initiativeColumns } from "@/open-data/initiative-columns";
import { initiativeRows } from "@/open-data/initiative-rows";

export async function GET(request: Request) {
  // Rendered per request (never at build); the API answers come from the data cache.
  await connection();
  const rows = await initiativeRows(request);
  return new Response(toCsv(initiativeColumns, rows), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": 'attachment; filename="insats-initiativ.csv"',
      "cache-control": "public, max-age=15",
      link: contentLicenceLinkHeader,
    },
  });
}
