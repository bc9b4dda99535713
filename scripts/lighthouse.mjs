// Lighthouse on the built site, as `npm run bench` runs it: the `lighthouse` package's default
// mobile run (a mid-range phone, simulated slow 4G and a 4× slower CPU) in headless Chromium,
// all four categories, one page at a time against the site served by scripts/serve-dist.mjs.
// Scores are measured here and never asserted in tests.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, chromePath } from './chromium.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** The scored metrics, reported as numbers rather than as findings. */
const METRICS = new Set([
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
  'interactive',
]);

/**
 * @typedef {{
 *   path: string,
 *   scores: Record<string, number>,
 *   metrics: { lcpMs: number, cls: number, tbtMs: number, fcpMs: number },
 *   findings: string[],
 * }} LighthouseResult
 */

/**
 * Runs Lighthouse mobile on each path of the site at `baseURL`.
 * @param {string} baseURL e.g. http://127.0.0.1:4321
 * @param {string[]} paths e.g. ['/', '/guide/asking/']
 * @returns {Promise<LighthouseResult[]>}
 */
export async function lighthouseMobile(baseURL, paths) {
  const chrome = await chromeLauncher.launch({
    chromePath: chromePath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  try {
    /** @type {LighthouseResult[]} */
    const results = [];
    for (const path of paths) {
      const run = await lighthouse(new URL(path, baseURL).href, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      if (!run) throw new Error(`Lighthouse returned nothing for ${path}`);
      const { categories, audits, runtimeError } = run.lhr;
      if (runtimeError) throw new Error(`Lighthouse failed on ${path}: ${runtimeError.message}`);
      /** @param {string} id */
      const metric = (id) => audits[id]?.numericValue ?? Number.NaN;
      results.push({
        path,
        scores: Object.fromEntries(
          CATEGORIES.map((id) => [id, Math.round((categories[id]?.score ?? 0) * 100)]),
        ),
        metrics: {
          lcpMs: Math.round(metric('largest-contentful-paint')),
          cls: Number(metric('cumulative-layout-shift').toFixed(3)),
          tbtMs: Math.round(metric('total-blocking-time')),
          fcpMs: Math.round(metric('first-contentful-paint')),
        },
        // Every audit that did not pass (the metrics above aside), as "id: title (value)".
        findings: Object.values(audits)
          .filter(
            (audit) =>
              audit.score !== null &&
              audit.score < 1 &&
              !METRICS.has(audit.id) &&
              !['informative', 'notApplicable', 'manual'].includes(audit.scoreDisplayMode),
          )
          .map(
            (audit) =>
              `${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`,
          ),
      });
    }
    return results;
  } finally {
    chrome.kill();
  }
}
