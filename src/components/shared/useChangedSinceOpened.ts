/**
 * Whether a form's values differ from those it opened with, so canceling it would lose
 * something: compared as JSON, which is enough for the plain values forms hold.
 */
import { useState } from 'preact/hooks';

/** True once `values` no longer equal what they were on the first render. */
export function useChangedSinceOpened(values: unknown): boolean {
  const [opened] = useState(() => JSON.stringify(values));
  return JSON.stringify(values) !== opened;
}
