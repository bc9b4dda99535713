/** The shape of a moment in saved data. */
import * as v from 'valibot';

/** What `Date.prototype.toISOString` writes: UTC, with the milliseconds optional. */
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/;

/** A moment as saved data writes it, e.g. "2026-11-24T10:00:00.000Z" (ISO 8601, UTC). */
export const isoTimeSchema = v.pipe(v.string(), v.regex(ISO_TIME, 'use an ISO 8601 time in UTC'));
