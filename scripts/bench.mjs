// `npm run bench`: builds the site and measures it. Prints a table and writes bench/results.json:
// build seconds, page count, HTML / CSS / JS bytes gzipped for each page type in budgets.json
// (with each part a page loads later, on demand), the Pagefind index size, the rows of every
// module in scripts/bench/*.mjs (each exports `default async function run()` returning
// `{ name, value, unit, note? }[]`), and Lighthouse mobile's four scores, key metrics and
// findings for the heaviest page of each type (scripts/lighthouse.mjs; `npm run bench --
// --no-lighthouse` skips it, it takes a few minutes). Times and scores are measured here and
// never asserted in tests.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lighthouseMobile } from './lighthouse.mjs';
import { gzipBytes, pageWeight } from './page-weight.mjs';
import { serveDist } from './serve-dist.mjs';

const DIST = 'dist';

/**
 * Every file below a folder, recursively.
 * @param {string} folder
 * @returns {string[]}
 */
function filesUnder(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** @param {string} file a page's path relative to dist */
const urlPathOf = (file) =>
  file === '404.html' ? '/404.html' : `/${file.replace(/index\.html$/, '')}`;

const started = performance.now();
const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (build.status !== 0) process.exit(build.status ?? 1);
const buildSeconds = (performance.now() - started) / 1000;

const pages = filesUnder(DIST)
  .map((path) => relative(DIST, path).split('\\').join('/'))
  .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));

/** @typedef {{ name: string, match: string, html: number, css: number, js: number, frameworkFree: boolean }} PageType */
const budgets =
  /** @type {{ pageTypes: PageType[], searchOnDemand: { files: string[], bytes: number } }} */ (
    JSON.parse(readFileSync('budgets.json', 'utf8'))
  );
const { pageTypes, searchOnDemand } = budgets;
const pageRows = pageTypes.flatMap((type) => {
  const matching = pages.filter((file) => new RegExp(type.match).test(urlPathOf(file)));
  if (matching.length === 0) return [];
  // The heaviest page of the type stands for it.
  const weights = matching.map((file) => ({ file, ...pageWeight(DIST, file) }));
  const heaviest = weights.reduce((a, b) =>
    a.html + a.css + a.js >= b.html + b.css + b.js ? a : b,
  );
  return [
    {
      type: type.name,
      pages: matching.length,
      page: urlPathOf(heaviest.file),
      html: heaviest.html,
      css: heaviest.css,
      js: heaviest.js,
      onDemand: heaviest.onDemand,
    },
  ];
});

const pagefindFiles = filesUnder(join(DIST, 'pagefind'));
/** @param {string} path */
const isIndexFile = (path) =>
  /\/(fragment|index|filter)\/|\.pf_meta$|\.pagefind$|pagefind-entry\.json$/.test(
    path.split('\\').join('/'),
  );
const indexBytes = pagefindFiles
  .filter(isIndexFile)
  .reduce((sum, path) => sum + statSync(path).size, 0);
const searchUiBytes = searchOnDemand.files.reduce(
  (sum, file) => sum + gzipBytes(readFileSync(join(DIST, file))),
  0,
);

/** @typedef {{ name: string, value: number, unit: string, note?: string }} BenchRow */
/** @type {BenchRow[]} */
const extraRows = [];
/** @type {string[]} */
let benchModules = [];
try {
  benchModules = readdirSync('scripts/bench')
    .filter((name) => name.endsWith('.mjs'))
    .sort();
} catch {
  // No extra benchmarks.
}
for (const name of benchModules) {
  const module = /** @type {{ default?: () => Promise<BenchRow[]> }} */ (
    await import(pathToFileURL(join('scripts/bench', name)).href)
  );
  // A benchmark exports its run as default; the helpers they share (measure.mjs) export none.
  if (typeof module.default === 'function') extraRows.push(...(await module.default()));
}

// Lighthouse mobile on the heaviest page of each type, against the site as a static host serves it.
/** @type {(import('./lighthouse.mjs').LighthouseResult & { type: string })[]} */
let lighthouseRows = [];
if (!process.argv.includes('--no-lighthouse')) {
  const server = await serveDist(DIST);
  try {
    const scored = await lighthouseMobile(
      server.url,
      pageRows.map((row) => row.page),
    );
    lighthouseRows = scored.map((result, index) => ({
      type: pageRows[index]?.type ?? '',
      ...result,
    }));
  } finally {
    await server.close();
  }
}

const results = {
  date: new Date().toISOString(),
  node: process.version,
  buildSeconds: Number(buildSeconds.toFixed(2)),
  pageCount: pages.length,
  pageTypes: pageRows,
  pagefind: { indexBytes, searchUiBytesGzip: searchUiBytes },
  extra: extraRows,
  lighthouseMobile: lighthouseRows,
};
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);

/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
console.log(
  `\nBuild: ${results.buildSeconds} s · ${results.pageCount} pages · Node ${process.version}\n`,
);
console.table(
  Object.fromEntries(
    pageRows.map((row) => [
      row.type,
      {
        pages: row.pages,
        'heaviest page': row.page,
        'HTML gz': kb(row.html),
        'CSS gz': kb(row.css),
        'JS gz': kb(row.js),
        'later, on demand': row.onDemand.map((part) => kb(part.js)).join(' + ') || '–',
      },
    ]),
  ),
);
console.log(
  `Pagefind index: ${kb(indexBytes)} on disk · search UI on demand: ${kb(searchUiBytes)} gzipped`,
);
if (extraRows.length) {
  console.table(
    Object.fromEntries(
      extraRows.map((row) => [
        row.name,
        { value: row.value, unit: row.unit, note: row.note ?? '' },
      ]),
    ),
  );
}
if (lighthouseRows.length) {
  console.log('\nLighthouse mobile (scores out of 100):');
  console.table(
    Object.fromEntries(
      lighthouseRows.map((row) => [
        row.type,
        {
          page: row.path,
          perf: row.scores.performance,
          a11y: row.scores.accessibility,
          'best pr.': row.scores['best-practices'],
          SEO: row.scores.seo,
          'LCP ms': row.metrics.lcpMs,
          CLS: row.metrics.cls,
          'TBT ms': row.metrics.tbtMs,
        },
      ]),
    ),
  );
  for (const row of lighthouseRows.filter((r) => r.findings.length)) {
    console.log(`${row.type} (${row.path}):\n  ${row.findings.join('\n  ')}`);
  }
}
console.log('Written to bench/results.json');
