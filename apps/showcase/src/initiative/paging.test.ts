import { describe, expect, it } from "vitest";
import { fetchAll, type ListPage } from "./paging.ts";

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

describe("every item over cursor paging", () => {
  it("fetches everything page by page, each item once", async () => {
    const api = fakeApi(250);
    expect(await fetchAll(api.list)).toEqual(Array.from({ length: 250 }, (_, index) => index));
    expect(api.requests.map((request) => request.limit)).toEqual([100, 100, 100]);
  });

  it("asks once for an empty list", async () => {
    const api = fakeApi(0);
    expect(await fetchAll(api.list)).toEqual([]);
    expect(api.requests).toHaveLength(1);
  });
});
