// A small static server over the built site, for the site tests and the bench. It answers as a
// static host does: `index.html` for a folder, `404.html` (status 404) for anything missing, the
// content types the site needs (WebAssembly for search, the web app manifest), and text
// compressed with gzip when the browser asks for it (as every CDN does; Lighthouse in the bench
// measures the site as readers get it). Unlike
// `astro preview`, several can run at once in one checkout, so `npm test` works while
// `npm start` is serving.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import { extname, join, normalize, resolve, sep } from 'node:path';

/** Content types by file extension; anything else is sent as bytes. */
const TYPES = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
});

/** Types sent gzipped to a browser that accepts it (the rest, like WebAssembly and Pagefind's
 * index files, are binary or compressed already). */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json)|image\/svg\+xml)/;

/**
 * The file a URL path names inside `root`, or undefined when there is none (or the path tries
 * to leave the folder).
 * @param {string} root
 * @param {string} urlPath
 * @returns {Promise<string | undefined>}
 */
async function fileFor(root, urlPath) {
  let path;
  try {
    path = normalize(join(root, decodeURIComponent(urlPath)));
  } catch {
    return undefined;
  }
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  try {
    const info = await stat(path);
    if (info.isFile()) return path;
    if (info.isDirectory()) {
      const index = join(path, 'index.html');
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    // Missing: answered with the 404 page.
  }
  return undefined;
}

/**
 * Starts serving `root` on 127.0.0.1 at `port` (0 picks a free one).
 * @param {string} root the built site, e.g. "dist"
 * @param {number} [port]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveDist(root, port = 0) {
  const folder = resolve(root);
  const server = createServer((request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
    void fileFor(folder, urlPath).then((file) => {
      const found = file ?? join(folder, '404.html');
      const type = TYPES[extname(found)] ?? 'application/octet-stream';
      const gzip =
        COMPRESSIBLE.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      response.writeHead(file ? 200 : 404, {
        'Content-Type': type,
        'Cache-Control': 'no-cache',
        Vary: 'Accept-Encoding',
        ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      });
      if (request.method === 'HEAD') {
        response.end();
        return;
      }
      const body = createReadStream(found).on('error', () => response.end());
      (gzip ? body.pipe(createGzip()) : body).pipe(response);
    });
  });
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done(undefined));
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the server has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
