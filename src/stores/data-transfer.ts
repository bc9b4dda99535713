/**
 * All the reader's data at once, across every tool (src/stores/registry.ts): the data file to
 * download, reading a file to import with a preview of what it would change, Merge or Replace,
 * and "Delete all my data" (what the privacy page shows about storage is ./stored-data.ts). The rules are pure
 * functions in src/lib (data-export, data-import, import-merge); this file applies them to the
 * live stores, so every open tool shows the result at once.
 *
 * This module is loaded on demand (`import()`) when the reader asks for one of these, so no
 * tool page carries it, or the other tools' stores, before then.
 */
import { buildExport, exportFileName, exportText } from '../lib/data-export';
import { checkFileSize, readDataFile, type ImportProblem } from '../lib/data-import';
import { mergeImported, previewChanges, type ImportPreview } from '../lib/import-merge';
import { removeRaw, siteKeys, type PersistedStore } from './persistence';
import { loadStores } from './registry';
import { itemsOf, nounOf } from './stored-data';
import { clearTabState } from './tab-state';

/** A file to hand the reader: its name and text. */
export interface DataFile {
  name: string;
  text: string;
}

/** Every tool's data as one file, made at `now`. */
export async function exportAllData(now = Date.now()): Promise<DataFile> {
  const stores = await loadStores();
  const file = buildExport(
    stores.map((store) => ({ storageKey: store.storageKey, value: store.$value.get() })),
    now,
  );
  return { name: exportFileName(now), text: exportText(file) };
}

/** The file's data merged into a store's (or taken whole where this browser has none). */
function merged(store: PersistedStore<unknown>, current: unknown, incoming: unknown): unknown {
  if (!store.hasSavedData()) return incoming;
  const { options } = store;
  const value = options.mergeImport
    ? options.mergeImport(current, incoming)
    : mergeImported(current, incoming);
  return options.tidyMerged ? options.tidyMerged(value, current) : value;
}

/** One tool in the import preview. */
export interface ToolPreview {
  /** What the data is called, e.g. "question lists". */
  label: string;
  /** What one item is called, and several. */
  noun: readonly [string, string];
  /** What Merge and Replace would do; undefined when the file has nothing for the tool. */
  changes: ImportPreview | undefined;
}

/** A file that passed every check, with what importing it would do. */
export interface ImportPlan {
  /** The file's name. */
  fileName: string;
  /** When the file was made (ISO 8601). */
  exportedAt: string;
  /** Every tool, in the registry's order. */
  tools: ToolPreview[];
  /** How many parts of the file no tool here reads. */
  ignored: number;
  /** The file's data by store key; only `applyImport` reads it. */
  values: ReadonlyMap<string, unknown>;
}

/** The outcome of choosing a file: a plan to confirm, or why it was refused. */
export type ImportChoice = { ok: true; plan: ImportPlan } | { ok: false; problem: ImportProblem };

/** Reads a chosen file and works out what importing it would do; nothing is changed yet. */
export async function planImport(file: Blob & { name: string }): Promise<ImportChoice> {
  const tooBig = checkFileSize(file.size);
  if (tooBig) return { ok: false, problem: tooBig };
  const [text, stores] = await Promise.all([file.text(), loadStores()]);
  const read = readDataFile(
    text,
    stores.map(({ options }) => ({
      key: options.key,
      version: options.version,
      label: options.label,
      schema: options.schema,
      migrations: options.migrations,
    })),
  );
  if (!read.ok) return read;
  const values = new Map(read.file.stores.map(({ key, value }) => [key, value]));
  const tools = stores.map((store): ToolPreview => {
    const incoming = values.get(store.options.key);
    const current = store.$value.get();
    return {
      label: store.label,
      noun: nounOf(store),
      changes:
        incoming === undefined
          ? undefined
          : previewChanges(
              itemsOf(store, current),
              itemsOf(store, incoming),
              itemsOf(store, merged(store, current, incoming)),
            ),
    };
  });
  return {
    ok: true,
    plan: {
      fileName: file.name,
      exportedAt: read.file.exportedAt,
      tools,
      ignored: read.file.ignored.length,
      values,
    },
  };
}

/** What an import did: the tools whose data this browser could not save (storage full or off). */
export interface ImportOutcome {
  /** Their labels, e.g. "question lists"; empty when everything was saved. */
  unsaved: string[];
}

/**
 * Imports a planned file. Merge adds the file's items and keeps the newer edit of each, and
 * deletes nothing; Replace makes each tool the file has hold exactly the file's data (tools the
 * file has nothing for are left alone). The caller downloads a copy of the current data first.
 * A tool whose storage refused the write shows the data on the page only, and is named in the
 * outcome, so the reader is never told it was saved.
 */
export async function applyImport(
  plan: ImportPlan,
  how: 'merge' | 'replace',
): Promise<ImportOutcome> {
  const unsaved: string[] = [];
  for (const store of await loadStores()) {
    const incoming = plan.values.get(store.options.key);
    if (incoming === undefined) continue;
    // A tool the import leaves as it is is not written: one with nothing saved stays so, as
    // the preview said, rather than saving an empty state.
    const current = store.$value.get();
    const next = how === 'replace' ? incoming : merged(store, current, incoming);
    if (JSON.stringify(next) === JSON.stringify(current)) continue;
    if (how === 'replace') store.replace(incoming);
    else store.update((latest) => merged(store, latest, incoming));
    if (store.$notices.get().some(({ kind }) => kind === 'write-failed' || kind === 'unavailable'))
      unsaved.push(store.label);
  }
  return { unsaved };
}

/** Removes everything this site keeps in the browser: every tool's data, kept copies, tab state. */
export async function deleteAllData(): Promise<void> {
  for (const store of await loadStores()) store.reset();
  for (const key of siteKeys()) removeRaw(key);
  clearTabState();
}
