import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, test, vi } from 'vitest';
import { getManifest } from 'workbox-build';
import {
  OFFLINE_FALLBACK,
  RETIRING_WORKER,
  offlineSupport,
  precacheOptions,
} from '../../../src/integrations/offline';

/** A small built site: the files a reader loads (pages, bundles, data, the search index)… */
const READER_FILES = [
  'index.html',
  '404.html',
  'guide/index.html',
  'search/index.html',
  'questions/bank.json',
  'practice/cards.json',
  'manifest.webmanifest',
  'icons/icon-192.png',
  '_astro/BaseLayout.Ab12Cd34.css',
  '_astro/client.Ef56Gh78.js',
  'pagefind/pagefind.js',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind-component-ui.js',
  'pagefind/wasm.en.pagefind',
  'pagefind/index/en_1234567.pf_index',
  'pagefind/fragment/en_89abcde.pf_fragment',
];
/** …and the files no reader loads. */
const OTHER_FILES = [
  'pagefind/pagefind-ui.js',
  'pagefind/pagefind-ui.css',
  'pagefind/pagefind-modular-ui.js',
  'pagefind/pagefind-highlight.js',
  'sitemap-index.xml',
  'sitemap-0.xml',
  'robots.txt',
];
const SITE_FILES = [...READER_FILES, ...OTHER_FILES];

function buildSite(): string {
  const root = mkdtempSync(join(tmpdir(), 'offline-'));
  for (const file of SITE_FILES) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), `contents of ${file}`);
  }
  return root;
}

/** The precache list written into a built worker: url and revision of each entry. */
function precacheOf(worker: string): { url: string; revision: string | null }[] {
  return [...worker.matchAll(/\{url:"([^"]+)",revision:(null|"[0-9a-f]+")\}/g)].map(
    ([, url = '', revision = '']) => ({
      url,
      revision: revision === 'null' ? null : revision.replaceAll('"', ''),
    }),
  );
}

/**
 * Runs the integration's build hook on a built site, as `astro build` does when it is done,
 * and returns what it logged.
 */
async function finishBuild(root: string): Promise<string[]> {
  const logged: string[] = [];
  const done = offlineSupport().hooks['astro:build:done'] as (options: unknown) => Promise<void>;
  await done({
    dir: pathToFileURL(`${root}/`),
    logger: { info: (line: string) => logged.push(line) },
  });
  return logged;
}

describe('the service worker written after the build', () => {
  let root: string;
  let worker: string;
  let buildLog: string[];

  // One real Workbox run (it bundles and minifies the worker, the slow part) serves every
  // check below.
  beforeAll(async () => {
    root = buildSite();
    buildLog = await finishBuild(root);
    worker = readFileSync(join(root, 'sw.js'), 'utf8');
  }, 60_000);

  test('is written into the build folder Astro names, and the log says what it holds', () => {
    expect(precacheOf(worker).length).toBeGreaterThan(0);
    expect(buildLog).toEqual([
      expect.stringMatching(new RegExp(`^precached ${READER_FILES.length} files \\(\\d+ kB\\)`)),
    ]);
  });

  test('precaches every page, bundle, data file and the search index', () => {
    const urls = precacheOf(worker).map((entry) => entry.url);
    expect(urls.sort()).toEqual([...READER_FILES].sort());
  });

  test('leaves out the sitemaps, robots.txt and the Pagefind UIs the site never loads', () => {
    const urls = precacheOf(worker).map((entry) => entry.url);
    for (const unused of [...OTHER_FILES, 'sw.js']) expect(urls).not.toContain(unused);
  });

  test('trusts the hash in bundle names and revisions every other file by its contents', () => {
    const entries = precacheOf(worker);
    expect(entries.find((entry) => entry.url.startsWith('_astro/'))?.revision).toBeNull();
    const page = entries.find((entry) => entry.url === 'index.html');
    expect(page?.revision).toMatch(/^[0-9a-f]{32}$/);
  });

  test('waits for the reader before a new version takes over, and falls back to the 404 page', () => {
    expect(worker).toContain('SKIP_WAITING');
    expect(worker).not.toMatch(/self\.skipWaiting\(\)\s*[;,]/);
    expect(worker).toContain('"navigate"');
    expect(worker).toContain(JSON.stringify(OFFLINE_FALLBACK));
  });

  // Workbox's manifest step alone, with the same options: the same revisions, without bundling
  // the worker a second time.
  test('a change to one page changes its revision, so the browser sees a new version', async () => {
    writeFileSync(join(root, 'guide/index.html'), 'the guide, rewritten');
    const { manifestEntries = [], warnings } = await getManifest(precacheOptions(root));
    expect(warnings).toEqual([]);
    const revisionOf = (entries: { url: string; revision: string | null }[], url: string) =>
      entries.find((entry) => entry.url === url)?.revision;
    expect(revisionOf(manifestEntries, 'guide/index.html')).toMatch(/^[0-9a-f]{32}$/);
    expect(revisionOf(manifestEntries, 'guide/index.html')).not.toBe(
      revisionOf(precacheOf(worker), 'guide/index.html'),
    );
    expect(revisionOf(manifestEntries, 'index.html')).toBe(
      revisionOf(precacheOf(worker), 'index.html'),
    );
  });
});

describe('offlineSupport in development', () => {
  type Middleware = (
    request: { url?: string },
    response: { setHeader: (name: string, value: string) => void; end: (body: string) => void },
    next: () => void,
  ) => void;

  function devMiddleware(): Middleware {
    let middleware: Middleware | undefined;
    const setup = offlineSupport().hooks['astro:server:setup'] as (options: unknown) => void;
    setup({ server: { middlewares: { use: (handler: Middleware) => (middleware = handler) } } });
    if (!middleware) throw new Error('the integration added no dev middleware');
    return middleware;
  }

  test('answers /sw.js with a worker that clears the caches and removes itself', () => {
    const response = { setHeader: vi.fn(), end: vi.fn() };
    const next = vi.fn();
    devMiddleware()({ url: '/sw.js' }, response, next);
    expect(next).not.toHaveBeenCalled();
    expect(response.setHeader).toHaveBeenCalledWith(
      'Content-Type',
      'text/javascript; charset=utf-8',
    );
    expect(response.end).toHaveBeenCalledWith(RETIRING_WORKER);
    expect(RETIRING_WORKER).toContain('self.registration.unregister()');
    expect(RETIRING_WORKER).toContain('caches.delete');
  });

  test('passes every other request on to the dev server', () => {
    const response = { setHeader: vi.fn(), end: vi.fn() };
    const next = vi.fn();
    devMiddleware()({ url: '/guide/' }, response, next);
    expect(next).toHaveBeenCalledOnce();
    expect(response.end).not.toHaveBeenCalled();
  });
});
