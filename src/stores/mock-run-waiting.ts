/**
 * Whether a mock conversation waits in saved data (still running, or ended without its
 * debrief). Read straight from storage, without loading the mock conversation's store and code:
 * the practice page asks as it opens, to open on the run instead of the flashcards. The store
 * itself (src/stores/mock-runs.ts) validates the data once it loads.
 */

/** Where the mock conversation's state is saved: "iik:mock-runs", version 1. */
export const MOCK_RUNS_KEY = 'iik:mock-runs';
/** The version of the saved shape (src/schemas/mock-run.ts). */
export const MOCK_RUNS_VERSION = 1;

/** True if saved data holds a run that has not been debriefed; false if not, or unreadable. */
export function savedRunWaiting(): boolean {
  try {
    const raw = localStorage.getItem(`${MOCK_RUNS_KEY}:v${MOCK_RUNS_VERSION}`);
    if (raw === null) return false;
    const data: unknown = JSON.parse(raw);
    const current =
      typeof data === 'object' && data !== null
        ? (data as { current?: unknown }).current
        : undefined;
    return typeof current === 'object' && current !== null;
  } catch {
    return false;
  }
}
