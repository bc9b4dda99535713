/**
 * The mock conversation's saved state, "iik:mock-runs:v1": the run in progress (so a reload
 * resumes it with the right time, or at least keeps its debrief) and the debriefs kept after
 * runs. Times of a run are epoch milliseconds.
 */
import * as v from 'valibot';
import { PHASES } from '../lib/vocabulary';
import { isoTimeSchema } from './iso-time';
import { LIST_LENGTHS } from './question-list';

/** The lengths a run can have, in minutes (the same as a question list's). */
export const RUN_LENGTHS = LIST_LENGTHS;

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const duration = v.pipe(v.number(), v.minValue(0));

/** A question of a run, as saved. */
export const runQuestionSchema = v.object({
  /** Stable key within the run ("bank:<id>" or "custom:<id>"). */
  key: v.string(),
  /** The question as asked. */
  text: v.string(),
  /** The phase it belongs to. */
  phase: v.picklist(PHASES),
  /** Why it is worth asking, for bank questions. */
  why: v.optional(v.string()),
});
/** A question as a run asks it. */
export type RunQuestion = v.InferOutput<typeof runQuestionSchema>;

/** What the reader noted after a run. */
export const debriefNotesSchema = v.object({
  /** What you learned. */
  learned: v.string(),
  /** What to ask next time. */
  askNext: v.string(),
  /** Who to contact next. */
  contactNext: v.string(),
});
/** The three debrief notes. */
export type DebriefNotes = v.InferOutput<typeof debriefNotesSchema>;

/** What the set-up was last set to: the length, and the picker's list used (absent: suggested). */
export const mockSetupSchema = v.object({
  /** Planned length in minutes. */
  minutes: v.picklist(RUN_LENGTHS),
  /** The id of the question list chosen; absent for the suggested questions. */
  listId: v.optional(v.string()),
});
/** The set-up's choices. */
export type MockSetupChoice = v.InferOutput<typeof mockSetupSchema>;

/** A run in progress, or ended and waiting for its debrief. Times are epoch milliseconds. */
export const mockRunSchema = v.object({
  /** Unique id. */
  id: v.string(),
  /** Planned length in minutes. */
  minutes: v.picklist(RUN_LENGTHS),
  /** The name of the question list used, e.g. "Suggested questions". */
  listName: v.string(),
  /** The questions, in the order they will be asked. */
  questions: v.array(runQuestionSchema),
  /** When the run started. */
  startedAt: v.number(),
  /** When it was paused, while it is paused. */
  pausedAt: v.optional(v.number()),
  /** Milliseconds spent paused before the current pause. */
  pausedMs: duration,
  /** When it ended; set once the reader finishes or ends early. */
  endedAt: v.optional(v.number()),
  /** What happened to each question so far, by key. */
  done: v.record(v.string(), v.picklist(['asked', 'skipped'])),
  /** The debrief being written, kept so a reload loses nothing. */
  notes: debriefNotesSchema,
});
/** A mock conversation run. */
export type MockRun = v.InferOutput<typeof mockRunSchema>;

/** A debrief kept after a run. */
export const debriefSchema = v.object({
  /** Unique id. */
  id: v.string(),
  /** When it was saved (ISO 8601). */
  savedAt: isoTimeSchema,
  /** Planned length in minutes. */
  minutes: v.number(),
  /** The question list used. */
  listName: v.string(),
  /** How long the run actually lasted, in seconds. */
  ranSec: duration,
  /** Questions planned. */
  planned: count,
  /** Questions asked. */
  asked: count,
  /** Questions skipped. */
  skipped: count,
  /** The reader's notes. */
  notes: debriefNotesSchema,
});
/** A saved debrief. */
export type Debrief = v.InferOutput<typeof debriefSchema>;

/** Everything the mock conversation saves. */
export const mockRunsStateSchema = v.object({
  /** The run in progress or awaiting its debrief, if any. */
  current: v.optional(mockRunSchema),
  /** Saved debriefs, newest first. */
  debriefs: v.array(debriefSchema),
  /** The set-up as the reader last left it, offered again after a debrief. Default: none. */
  setup: v.optional(mockSetupSchema),
});
/** The mock conversation's saved state. */
export type MockRunsState = v.InferOutput<typeof mockRunsStateSchema>;
