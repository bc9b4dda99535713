import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
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

  test('the sitemap lists every page but the 404', () => {
    const sitemap = readDist('sitemap-0.xml');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (match) => new URL(match[1] ?? '').pathname,
    );
    const expected = pages.filter((file) => file !== '404.html').map(urlPath);
    expect(listed.sort()).toEqual(expected.sort());
  });
});
