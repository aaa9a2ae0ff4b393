// Numbered pages over the API's cursor paging.

export interface CursorPage<Item> {
  items: Item[];
  nextCursor: string | null;
  total: number;
}

export type ListPage<Item> = (request: {
  limit: number;
  cursor: string | undefined;
}) => Promise<CursorPage<Item>>;

/** The API's largest page. */
export const maxPageLimit = 100;

/**
 * Page `page` (1-based) of `pageSize` items. A page number keeps addresses short and shareable; the items
 * before it are stepped over in as few requests as the API allows.
 */
export async function fetchNumberedPage<Item>(
  list: ListPage<Item>,
  page: number,
  pageSize: number,
): Promise<CursorPage<Item>> {
  let cursor: string | undefined;
  let toSkip = (page - 1) * pageSize;
  while (toSkip > 0) {
    const limit = Math.min(maxPageLimit, toSkip);
    const skipped = await list({ limit, cursor });
    if (skipped.nextCursor === null) return { items: [], nextCursor: null, total: skipped.total };
    cursor = skipped.nextCursor;
    toSkip -= limit;
  }
  return list({ limit: pageSize, cursor });
}

/** Every item, page by page. */
export async function fetchAll<Item>(list: ListPage<Item>): Promise<Item[]> {
  const items: Item[] = [];
  let cursor: string | undefined;
  do {
    const page = await list({ limit: maxPageLimit, cursor });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
  return items;
}
