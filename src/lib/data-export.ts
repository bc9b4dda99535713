/**
 * The file "Download all my data" writes (its shape is src/schemas/data-export.ts): every
 * tool's saved data under its versioned key, with the format's name and version and the time
 * it was made. Pure: the caller passes the data and the time.
 */
import { EXPORT_FORMAT, EXPORT_FORMAT_VERSION, type ExportFile } from '../schemas/data-export';
import { isoString, localDay, type Instant } from './time';

/** One tool's saved data as it goes into the file. */
export interface StoreData {
  /** The key it is saved under, e.g. "iik:question-lists:v1". */
  storageKey: string;
  /** The saved value, as the tool's schema reads it. */
  value: unknown;
}

/** The data file for these tools' data, made at `now`. */
export function buildExport(stores: readonly StoreData[], now: Instant): ExportFile {
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: isoString(now),
    data: Object.fromEntries(stores.map(({ storageKey, value }) => [storageKey, value])),
  };
}

/** The file's text: indented JSON, so a reader who opens it can see what it holds. */
export function exportText(file: ExportFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The file's name, with the reader's local date: "interview-kit-data-2026-11-24.json". */
export function exportFileName(now: Instant): string {
  return `interview-kit-data-${localDay(now)}.json`;
}
