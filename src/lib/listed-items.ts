/**
 * What the privacy page and the import preview count in a tool's data. Apart from the import
 * merge (./import-merge.ts), which the privacy page loads only once a file is chosen.
 */

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Something counted in a tool's data; other fields are compared to tell "updated" from "unchanged". */
export interface CountedItem {
  id: string;
}

/** The items of every top-level list of objects with an `id`: what most tools' data holds. */
export function listedItems(value: unknown): CountedItem[] {
  if (!isRecord(value)) return [];
  return Object.values(value).flatMap((field) =>
    Array.isArray(field) &&
    field.length > 0 &&
    field.every((item) => isRecord(item) && typeof item.id === 'string')
      ? (field as CountedItem[])
      : [],
  );
}
