import { type NextRequest } from "next/server";
import { forwardToApi } from "@/api/forward";

export const dynamic = "force-dynamic";

const forward = (request: NextRequest) => forwardToApi(request, "/auth");

export { forward as GET, forward as POST };
