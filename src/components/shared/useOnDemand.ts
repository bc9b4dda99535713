/**
 * What a tool loads after its page: a data file the site builds from a collection (the cards,
 * the question bank) or a part of its own code it needs only later (the mock conversation, the
 * cards' scheduler). One state the island can show for both: loading, ready, or failed with a
 * way to try again.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

/** Where a load is. */
export type OnDemand<T> =
  { status: 'loading' } | { status: 'ready'; data: T } | { status: 'failed'; retry: () => void };

/**
 * Runs `load` the first time `enabled` is true (and keeps what it gave after that), again when
 * `key` changes, and again when the reader retries a failure.
 */
export function useOnDemand<T>(key: string, load: () => Promise<T>, enabled = true): OnDemand<T> {
  const [state, setState] = useState<OnDemand<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const wanted = useRef(false);
  if (enabled) wanted.current = true;
  const started = wanted.current;
  // The latest loader, read when a load starts: callers pass a new function on every render,
  // and that alone must not start another load.
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    if (!started) return;
    let canceled = false;
    setState({ status: 'loading' });
    loadRef.current().then(
      (data) => {
        if (!canceled) setState({ status: 'ready', data });
      },
      () => {
        if (!canceled)
          setState({ status: 'failed', retry: () => setAttempt((count) => count + 1) });
      },
    );
    return () => {
      canceled = true;
    };
  }, [key, started, attempt]);

  return state;
}

/**
 * Fetches a JSON file of the site (same origin only: the site never fetches from anywhere
 * else) and picks the data out with `pick`, which throws if the shape is wrong.
 */
export function useJsonData<T>(
  url: string,
  pick: (json: unknown) => T,
  enabled = true,
): OnDemand<T> {
  return useOnDemand(
    url,
    async () => {
      const response = await fetch(url, { credentials: 'same-origin' });
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      return pick(await response.json());
    },
    enabled,
  );
}
