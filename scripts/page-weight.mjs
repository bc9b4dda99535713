// Measures what a built page costs to load: its HTML, the CSS it links or inlines, and the
// JavaScript it runs before any interaction (module scripts, their static imports, and each
// island's component and renderer), all gzipped. Code the page loads later, with `import()`
// (a tool's part it needs only once the reader asks), is measured apart, one part at a time,
// as what it adds to the page. Shared by the budget test and `npm run bench`.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Gzipped size of a string or buffer, in bytes.
 * @param {string | Buffer} content
 */
export const gzipBytes = (content) => gzipSync(content, { level: 9 }).length;

/**
 * Attribute values of every tag matching `tag` with attribute `attribute`.
 * @param {string} html
 * @param {string} tag
 * @param {string} attribute
 * @returns {{ element: string, value: string }[]}
 */
function attributeValues(html, tag, attribute) {
  /** @type {{ element: string, value: string }[]} */
  const values = [];
  const tagPattern = new RegExp(`<${tag}\\b[^>]*>`, 'gi');
  for (const [element] of html.matchAll(tagPattern)) {
    const match = new RegExp(`\\s${attribute}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(
      element,
    );
    if (match) values.push({ element, value: match[1] ?? match[2] ?? match[3] ?? '' });
  }
  return values;
}

/**
 * The dist file a root-relative URL points to, or undefined for other origins.
 * @param {string} dist
 * @param {string} url
 * @returns {string | undefined}
 */
function distPath(dist, url) {
  if (!url.startsWith('/') || url.startsWith('//')) return undefined;
  return join(dist, decodeURIComponent(url.split(/[?#]/)[0] ?? ''));
}

/**
 * A JS file and, recursively, every module it imports statically (not `import()`).
 * @param {string} dist
 * @param {string} file
 * @param {Set<string>} [seen]
 * @returns {Set<string>}
 */
function moduleGraph(dist, file, seen = new Set()) {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const specifiers = [
    ...code.matchAll(/\bimport\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+)["']/g),
    ...code.matchAll(/\bexport\s*[\w*${}\s,]*?\s*from\s*["']([^"']+)["']/g),
  ].flatMap((match) => (match[1] ? [match[1]] : []));
  for (const specifier of specifiers) {
    if (specifier.startsWith('/')) moduleGraph(dist, join(dist, specifier), seen);
    else if (specifier.startsWith('.')) moduleGraph(dist, join(dirname(file), specifier), seen);
  }
  return seen;
}

/**
 * The parts a page's scripts load with `import()`, each measured as what it adds: its own
 * module graph without the files the page has loaded already, gzipped. Preact's signals are
 * left out: Astro's renderer loads them only for islands given signals as props, and none are.
 * @param {string} dist
 * @param {Set<string>} loaded the page's scripts before any interaction
 * @returns {{ part: string, js: number }[]}
 */
function onDemand(dist, loaded) {
  /** @type {Set<string>} */
  const targets = new Set();
  for (const file of loaded) {
    const code = readFileSync(file, 'utf8');
    for (const [, specifier = ''] of code.matchAll(
      /\bimport\(\s*[`"'](\.{1,2}\/[^`"']+)[`"']\s*\)/g,
    )) {
      const target = join(dirname(file), specifier);
      if (!loaded.has(target) && !target.includes('signals.module')) targets.add(target);
    }
  }
  return [...targets].map((target) => {
    const added = [...moduleGraph(dist, target)].filter((file) => !loaded.has(file));
    return {
      part: posix.join('/', target.slice(dist.length).split('\\').join('/')),
      js: gzipBytes(added.map((file) => readFileSync(file, 'utf8')).join('\n')),
    };
  });
}

/**
 * The load cost of one built page.
 * @param {string} dist the build folder
 * @param {string} htmlFile the page's file, relative to dist
 * @returns {{ html: number, css: number, js: number, scripts: string[], usesFramework: boolean, onDemand: { part: string, js: number }[] }}
 */
export function pageWeight(dist, htmlFile) {
  const html = readFileSync(join(dist, htmlFile), 'utf8');

  const stylesheets = attributeValues(html, 'link', 'href')
    .filter(({ element }) => /rel=["']?stylesheet/i.test(element))
    .flatMap(({ value }) => {
      const path = distPath(dist, value);
      return path && existsSync(path) ? [path] : [];
    });
  const inlineStyles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map(
    (match) => match[1] ?? '',
  );
  const css = gzipBytes(
    [...stylesheets.map((path) => readFileSync(path, 'utf8')), ...inlineStyles].join('\n'),
  );

  const entryFiles = [
    ...attributeValues(html, 'script', 'src').map(({ value }) => value),
    ...attributeValues(html, 'astro-island', 'component-url').map(({ value }) => value),
    ...attributeValues(html, 'astro-island', 'renderer-url').map(({ value }) => value),
  ].flatMap((url) => {
    const path = distPath(dist, url);
    return path ? [path] : [];
  });
  const inlineScripts = [...html.matchAll(/<script\b(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(
      (match) =>
        !/type=["']?(application\/(ld\+)?json|text\/pagefind-template)/i.test(match[1] ?? ''),
    )
    .map((match) => match[2] ?? '');
  /** @type {Set<string>} */
  const files = new Set();
  for (const entry of entryFiles) moduleGraph(dist, entry, files);
  for (const code of inlineScripts) {
    for (const [, specifier = ''] of code.matchAll(
      /\bimport\s*(?:[\w*${}\s,]+?\s*from\s*)?["'](\/[^"']+)["']/g,
    )) {
      moduleGraph(dist, join(dist, specifier), files);
    }
  }
  const scripts = [...files].map((file) =>
    posix.join('/', file.slice(dist.length).split('\\').join('/')),
  );
  const js = gzipBytes(
    [...[...files].map((file) => readFileSync(file, 'utf8')), ...inlineScripts].join('\n'),
  );
  const usesFramework =
    /<astro-island\b/i.test(html) ||
    scripts.some((path) => /preact|signals|client\.[\w-]+\.js$/.test(path));

  return {
    html: gzipBytes(html),
    css,
    js,
    scripts,
    usesFramework,
    onDemand: onDemand(dist, files),
  };
}
