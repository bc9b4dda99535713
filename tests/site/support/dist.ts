/**
 * Reads the built site in `dist/`: its pages and the URLs they are served at.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The build output folder. */
export const DIST = 'dist';

/** Every file under a folder, as paths relative to `dist/`, with forward slashes. */
export function distFiles(folder = DIST): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return distFiles(path);
    return [relative(DIST, path).split(sep).join('/')];
  });
}

/** Every HTML page that is not part of Pagefind's own output. */
export function htmlPages(): string[] {
  return distFiles()
    .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'))
    .sort();
}

/** The URL path a page is served at ("guide/x/index.html" → "/guide/x/"). */
export function urlPath(file: string): string {
  if (file === '404.html') return '/404.html';
  return `/${file.replace(/index\.html$/, '')}`;
}

/** A built file's text. */
export function readDist(file: string): string {
  return readFileSync(join(DIST, file), 'utf8');
}
