import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { filesUnder, readProjectFile } from '../unit/content/support/reader-text';
import { DIST, htmlPages, readDist, urlPath } from './support/dist';

const pages = htmlPages();

/** Element ids on a built page, for checking #fragments. */
const idsCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsCache.get(file);
  if (!ids) {
    ids = new Set(
      [...readDist(file).matchAll(/\sid=["']?([^"'\s>]+)/g)].map((match) => match[1] ?? ''),
    );
    idsCache.set(file, ids);
  }
  return ids;
}

/** The dist file a site path is served from, if it exists. */
function fileFor(path: string): string | undefined {
  const clean = decodeURIComponent(path);
  const candidates = clean.endsWith('/')
    ? [`${clean}index.html`]
    : [clean, `${clean}/index.html`, `${clean}.html`];
  return candidates
    .map((candidate) => candidate.replace(/^\//, ''))
    .find((candidate) => existsSync(join(DIST, candidate)));
}

describe('links in the built site', () => {
  test.each(pages.map((file) => ({ file, path: urlPath(file) })))(
    'every internal link and asset on $path resolves',
    ({ file }) => {
      const html = readDist(file);
      const broken: string[] = [];
      for (const [, attribute, raw] of html.matchAll(/\s(href|src)=["']([^"']+)["']/g)) {
        const value = (raw ?? '').replace(/&amp;/g, '&');
        if (
          /^(https?:|mailto:|tel:|data:|blob:|javascript:)/i.test(value) ||
          value.startsWith('//')
        )
          continue;
        const [target = '', fragment] = value.split('#');
        if (attribute === 'href' && target === '' && fragment !== undefined) {
          if (fragment && !idsOf(file).has(fragment)) broken.push(value);
          continue;
        }
        const absolute = target.startsWith('/')
          ? target
          : new URL(target, `http://site${urlPath(file)}`).pathname;
        const targetFile = fileFor(absolute.split('?')[0] ?? '');
        if (!targetFile) {
          broken.push(value);
          continue;
        }
        if (fragment && targetFile.endsWith('.html') && !idsOf(targetFile).has(fragment))
          broken.push(value);
      }
      expect(broken).toEqual([]);
    },
  );

  // Links an island draws in the browser (a check's "see the guide", a hint on the Conversations
  // page) are in no built page, so the test above never sees them: each guide address written in
  // the tools' source is checked against the built chapter instead.
  test('every guide section the tools link to from the browser exists', () => {
    const sources = filesUnder('src/components')
      .concat(filesUnder('src/lib'))
      .filter((path) => /\.tsx?$/.test(path));
    const addresses = new Set(
      sources.flatMap((path) =>
        [...readProjectFile(path).matchAll(/['"`](\/guide\/[a-z-]+\/#[a-z0-9-]+)['"`]/g)].map(
          ([, address]) => address ?? '',
        ),
      ),
    );
    expect(addresses.size).toBeGreaterThan(5);
    const missing = [...addresses].filter((address) => {
      const [path = '', anchor = ''] = address.split('#');
      const file = fileFor(path);
      return !file || !idsOf(file).has(anchor);
    });
    expect(missing).toEqual([]);
  });

  test('the sitemap lists every page but the 404', () => {
    const sitemap = readDist('sitemap-0.xml');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (match) => new URL(match[1] ?? '').pathname,
    );
    const expected = pages.filter((file) => file !== '404.html').map(urlPath);
    expect(listed.sort()).toEqual(expected.sort());
  });
});
