import { describe, expect, it } from "vitest";
import { fetchAll, fetchNumberedPage, type ListPage } from "./paging.ts";

/** A cursor API over 0..count-1 that records the requests it gets. */
function fakeApi(count: number) {
  const requests: { limit: number; cursor: string | undefined }[] = [];
  const list: ListPage<number> = async (request) => {
    requests.push(request);
    const start = request.cursor === undefined ? 0 : Number(request.cursor);
    const items = Array.from(
      { length: Math.max(0, Math.min(request.limit, count - start)) },
      (_, index) => start + index,
    );
    const next = start + items.length;
    return { items, nextCursor: next < count ? String(next) : null, total: count };
  };
  return { list, requests };
}

describe("numbered pages over cursor paging", () => {
  it("gives page 1 in one request", async () => {
    const api = fakeApi(30);
    expect((await fetchNumberedPage(api.list, 1, 12)).items).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(api.requests).toHaveLength(1);
  });

  it("steps over earlier pages in as few requests as the API allows", async () => {
    const api = fakeApi(500);
    const page = await fetchNumberedPage(api.list, 11, 12);
    expect(page.items[0]).toBe(120);
    expect(page.items).toHaveLength(12);
    expect(api.requests.map((request) => request.limit)).toEqual([100, 20, 12]);
  });

  it("answers a page past the end with no items and the total", async () => {
    const api = fakeApi(5);
    expect(await fetchNumberedPage(api.list, 3, 12)).toEqual({ items: [], nextCursor: null, total: 5 });
  });

  it("fetches everything page by page", async () => {
    const api = fakeApi(250);
    expect(await fetchAll(api.list)).toHaveLength(250);
    expect(api.requests).toHaveLength(3);
  });
});
