import { type NextRequest } from "next/server";
import { forwardToApi } from "@/api/forward";

export const dynamic = "force-dynamic";

const forward = (request: NextRequest) => forwardToApi(request, "/trpc");

export { forward as GET, forward as POST };
