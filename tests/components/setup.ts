// Shared setup for component tests: unmount rendered islands and clear saved data after each test.
// Static .astro components render in Node (the Container API needs it), where there is no storage.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure, getConfig, prettyDOM } from '@testing-library/preact';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  if (typeof localStorage !== 'undefined') localStorage.clear();
});

// A query that fails inside findBy or waitFor is tried again until it passes, and each failed try
// printed the whole page into an error that was then thrown away: a few hundred milliseconds of
// every run. The error is Testing Library's own, but the page is printed when its message is
// first read, which is when a test fails and its error is shown.
function lazyElementError(message: string | null, container: Element): Error {
  const error = new Error();
  error.name = 'TestingLibraryElementError';
  Error.captureStackTrace(error, lazyElementError);
  let text: string | undefined;
  Object.defineProperty(error, 'message', {
    configurable: true,
    get: () =>
      (text ??= [
        message,
        `Ignored nodes: comments, ${getConfig().defaultIgnore}\n${prettyDOM(container)}`,
      ]
        .filter(Boolean)
        .join('\n\n')),
    set: (value: string) => (text = value),
  });
  return error;
}
// Parts that load on demand (a person's page, a form, the mock conversation) are compiled on
// their first import. On a fresh clone of a busy two-core machine that took 1.5 s, past
// Testing Library's 1 s wait, and a test failed that passes once the cache is warm. Waiting
// longer costs a passing test nothing: a query is answered as soon as it is true.
configure({ getElementError: lazyElementError, asyncUtilTimeout: 5000 });
