import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { gzipBytes, pageWeight } from '../../scripts/page-weight.mjs';
import { DIST, distFiles, htmlPages, readDist, urlPath } from './support/dist';

interface PageType {
  name: string;
  match: string;
  html: number;
  css: number;
  js: number;
  /** The most each part loaded later with import() may add; absent: such parts are not checked. */
  onDemandJs?: number;
  frameworkFree: boolean;
}
const budgets = JSON.parse(readFileSync('budgets.json', 'utf8')) as {
  pageTypes: PageType[];
  searchOnDemand: { files: string[]; bytes: number };
};

const pages = htmlPages().map((file) => ({ file, path: urlPath(file) }));
const typeOf = (path: string) =>
  budgets.pageTypes.filter((type) => new RegExp(type.match).test(path));

describe('byte budgets (gzipped)', () => {
  test('every built page belongs to exactly one page type', () => {
    for (const { path } of pages)
      expect(
        typeOf(path).map((type) => type.name),
        path,
      ).toHaveLength(1);
  });

  test.each(pages)('$path stays within its budget', ({ file, path }) => {
    const [type] = typeOf(path);
    if (!type) throw new Error(`${path} has no page type in budgets.json`);
    const weight = pageWeight(DIST, file);
    expect(weight.html, `${path} HTML`).toBeLessThanOrEqual(type.html);
    expect(weight.css, `${path} CSS`).toBeLessThanOrEqual(type.css);
    expect(weight.js, `${path} JS (${weight.scripts.join(', ')})`).toBeLessThanOrEqual(type.js);
    for (const { part, js } of weight.onDemand)
      expect(js, `${path} loads ${part} on demand`).toBeLessThanOrEqual(type.onDemandJs ?? 0);
    if (type.frameworkFree)
      expect(weight.usesFramework, `${path} loads framework code`).toBe(false);
  });

  test('the guide, home and bank pages run no framework code at all', () => {
    const reading = pages.filter(({ path }) => /^\/(guide\/.*|questions\/)?$/.test(path));
    expect(reading.length).toBeGreaterThan(3);
    for (const { file, path } of reading)
      expect(pageWeight(DIST, file).usesFramework, path).toBe(false);
  });

  test('search code fetched on demand stays within its budget', () => {
    const bytes = budgets.searchOnDemand.files.reduce(
      (sum, file) => sum + gzipBytes(readFileSync(`${DIST}/${file}`)),
      0,
    );
    expect(bytes).toBeLessThanOrEqual(budgets.searchOnDemand.bytes);
  });
});

/** Attributes that make a browser fetch something. */
const LOADING_ATTRIBUTES =
  /<(script|img|iframe|source|video|audio|embed|object|link|input)\b[^>]*\s(src|href|srcset|data|poster)=["']?([^"'\s>]+)/gi;

describe('nothing is fetched from another origin', () => {
  test.each(pages)('$path loads nothing from another origin', ({ file, path }) => {
    const html = readDist(file);
    const foreign = [...html.matchAll(LOADING_ATTRIBUTES)]
      .filter(([element]) => !/rel=["']?canonical/i.test(element))
      .map(([, , , url]) => url ?? '')
      .filter((url) => /^(https?:)?\/\//i.test(url));
    expect(foreign, path).toEqual([]);
  });

  test('no stylesheet imports fonts or images from another origin', () => {
    for (const file of distFiles().filter((name) => name.endsWith('.css'))) {
      const css = readDist(file);
      expect(css.match(/(@import|url\()\s*["']?(https?:)?\/\//gi) ?? [], file).toEqual([]);
    }
  });
});
