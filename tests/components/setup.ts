// Shared setup for component tests: unmount rendered islands and clear saved data after each test.
// Static .astro components render in Node (the Container API needs it), where there is no storage.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  if (typeof localStorage !== 'undefined') localStorage.clear();
});
