// The reader's search text from the address: the first `q`, trimmed, at most the API's 200 characters.
export function searchTextOf(params: Record<string, string | string[] | undefined>): string | undefined {
  const value = Array.isArray(params.q) ? params.q[0] : params.q;
  return value?.trim().slice(0, 200).trim() || undefined;
}
