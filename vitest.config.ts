/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Three projects, run in this order by `npm test`:
 * - unit: pure logic, stores and content data, in Node;
 * - components: Preact islands in happy-dom and .astro components through the Container API;
 * - site: the built site in `dist/`, checked on disk and driven in Chromium.
 */
export default getViteConfig({
  test: {
    // Each test file gets a fresh VM context inside one of a few long-lived workers, which is
    // as isolated as a fresh process per file but starts in a fraction of the time; one worker
    // per core, since the default leaves one of this machine's two cores idle.
    pool: 'vmThreads',
    maxWorkers: '100%',
    // `npm run test:unit` reports coverage of the pure logic and the stores, and fails below
    // these floors; islands are covered by the component and site tests instead. Istanbul
    // instruments only the files it measures, where V8's block coverage slowed every module
    // the tests ran, happy-dom included, and took the run from 11 s to 20 s.
    coverage: {
      provider: 'istanbul',
      include: ['src/lib/**/*.ts', 'src/stores/**/*.ts'],
      reporter: ['text-summary', 'html'],
      thresholds: { lines: 90, functions: 90, branches: 85, statements: 90 },
    },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['tests/components/setup.ts'],
          // Room for Testing Library's 5 s wait (see the setup file) inside one test.
          testTimeout: 15_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/site/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
