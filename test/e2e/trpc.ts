// The API's procedures over HTTP, through the calculator's /api/trpc with the session of a signed-in context: for
// data a test needs but whose making through the UI is not what the test is about.
import { type APIRequestContext, expect } from "@playwright/test";

async function dataOf<T>(path: string, response: Awaited<ReturnType<APIRequestContext["get"]>>): Promise<T> {
  const body = await response.text();
  // The status and the body together, so that a refused call says why.
  expect(`${response.status()} ${path}`, body).toBe(`200 ${path}`);
  return (JSON.parse(body) as { result: { data: T } }).result.data;
}

export async function trpcQuery<T>(request: APIRequestContext, path: string, input?: unknown): Promise<T> {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  return dataOf<T>(path, await request.get(`/api/trpc/${path}${query}`));
}

export async function trpcMutation<T>(request: APIRequestContext, path: string, input: unknown): Promise<T> {
  return dataOf<T>(path, await request.post(`/api/trpc/${path}`, { data: input }));
}
