// Every item of a list, read once from the first page to the last along the API's cursors (the sitemap and the
// open data files; a numbered page asks the API for its page directly).

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

/** Every item, page by page: each item read once, in pages as large as the API gives. */
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
