/**
 * How an item in a saved list is known across versions of the data: by its `id`, else by its
 * whole value. Shared by the merge of two tabs' changes (./sync-merge.ts), loaded only once
 * another tab writes, and by the import merges, so neither carries the other.
 */

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** JSON with keys in a fixed order, so equal values give equal text. */
function stableText(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableText).join(',')}]`;
  if (isRecord(value))
    return `{${Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableText(value[key])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'undefined';
}

/** How a list item is known across versions: its id, else its whole value. */
export function itemIdentity(item: unknown): string {
  return isRecord(item) && typeof item.id === 'string' ? `id:${item.id}` : `is:${stableText(item)}`;
}
