import { forwardToApi } from "@/api/forward";

export const dynamic = "force-dynamic";

async function handle(request: Request, { params }: RouteContext<"/api/trpc/[...path]">) {
  return forwardToApi(request, "/trpc", (await params).path);
}

export { handle as GET, handle as POST };
