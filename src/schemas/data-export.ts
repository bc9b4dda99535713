/**
 * The file "Download all my data" writes and the import reads: a format name and version, when
 * it was made, and every tool's saved data under its own versioned storage key, exactly as the
 * tool saves it (each checked on import with that tool's own schema).
 *
 * ```json
 * {
 *   "format": "informational-interview-kit",
 *   "formatVersion": 1,
 *   "exportedAt": "2026-11-24T10:00:00.000Z",
 *   "data": { "iik:question-lists:v1": { "lists": [] }, "iik:reviews:v2": { "cards": {} } }
 * }
 * ```
 *
 * Version history of the file format:
 * - 1 (current): the shape above.
 */
import * as v from 'valibot';

/** The name every file of ours carries, so a file from elsewhere is told apart. */
export const EXPORT_FORMAT = 'informational-interview-kit';
/** The version of the file format this build writes and reads. */
export const EXPORT_FORMAT_VERSION = 1;

/** A data file: its envelope; what each key holds is checked by that tool's schema. */
export const exportFileSchema = v.object({
  /** Always EXPORT_FORMAT. */
  format: v.literal(EXPORT_FORMAT),
  /** The file format's version, from 1. */
  formatVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /** When the file was made (ISO 8601). */
  exportedAt: v.pipe(v.string(), v.isoTimestamp()),
  /** Each tool's saved data by its storage key, e.g. "iik:question-lists:v1". */
  data: v.pipe(
    v.custom<object>(
      (data) => typeof data === 'object' && data !== null && !Array.isArray(data),
      'the data must be one entry per tool',
    ),
    v.record(v.pipe(v.string(), v.regex(/^iik:[a-z0-9-]+:v\d+$/)), v.unknown()),
  ),
});
/** A data file. */
export type ExportFile = v.InferOutput<typeof exportFileSchema>;
