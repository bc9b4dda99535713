// What the bench modules share: the percentile of a set of timings, and the project's own
// TypeScript modules loaded through Vite, so they run as the browser bundle's do.
import { createServer } from 'vite';

/**
 * The p-th percentile of some timings (0 when there are none).
 * @param {number[]} values
 * @param {number} p a percentile from 0 to 100
 */
export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
};

/** @typedef {{ name: string, value: number, unit: string, note?: string }} BenchRow one row of the bench table */

/**
 * Runs `use` with a loader of the project's modules by path ("/src/lib/due-view.ts"), then
 * closes the Vite server it loads them through; resolves with the rows `use` measured.
 * @param {(loadModule: (path: string) => Promise<Record<string, unknown>>) => Promise<BenchRow[]>} use
 * @returns {Promise<BenchRow[]>}
 */
export async function withSourceModules(use) {
  const server = await createServer({
    configFile: false,
    logLevel: 'silent',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, watch: null },
  });
  try {
    return await use((path) => server.ssrLoadModule(path));
  } finally {
    await server.close();
  }
}
