/**
 * The mock conversation's saved state: the run in progress (so a reload resumes it with the
 * right time, or at least keeps its debrief) and the debriefs kept afterward. Shapes and pure
 * changes are in src/lib/mock-run.ts.
 *
 * Stored under "iik:mock-runs:v1" as MockRunsState; damaged data keeps its valid debriefs.
 * Every verb applies its change to the latest stored state (another tab may have changed it).
 */
import {
  endRun,
  markQuestion,
  pauseRun,
  resumeRun,
  salvageMockRuns,
  startRun,
  toDebrief,
  type NewRun,
} from '../lib/mock-run';
import { validator } from '../schemas/validate';
import type { TextChange } from '../lib/sync-merge';
import type { Instant } from '../lib/time';
import { deletionUndo } from './deletion-undo';
import { MOCK_RUNS_KEY, MOCK_RUNS_VERSION } from './mock-run-waiting';
import { applyTextChange, persistedStore } from './persistence';
import { newId } from './new-id';
import {
  mockRunsStateSchema,
  type Debrief,
  type DebriefNotes,
  type MockRunsState,
  type MockSetupChoice,
} from '../schemas/mock-run';

/** The saved runs, with their storage notice. */
export const mockRunsStore = persistedStore<MockRunsState>({
  key: MOCK_RUNS_KEY,
  version: MOCK_RUNS_VERSION,
  schema: validator(mockRunsStateSchema),
  fallback: { debriefs: [] },
  label: 'mock conversations',
  salvage: salvageMockRuns,
  itemNoun: ['debrief', 'debriefs'],
});

/** The run in progress and the saved debriefs. */
export const $mockRuns = mockRunsStore.$value;

/** Applies a change to the run in progress, as stored now; nothing if there is none. */
function updateCurrent(
  change: (run: NonNullable<MockRunsState['current']>) => MockRunsState['current'],
) {
  mockRunsStore.update((state) => {
    if (!state.current) return state;
    const current = change(state.current);
    if (current === state.current) return state;
    const { current: _old, ...rest } = state;
    return current ? { ...rest, current } : rest;
  });
}

/**
 * Starts a run at `now`, replacing any run not yet debriefed, and keeps the set-up's choice
 * (length and list) to offer it again next time.
 */
export function beginRun(run: Omit<NewRun, 'id'>, now: Instant, setup?: MockSetupChoice): void {
  const current = startRun({ ...run, id: newId() }, now);
  mockRunsStore.update((state) => ({ ...state, current, ...(setup ? { setup } : {}) }));
}

/** Pauses the run at `now`. */
export function pauseCurrentRun(now: Instant): void {
  updateCurrent((run) => pauseRun(run, now));
}

/** Resumes the run at `now`. */
export function resumeCurrentRun(now: Instant): void {
  updateCurrent((run) => resumeRun(run, now));
}

/** Ends the run at `now` (early or on time) and opens its debrief. */
export function endCurrentRun(now: Instant): void {
  updateCurrent((run) => endRun(run, now));
}

/** Marks a question of the run as asked or skipped. */
export function markRunQuestion(key: string, outcome: 'asked' | 'skipped'): void {
  updateCurrent((run) => markQuestion(run, key, outcome));
}

/** Keeps what the reader has typed in the debrief so far, applied to the latest notes. */
export function updateDebriefNotes(notes: Partial<Record<keyof DebriefNotes, TextChange>>): void {
  updateCurrent((run) => {
    const next = { ...run.notes };
    for (const key of Object.keys(notes) as (keyof DebriefNotes)[]) {
      const change = notes[key];
      if (change !== undefined) next[key] = applyTextChange(change, run.notes[key]);
    }
    return { ...run, notes: next };
  });
}

/** Saves the ended run's debrief at the top of the list and clears the run; returns it. */
export function saveDebrief(now: Instant = Date.now()): Debrief | undefined {
  let debrief: Debrief | undefined;
  mockRunsStore.update((state) => {
    const { current, debriefs, ...rest } = state;
    if (current?.endedAt === undefined) return state;
    debrief = toDebrief(current, newId(), now);
    return { ...rest, debriefs: [debrief, ...debriefs] };
  });
  return debrief;
}

/** Drops the current run without keeping a debrief. */
export function discardRun(): void {
  updateCurrent(() => undefined);
}

/** The debrief deleted last, so the undo notice can put it back. */
export const debriefDeletion = deletionUndo<Debrief>({
  read: () => ({ items: $mockRuns.get().debriefs }),
  write: ({ items }) => mockRunsStore.update((state) => ({ ...state, debriefs: [...items] })),
});

/** Deletes a saved debrief; the undo notice can put it back until the next deletion. */
export const deleteDebrief = (id: string) => debriefDeletion.delete(id);

/** Puts the last deleted debrief back where it was; returns it, if there was one. */
export const undoDeleteDebrief = () => debriefDeletion.undo();
