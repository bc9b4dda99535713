/**
 * Makes the built site work offline: once Astro has written `dist/` and Pagefind has indexed it,
 * Workbox's `generateSW` writes `dist/sw.js`, a service worker that precaches every page, the
 * CSS and JS, the search index and the data files, from a list it makes by globbing the folder.
 *
 * The worker takes control of the first page it is installed from (so one visit is enough),
 * but a new version waits until the reader presses Reload in the update notice
 * (`src/components/UpdateNotice.astro`), which posts Workbox's `SKIP_WAITING` message. A page
 * that is not in the cache, asked for with no network, gets the site's 404 page.
 *
 * In development there is no build, so nothing registers a worker; `/sw.js` is answered with a
 * worker that removes itself, so a worker left by `npm start` on the same address cannot keep
 * serving an old build over the dev server.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import type {
  GenerateSWOptions,
  GetManifestOptions,
  generateSW as GenerateSW,
} from 'workbox-build';
import { SERVICE_WORKER_PATH } from '../data/web-app';

/**
 * The page answered for a navigation that is neither cached nor reachable (written out again in
 * `offlineNavigation`, which can use nothing from outside it; the worker's test checks both).
 */
export const OFFLINE_FALLBACK = '/404.html';

/**
 * Built files the reader never loads: the sitemap and robots file are for crawlers, and
 * Pagefind writes its other two UIs and its highlighter, which the site does not use (it uses
 * the Component UI).
 */
export const NOT_PRECACHED = [
  'sitemap-*.xml',
  'robots.txt',
  'pagefind/pagefind-ui.{js,css}',
  'pagefind/pagefind-modular-ui.{js,css}',
  'pagefind/pagefind-highlight.js',
];

/** Which files of the built site in `outDir` are precached, and how each is revisioned. */
export function precacheOptions(outDir: string) {
  return {
    globDirectory: outDir,
    globPatterns: ['**/*'],
    globIgnores: NOT_PRECACHED,
    // Pagefind's search index is made of many small files; none comes near this, but a file
    // that did would be left out silently, so the cap only guards against a mistake.
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    // Astro's bundles carry a content hash in their names, so their URL is their revision.
    dontCacheBustURLsMatching: /^_astro\//,
  } satisfies GetManifestOptions;
}

/**
 * Answers a navigation the precache did not: from the network, or with no network a redirect to
 * the page with its slash, or else the 404 page. Workbox writes this function into the worker as
 * its source text, so it uses nothing from outside it; its cached files are found ignoring the
 * `__WB_REVISION__` query Workbox keeps them under.
 */
export async function offlineNavigation({ request }: { request: Request }): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const url = new URL(request.url);
    const cached = (path: string) =>
      caches.match(new URL(path, url.origin).href, { ignoreSearch: true });
    if (!url.pathname.endsWith('/') && (await cached(`${url.pathname}/index.html`)))
      return Response.redirect(new URL(`${url.pathname}/${url.search}`, url.origin).href, 301);
    const notFound = await cached('/404.html');
    if (notFound) return notFound;
    throw error;
  }
}

/** Workbox's options for the service worker of the built site in `outDir`. */
export function serviceWorkerOptions(outDir: string): GenerateSWOptions {
  return {
    ...precacheOptions(outDir),
    swDest: join(outDir, SERVICE_WORKER_PATH),
    // `/search/?q=…`, `/practice/?testclock=…` and Pagefind's `pagefind-entry.json?ts=…` are
    // the same files as without their query.
    ignoreURLParametersMatching: [/./],
    clientsClaim: true,
    skipWaiting: false,
    cleanupOutdatedCaches: true,
    // Online, a page not in the cache comes from the network (a real 404 included); with no
    // network it gets the 404 page from the cache instead of the browser's error. An address
    // typed or bookmarked without its last slash ("/guide/asking") is sent on to the page it
    // means, as the server would send it.
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: offlineNavigation,
      },
    ],
    inlineWorkboxRuntime: true,
    mode: 'production',
    sourcemap: false,
  };
}

/** What the precache holds, for the build log. */
export interface PrecacheSummary {
  files: number;
  bytes: number;
}

/** Writes the service worker for the built site in `outDir`; Workbox's warnings fail the build. */
export async function writeServiceWorker(outDir: string): Promise<PrecacheSummary> {
  // Workbox (with the Rollup and Babel it bundles the worker with) loads only for a build: every
  // other command that reads the Astro config, the dev server and the test runner included,
  // starts about 0.4 s sooner without it. It is required through Node, since the module runner
  // Astro loads its config with has closed by the time the build is done.
  const { generateSW } = createRequire(import.meta.url)('workbox-build') as {
    generateSW: typeof GenerateSW;
  };
  const { count, size, warnings } = await generateSW(serviceWorkerOptions(outDir));
  if (warnings.length)
    throw new Error(`Workbox could not precache the site:\n${warnings.join('\n')}`);
  return { files: count, bytes: size };
}

/**
 * The worker served at `/sw.js` in development: it activates at once, deletes the caches a
 * built site's worker filled, unregisters itself and reloads the pages it had, so they load
 * from the dev server.
 */
export const RETIRING_WORKER = `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    await Promise.all((await caches.keys()).map((key) => caches.delete(key)));
    await self.registration.unregister();
    for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
  })());
});
`;

/** The Astro integration that writes the service worker after the build. */
export function offlineSupport(): AstroIntegration {
  return {
    name: 'iik:offline',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          if (request.url?.split('?')[0] !== SERVICE_WORKER_PATH) return next();
          response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          response.setHeader('Cache-Control', 'no-cache');
          response.end(RETIRING_WORKER);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { files, bytes } = await writeServiceWorker(fileURLToPath(dir));
        logger.info(`precached ${files} files (${(bytes / 1024).toFixed(0)} kB) for offline use`);
      },
    },
  };
}
