/**
 * What the privacy page shows about storage as it opens: each tool's data and its size, the
 * copies of unreadable data kept in this browser, and the browser's own figures. Apart from
 * ./data-transfer.ts (export, import, delete all), which the page loads only when the reader
 * asks for one of those.
 */
import { listedItems, type CountedItem } from '../lib/listed-items';
import { keptCopies, readRaw, type KeptCopyEntry, type PersistedStore } from './persistence';
import { loadStores } from './registry';

/** The things a store's data holds, as the preview counts them. */
export const itemsOf = (store: PersistedStore<unknown>, value: unknown): readonly CountedItem[] =>
  store.options.items?.(value) ?? listedItems(value);

/** What one store's noun is: "list", "lists". */
export const nounOf = (store: PersistedStore<unknown>): readonly [string, string] =>
  store.options.itemNoun ?? ['item', 'items'];

/** One tool in the privacy page's list of what is stored. */
export interface StoredTool {
  label: string;
  noun: readonly [string, string];
  /** How many items it holds now. */
  items: number;
  /** The size of its saved data, in bytes; 0 when nothing is saved. */
  bytes: number;
}

/** A kept copy of unreadable data, named by the tool it came from. */
export interface NamedCopy extends KeptCopyEntry {
  label: string;
}

/** What the privacy page shows: each tool's data, the kept copies, and the browser's figures. */
export interface StorageSummary {
  tools: StoredTool[];
  copies: NamedCopy[];
  /** How much of this browser's storage the site uses in all (offline copy included), if the browser says. */
  usage?: number;
  /** Whether the browser has agreed to keep the site's data when space runs low, if it says. */
  persisted?: boolean;
}

const utf8 = new TextEncoder();

/** What is stored now, for the privacy page. */
export async function storageSummary(): Promise<StorageSummary> {
  const stores = await loadStores();
  const labels = new Map(stores.map((store) => [store.storageKey, store.label]));
  const manager = typeof navigator === 'undefined' ? undefined : navigator.storage;
  const [estimate, persisted] = await Promise.all([
    manager?.estimate?.().catch(() => undefined),
    manager?.persisted?.().catch(() => undefined),
  ]);
  return {
    tools: stores.map((store) => ({
      label: store.label,
      noun: nounOf(store),
      items: itemsOf(store, store.$value.get()).length,
      bytes: utf8.encode(readRaw(store.storageKey) ?? '').length,
    })),
    copies: keptCopies().map((copy) => ({
      ...copy,
      label: labels.get(copy.storageKey) ?? copy.storageKey,
    })),
    ...(estimate?.usage === undefined ? {} : { usage: estimate.usage }),
    ...(persisted === undefined ? {} : { persisted }),
  };
}

/** Asks the browser to keep the site's data when space runs low; resolves to whether it agreed. */
export async function keepData(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}

/** The text of a kept copy, to download; undefined if it is gone. */
export const readKeptCopy = (key: string): string | undefined => readRaw(key);

export { deleteKeptCopy } from './persistence';
