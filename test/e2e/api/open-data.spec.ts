// The open data REST API of a started product: the seeded content, as any program would fetch it.
import { expect, test } from "@playwright/test";
import { seededInitiatives } from "../showcase/seeded.ts";

test("GET /v1/initiatives lists every seeded initiative", async ({ request }) => {
  const response = await request.get("/v1/initiatives?limit=100");
  expect(response.ok()).toBe(true);
  const body = await response.json();
  expect(body.items.map((item: { slug: string }) => item.slug).sort()).toEqual(
    seededInitiatives.map((initiative) => initiative.slug).sort(),
  );
});

test("GET /v1/initiatives/servicetrainee carries the effect range and evidence level", async ({
  request,
}) => {
  const response = await request.get("/v1/initiatives/servicetrainee");
  expect(response.ok()).toBe(true);
  const body = await response.json();
  const evaluation = body.evaluations[0];
  expect(evaluation.evidenceLevel).toBe(4);
  expect(evaluation.effect).toMatchObject({ low: 0.44, high: 0.54 });
});

test("GET /v1/openapi.json describes the open data endpoints", async ({ request }) => {
  const document = await (await request.get("/v1/openapi.json")).json();
  expect(Object.keys(document.paths)).toEqual(
    expect.arrayContaining([
      "/v1/initiatives",
      "/v1/initiatives/{slug}",
      "/v1/news",
      "/v1/unit-costs",
      "/v1/organisations",
    ]),
  );
  expect(document.info.license).toEqual({
    name: "CC BY 4.0",
    url: "https://creativecommons.org/licenses/by/4.0/",
  });
});

test("the demo planner signs in and reaches the scenario procedures", async ({ request }) => {
  const signIn = await request.post("/auth/sign-in/email", {
    headers: { origin: "http://localhost:3001" },
    data: { email: "planerare@norrkoping.demo.insats.se", password: "insats-demo-2026" },
  });
  expect(signIn.ok()).toBe(true);
  const list = await request.get(`/trpc/scenario.list?input=${encodeURIComponent("{}")}`);
  expect(list.status()).toBe(200);
});
