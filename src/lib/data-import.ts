/**
 * Reading a data file the reader chose to import: checked step by step, so each kind of bad
 * file gets its own plain message (too big, empty, not ours, damaged, from a newer version),
 * and every tool's part is checked with that tool's own schema, migrated first if an older
 * version saved it. Nothing here touches storage: a file that fails any check changes nothing,
 * because the stores are only written once the whole file has passed.
 */
import * as v from 'valibot';
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, exportFileSchema } from '../schemas/data-export';
import { check, type Validator } from '../schemas/validate';
import { fileSize } from './file-size';

/** The largest file worth reading: more than a browser's storage for this site can hold. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

/** What the import knows of a tool's store: its key, versions, schema and name. */
export interface ImportTarget {
  /** Base key, e.g. "iik:question-lists". */
  key: string;
  /** The version this build saves. */
  version: number;
  /** What the data is called, e.g. "question lists". */
  label: string;
  /** The store's own schema. */
  schema: Validator<unknown>;
  /** `migrations[n]` turns data of version n into version n + 1. */
  migrations?: Record<number, (data: unknown) => unknown> | undefined;
}

/** Why a file was refused, with the words to show the reader. */
export interface ImportProblem {
  kind: 'too-big' | 'empty' | 'not-ours' | 'damaged' | 'newer-format' | 'newer-data' | 'no-data';
  message: string;
}

/** A file that passed every check: each tool's data, ready to merge or replace. */
export interface ImportedFile {
  /** When the file was made (ISO 8601). */
  exportedAt: string;
  /** Each tool's data found in the file, by its base key, in the current version's shape. */
  stores: { key: string; value: unknown }[];
  /** Keys in the file that no tool here reads (a tool this version does not have). */
  ignored: string[];
}

/** The outcome of reading a file. */
export type ImportRead = { ok: true; file: ImportedFile } | { ok: false; problem: ImportProblem };

const NOTHING_CHANGED = 'Nothing was changed.';

const refuse = (kind: ImportProblem['kind'], message: string): ImportRead => ({
  ok: false,
  problem: { kind, message: `${message} ${NOTHING_CHANGED}` },
});

/** A refusal for a file too big to be ours, before it is read; undefined if its size is fine. */
export function checkFileSize(bytes: number): ImportProblem | undefined {
  if (bytes === 0) return { kind: 'empty', message: `That file is empty. ${NOTHING_CHANGED}` };
  if (bytes <= MAX_IMPORT_BYTES) return undefined;
  return {
    kind: 'too-big',
    message: `That file is too big to be your data from this site (${fileSize(bytes)}; ours are under ${fileSize(MAX_IMPORT_BYTES)}). ${NOTHING_CHANGED}`,
  };
}

const newerVersionAdvice =
  'Reload the page to get the newest version of this site, then try again.';

/** Reads a data file's text against the tools' stores; see the file comment. */
export function readDataFile(text: string, targets: readonly ImportTarget[]): ImportRead {
  // The text's length, not its bytes re-encoded: a file that is not text (a photo) decodes with
  // each unreadable byte as a three-byte stand-in, and would be called three times its size.
  // A string is never longer than the bytes it came from, whose size was checked first.
  const size = checkFileSize(text.length);
  if (size) return { ok: false, problem: size };
  if (text.trim() === '') return refuse('empty', 'That file is empty.');

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // A file that names our format but does not parse is one of ours, damaged.
    return text.includes(`"${EXPORT_FORMAT}"`)
      ? refuse(
          'damaged',
          'That file is damaged: it was cut short or changed, so it cannot be read.',
        )
      : refuse(
          'not-ours',
          'That file isn’t a data file from this site. Choose the file “Download all my data” saved (its name starts with “interview-kit-data”).',
        );
  }
  const envelope = v.safeParse(v.object({ format: v.literal(EXPORT_FORMAT) }), data);
  if (!envelope.success)
    return refuse(
      'not-ours',
      'That file isn’t a data file from this site. Choose the file “Download all my data” saved (its name starts with “interview-kit-data”).',
    );
  const version = (data as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > EXPORT_FORMAT_VERSION)
    return refuse(
      'newer-format',
      `That file was made by a newer version of this site (format ${version}), which this page can’t read. ${newerVersionAdvice}`,
    );
  const file = check(exportFileSchema, data);
  if (!file.success)
    return refuse('damaged', 'That file is damaged: part of it was changed, so it cannot be read.');

  const stores: ImportedFile['stores'] = [];
  const used = new Set<string>();
  for (const target of targets) {
    const versions = Object.keys(file.data.data)
      .map((storageKey) => ({ storageKey, match: /^(.+):v(\d+)$/.exec(storageKey) }))
      .filter(({ match }) => match?.[1] === target.key)
      .map(({ storageKey, match }) => ({ storageKey, version: Number(match?.[2]) }))
      .sort((a, b) => b.version - a.version);
    for (const { storageKey } of versions) used.add(storageKey);
    const newest = versions.find(({ version: saved }) => saved <= target.version);
    if (!newest) {
      if (versions.length > 0)
        return refuse(
          'newer-data',
          `The ${target.label} in that file were saved by a newer version of this site, which this page can’t read. ${newerVersionAdvice}`,
        );
      continue;
    }
    const read = readStoreData(target, newest.version, file.data.data[newest.storageKey]);
    if (!read)
      return refuse(
        'damaged',
        `The ${target.label} in that file are damaged, so nothing could be imported.`,
      );
    stores.push({ key: target.key, value: read.value });
  }
  if (stores.length === 0) return refuse('no-data', 'That file holds no data for any tool here.');
  const ignored = Object.keys(file.data.data).filter((storageKey) => !used.has(storageKey));
  return { ok: true, file: { exportedAt: file.data.exportedAt, stores, ignored } };
}

/**
 * One tool's data from a file, migrated from `version` to the target's and validated; undefined
 * when it can't be. (What is wrong with it would mean nothing to the reader, who can't mend it.)
 */
function readStoreData(
  target: ImportTarget,
  version: number,
  data: unknown,
): { value: unknown } | undefined {
  let current = data;
  try {
    for (let step = version; step < target.version; step += 1) {
      const migrate = target.migrations?.[step];
      if (!migrate) return undefined;
      current = migrate(current);
    }
  } catch {
    return undefined;
  }
  const parsed = target.schema.safeParse(current);
  return parsed.success ? { value: parsed.data } : undefined;
}
