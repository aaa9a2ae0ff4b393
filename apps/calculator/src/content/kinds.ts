/** The two kinds of showcase content an editor writes, as the API names them. */
export const contentKinds = ["initiative", "newsItem"] as const;
export type ContentKind = (typeof contentKinds)[number];
