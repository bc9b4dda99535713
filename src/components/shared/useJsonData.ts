/**
 * Loads a JSON file the site builds from a collection (the cards, the question bank), with a
 * state the island can show: loading, ready, or failed with a way to try again.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

/** Where a load is. */
export type JsonData<T> =
  { status: 'loading' } | { status: 'ready'; data: T } | { status: 'failed'; retry: () => void };

/**
 * Fetches `url` the first time `enabled` is true (and keeps the data after that) and picks the
 * data out with `pick`, which throws if the shape is wrong. Same-origin only: the site never
 * fetches from anywhere else.
 */
export function useJsonData<T>(
  url: string,
  pick: (json: unknown) => T,
  enabled = true,
): JsonData<T> {
  const [state, setState] = useState<JsonData<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const wanted = useRef(false);
  if (enabled) wanted.current = true;
  const started = wanted.current;
  // The latest picker, read when the data arrives: callers pass module-level functions, and a
  // new one must not start another fetch.
  const pickRef = useRef(pick);
  pickRef.current = pick;

  useEffect(() => {
    if (!started) return;
    let cancelled = false;
    setState({ status: 'loading' });
    fetch(url, { credentials: 'same-origin' })
      .then((response) => {
        if (!response.ok) throw new Error(`${url} answered ${response.status}`);
        return response.json() as Promise<unknown>;
      })
      .then((json) => {
        if (!cancelled) setState({ status: 'ready', data: pickRef.current(json) });
      })
      .catch(() => {
        if (!cancelled)
          setState({ status: 'failed', retry: () => setAttempt((count) => count + 1) });
      });
    return () => {
      cancelled = true;
    };
  }, [url, started, attempt]);

  return state;
}
