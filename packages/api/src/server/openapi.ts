import { generateOpenApiDocument } from "trpc-to-openapi";
import { type ApiEnv } from "../env.ts";
import { appRouter } from "../root.ts";

/** The open data API's OpenAPI 3 document: every procedure with `meta.openapi`, under /v1. */
export function createOpenApiDocument(env: Pick<ApiEnv, "AUTH_URL" | "PORT">) {
  const origin = env.AUTH_URL ? new URL(env.AUTH_URL).origin : `http://localhost:${env.PORT}`;
  return generateOpenApiDocument(appRouter, {
    title: "Insats open data",
    description:
      "Inspiration examples of social investment initiatives in Sweden, their evaluations and effect estimates, " +
      "news, organisations and the unit-cost library. Free to reuse under CC BY 4.0; cite Insats and each item's source.",
    license: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
    version: "1.0.0",
    baseUrl: origin,
    docsUrl: `${origin}/v1/openapi.json`,
    tags: ["initiatives", "news", "organisations", "unit-costs"],
  });
}
