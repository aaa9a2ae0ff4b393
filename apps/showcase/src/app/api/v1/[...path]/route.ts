import { forwardToApi } from "@/api/forward";

export const dynamic = "force-dynamic";

// Open data is read-only.
export async function GET(request: Request, { params }: RouteContext<"/api/v1/[...path]">) {
  return forwardToApi(request, "/v1", (await params).path);
}
